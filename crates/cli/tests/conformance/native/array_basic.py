# array.array: typecodes, construction, sequence operations, conversions and errors.
import array
from array import array as A

def attempt(text, env):
    try:
        print(text, '->', repr(eval(text, env)))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)

print(array.typecodes, array.ArrayType is A)
for tc in array.typecodes:
    a = A(tc, 'hi' if tc == 'u' else [1, 2, 3])
    print(tc, a.itemsize, a.typecode, len(a), a, a.tolist(), a.tobytes(), bytes(a) == a.tobytes())
a = A('i', [1, 2, 3])
env = {'A': A, 'a': a}
for text in [
    "A('z')", "A('ii')", "A(1)", "A('i', 'abc')", "A('u', 'abc')", "A('b', [300])", "A('B', [-1])",
    "A('h', [2**15])", "A('H', [-1])", "A('i', [2**31])", "A('I', [-1])", "A('l', [2**63])", "A('L', [-1])",
    "A('q', [2**63])", "A('Q', [-1])", "A('i', [1.5])", "A('d', ['x'])", "A('u', [1])",
    "A('b', b'\\x01\\x02')", "A('i', b'\\x01\\x00\\x00\\x00')", "A('i', b'\\x01')", "A('i', A('b', [1, 2]))",
    "A('d', A('i', [1, 2]))", "A('i', range(5))[1:4]", "A('i', 5)", "repr(A('i'))", "repr(A('u', 'ab'))",
    "a[5]", "a['x']", "a[1:]", "a[::-1]", "a[-1]", "a + A('d')", "a + [1]", "a * 2", "2 * a", "a * -1",
    "a == A('i', [1, 2, 3])", "a == A('d', [1, 2, 3])", "a < A('i', [1, 3])", "a >= a", "a == [1, 2, 3]",
    "a.index(5)", "a.remove(5)", "A('i').pop()", "a.pop(10)", "a.index(2)", "a.count(2)", "3 in a", "9 in a",
    "A('u', 'ab').tounicode()", "a.tounicode()", "hash(a)", "list(a)", "A('f', [1.1]).tolist()",
    "A('i', [1, 2]).fromlist([3, 'x'])", "A('i').frombytes(b'abc')", "A('i') + A('i', [1])",
    "memoryview(a).tolist()", "a.buffer_info()[1]", "type(a).__name__", "type(a).__module__",
]:
    attempt(text, env)

def change(code):
    b = A('i', [1, 2, 3, 4, 5])
    try:
        exec(code, {'a': b, 'A': A})
        print(code, '->', b)
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e, b)

for code in ["a[0] = 10", "a[0] = 'x'", "a[10] = 1", "a[1:3] = A('i', [9, 9, 9])", "a[1:3] = [1, 2]",
             "a[::2] = A('i', [0, 0, 0])", "a[::2] = A('i', [0])", "del a[0]", "del a[::2]", "del a[10]",
             "a.insert(100, 7)", "a.insert(-100, 7)", "a.insert(1, 7)", "a.extend([6, 7])", "a.extend(A('d', [1]))",
             "a.extend(A('i', [8]))", "a.append('x')", "a.append(6)", "a += A('i', [8])", "a += [8]", "a *= 2",
             "a.reverse()", "a.fromlist([8, 9])", "a.frombytes(b'\\x01\\x00\\x00\\x00')", "a.remove(3)",
             "a.pop(0)", "a.pop()", "a[1:1] = A('i')", "a.byteswap()", "a.fromlist([1, 'x'])"]:
    change(code)
u = A('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[0], u[-1], u.index('o'))
d = A('d')
for i in range(5):
    d.append(i / 4)
print(d, sum(d), max(d), sorted(d, reverse=True), [x * 2 for x in d])
import copy
c = copy.copy(d)
c[0] = 99.0
print(c[0], d[0])
