"""pyvm's _codecs: the codec registry and the UTF-8, ASCII and Latin-1 codecs that `codecs`
builds on, over pyvm's built-in `str.encode` and `bytes.decode`."""

_search_functions = []
_cache = {}
_error_handlers = {}


def register(search_function, /):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(' ', '_')


def lookup(encoding, /):
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        result = search(key)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = result
            return result
    raise LookupError(f'unknown encoding: {encoding}')


def _builtin(encoding):
    return _normalize(encoding).replace('-', '_') in (
        'utf_8', 'utf8', 'u8', 'ascii', 'us_ascii', 'latin_1', 'latin1', 'iso_8859_1',
        'iso8859_1', 'l1')


def encode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str) and _builtin(encoding):
        return obj.encode(encoding, errors)
    return lookup(encoding)[0](obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, (bytes, bytearray)) and _builtin(encoding):
        return bytes(obj).decode(encoding, errors)
    return lookup(encoding)[1](obj, errors)[0]


def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name, /):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f'unknown error handler name {name!r}') from None


def _strict(exc):
    raise exc


def _ignore(exc):
    return ('', exc.end)


def _replace(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


for _name, _handler in (('strict', _strict), ('ignore', _ignore), ('replace', _replace)):
    _error_handlers[_name] = _handler
del _name, _handler


def _codec(name):
    def enc(s, errors=None):
        return (s.encode(name, errors or 'strict'), len(s))

    def dec(b, errors=None, final=False):
        b = bytes(b)
        return (b.decode(name, errors or 'strict'), len(b))
    return enc, dec


utf_8_encode, utf_8_decode = _codec('utf-8')
ascii_encode, ascii_decode = _codec('ascii')
latin_1_encode, latin_1_decode = _codec('latin-1')
