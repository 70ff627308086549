if a and b or not c:
    pass
elif a < b < c:
    x = 1
else:
    x = 2
if a:
  pass
if a < b:
  x
