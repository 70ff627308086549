# Control flow, exceptions, with, imports, classes, globals and deletion.
import sys
from collections import *

counter = 0


def loops(items, n):
    global counter
    total = 0
    for i in items:
        if i is None:
            continue
        if i is not None and i > n:
            break
        total += i
    else:
        total = -1
    while n:
        n -= 1
        if n == 3:
            break
    while n is not None:
        n = None
    while n is None:
        n = len(items)
    counter += total
    del total
    return counter


def handlers(f):
    try:
        f()
    except (ValueError, TypeError) as exc:
        print(exc)
    except KeyError:
        raise
    except Exception:
        raise RuntimeError('wrapped') from None
    else:
        print('ok')
    finally:
        print('done')
    try:
        return f()
    finally:
        print('finally after return')


def groups(f):
    try:
        f()
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass


def contexts(path):
    with open(path) as fh, open(path) as other:
        data = fh.read() + other.read()
    with open(path):
        pass
    assert data, 'empty'
    assert path
    return data


class Base:
    attr: int = 1
    plain: str

    def __init__(self, value):
        self.value = value
        del self.value

    def method(self):
        return super().method()

    @property
    def prop(self):
        return __class__


class Derived(Base, metaclass=type):
    x = 1

    def inner(self):
        x = 2

        class Nested:
            y = x
        return Nested


def scopes():
    v = 1

    def inner():
        nonlocal v
        v += 1
        return v

    def deleter():
        nonlocal v
        del v
    return inner, deleter


del counter
raise SystemExit(0) if __name__ == '__main__' else None
