# Uncaught TypeError: calling the result of an expression that is not callable.
handlers = {"start": print, "stop": None}
handlers["start"]("starting")
handlers["stop"]("stopping")
