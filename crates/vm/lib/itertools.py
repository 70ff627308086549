"""pyvm's itertools: the functions of CPython's C module, written in Python.

Each tool is a class so that `type(...)`, `isinstance` and the constructors' argument
checks look like CPython's; iteration is done by generators held inside.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class _Tool:
    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class count(_Tool):
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle(_Tool):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        while saved:
            yield from saved


class repeat(_Tool):
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


class accumulate(_Tool):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._gen(iter(iterable), func, initial)

    @staticmethod
    def _gen(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for x in it:
            total = total + x if func is None else func(total, x)
            yield total


class chain(_Tool):
    __slots__ = ()

    def __init__(self, *iterables):
        self._it = self._gen(iterables)

    @staticmethod
    def _gen(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._it = cls._gen_from(iter(iterable))
        return self

    @staticmethod
    def _gen_from(iterables):
        for it in iterables:
            yield from it

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress(_Tool):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Tool):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Tool):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Tool):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        if function is None:
            function = bool
        self._it = (x for x in iterable if not function(x))


class starmap(_Tool):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._it = (function(*args) for args in iterable)


class islice(_Tool):
    __slots__ = ()

    def __init__(self, iterable, *args):
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
        for v in (start, step):
            if not isinstance(v, int):
                raise ValueError('Indices for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if start < 0 or step <= 0:
            if step <= 0 and start >= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        self._it = self._gen(iter(iterable), start, stop, step)

    @staticmethod
    def _gen(it, start, stop, step):
        # The order of consumption is CPython's: skipped items are read lazily, up to stop.
        cnt = 0
        nxt = start
        while True:
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            yield item
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop


class pairwise(_Tool):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class _Grouper(_Tool):
    __slots__ = ()


class groupby(_Tool):
    __slots__ = ('_src', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._src = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._id = object()

    def __next__(self):
        self._id = object()
        while self._currkey is _MARKER or self._currkey == self._tgtkey:
            self._advance()
        self._tgtkey = self._currkey
        g = _Grouper()
        g._it = self._grouper(self._tgtkey, self._id)
        return (self._currkey, g)

    def _advance(self):
        self._currvalue = next(self._src)
        k = self._currvalue if self._keyfunc is None else self._keyfunc(self._currvalue)
        self._currkey = k

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


_MARKER = object()


class zip_longest(_Tool):
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._it = self._gen([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _gen(its, fillvalue):
        if not its:
            return
        active = len(its)
        done = [False] * len(its)
        while True:
            values = []
            for i, it in enumerate(its):
                if done[i]:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if not active:
                        return
                    values.append(fillvalue)
            yield tuple(values)


class product(_Tool):
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._it = self._gen(pools)

    @staticmethod
    def _gen(pools):
        for p in pools:
            if not p:
                return
        n = len(pools)
        idx = [0] * n
        yield tuple(p[0] for p in pools)
        while True:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[j][idx[j]] for j in range(n))


def _check_r(r, name='r'):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')


class permutations(_Tool):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        _check_r(r)
        self._it = self._gen(pool, n, r)

    @staticmethod
    def _gen(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Tool):
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._it = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Tool):
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._it = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class _tee_dataobject:
    __slots__ = ('values', 'next')

    def __init__(self):
        self.values = []
        self.next = None


class _tee(_Tool):
    __slots__ = ('_src', '_link', '_pos')

    def __init__(self, src, link, pos):
        self._src = src
        self._link = link
        self._pos = pos

    def __next__(self):
        link = self._link
        if self._pos == len(link.values):
            if link.next is not None:
                link = self._link = link.next
                self._pos = 0
        if self._pos < len(link.values):
            v = link.values[self._pos]
        else:
            v = next(self._src)
            if len(link.values) >= 57:
                link.next = _tee_dataobject()
                link = self._link = link.next
                self._pos = 0
            link.values.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._src, self._link, self._pos)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_dataobject(), 0)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, starmap, islice, pairwise, groupby, zip_longest, product,
             permutations, combinations, combinations_with_replacement, _tee, _Grouper):
    _cls.__module__ = 'itertools'
_Grouper.__name__ = _Grouper.__qualname__ = '_grouper'
del _cls
