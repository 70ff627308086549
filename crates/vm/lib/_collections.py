"""pyvm's _collections: deque, defaultdict, OrderedDict and _count_elements, written in
Python over pyvm's built-in list and dict (CPython's are C). `collections` imports these.
"""

from _weakref import ref as _ref  # noqa: F401  (keeps import order like CPython's)


def _index(n):
    if isinstance(n, int):
        return n
    try:
        return type(n).__index__(n)
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_items', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x, /):
        self._state += 1
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x, /):
        self._state += 1
        self._items.insert(0, x)
        self._trim_right()

    def extend(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def clear(self):
        self._state += 1
        self._items.clear()

    def copy(self):
        return type(self)(self._items, self._maxlen) if type(self) is deque else self.__copy__()

    def __copy__(self):
        if type(self) is deque:
            return deque(self._items, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    def count(self, value, /):
        n = 0
        state = self._state
        for x in self._items:
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=None, /):
        n = len(self._items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            x = self._items[i]
            if x is value or x == value:
                return i
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._items.insert(index, value)

    def remove(self, value, /):
        for i, x in enumerate(self._items):
            if x is value or x == value:
                self._state += 1
                del self._items[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1, /):
        items = self._items
        if len(items) > 1:
            n %= len(items)
            if n:
                self._state += 1
                items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, value):
        state = self._state
        for x in self._items:
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def _check_index(self, i):
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError(f"sequence index must be integer, not 'slice'")
        return self._items[self._check_index(i)]

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            raise TypeError(f"sequence index must be integer, not 'slice'")
        self._items[self._check_index(i)] = value

    def __delitem__(self, i):
        if isinstance(i, slice):
            raise TypeError(f"sequence index must be integer, not 'slice'")
        self._state += 1
        del self._items[self._check_index(i)]

    def __repr__(self):
        name = type(self).__name__
        if _repr_running(self):
            return '[...]'
        try:
            body = repr(self._items)
        finally:
            _repr_done(self)
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.__copy__()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__copy__()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        self._state += 1
        self._items *= max(n, 0)
        self._trim_left()
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_repr_active = set()


def _repr_running(obj):
    key = id(obj)
    if key in _repr_active:
        return True
    _repr_active.add(key)
    return False


def _repr_done(obj):
    _repr_active.discard(id(obj))


class _deque_iterator:
    __slots__ = ('_deque', '_state', '_i', '_reverse')

    def __init__(self, d, reverse=False):
        self._deque = d
        self._state = d._state
        self._reverse = reverse
        self._i = len(d._items) - 1 if reverse else 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state:
            self._deque = None
            raise RuntimeError('deque mutated during iteration')
        i = self._i
        if not 0 <= i < len(d._items):
            self._deque = None
            raise StopIteration
        self._i = i - 1 if self._reverse else i + 1
        return d._items[i]

    def __length_hint__(self):
        d = self._deque
        if d is None:
            return 0
        return self._i + 1 if self._reverse else len(d._items) - self._i


_deque_reverse_iterator = _deque_iterator


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def __repr__(self):
        if _repr_running(self):
            factory = '...'
        else:
            try:
                factory = repr(self.default_factory)
            finally:
                _repr_done(self)
        return f'{type(self).__name__}({factory}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self:
            return dict.pop(self, key)
        if default is self._marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        if _repr_running(self):
            return '...'
        try:
            return f'{type(self).__name__}({list(self.items())!r})'
        finally:
            _repr_done(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _count_elements(mapping, iterable):
    """Count elements in the iterable, updating the mapping"""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


for _cls in (deque, defaultdict, OrderedDict):
    _cls.__module__ = 'collections'
del _cls
