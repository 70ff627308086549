# List slicing: reads, slice assignment (growing/shrinking), extended slices, deletion.
a = list(range(10))
print(a[2:5], a[:-7], a[::3], a[::-2], a[7:2:-2], a[100:], a[-100:2])
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 11, 12]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
a[-2:] = []
print(a)
b = [1, 2, 3]
b[5:] = [4]
print(b)
b[len(b):] = "xy"
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
c = [0, 1, 2, 3]
c[1:3] = c
print(c)
