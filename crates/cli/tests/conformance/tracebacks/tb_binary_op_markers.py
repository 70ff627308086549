# 3.11 traceback markers for a failing binary operator among others on the same line.
price = 10
qty = "3"
discount = 2
total = price * 2 + qty - discount
