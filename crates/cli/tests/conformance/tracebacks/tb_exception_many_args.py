# Uncaught exception whose args are several values: the last traceback line shows the tuple.
raise KeyError("first", 2, None)
