from collections import deque

d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
print(d.count(0), d.index('a'), 'x' in d, 99 in d)
d.remove('a')
d.insert(2, 'ins')
print(d, d[0], d[-1], d[3])
d[1] = 'set'
del d[0]
print(d)
d.reverse()
print(d, list(reversed(d)))
b = deque(range(10), maxlen=4)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend(range(20, 23))
print(b)
c = b.copy()
c.clear()
print(b, c, bool(b), bool(c))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque('ab') + deque('cd'))
print(deque('ab') * 3)
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError', e)
try:
    deque([1, 2]).remove(3)
except ValueError as e:
    print('ValueError', e)
bounded = deque(maxlen=3)
for ch in 'abcdefg':
    bounded.append(ch)
    print(''.join(bounded), end=' ')
print()
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
