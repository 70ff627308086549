"""pyvm's _string: the format-string parsing helpers behind string.Formatter."""


def formatter_parser(s, /):
    """Yields (literal_text, field_name, format_spec, conversion) for each part of the
    format string s, as str.format parses it."""
    if not isinstance(s, str):
        raise TypeError(f"descriptor 'formatter_parser' for 'str' objects doesn't apply to a '{type(s).__name__}' object")
    return _parse(s)


def _parse(s):
    i, n = 0, len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # CPython ends the literal chunk at an escaped brace.
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            # A replacement field: find its matching '}' (format specs may nest {}).
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            name, conversion, spec = _split_field(field)
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                # CPython ends the literal chunk at an escaped brace.
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    # The name runs up to the first '!' or ':' outside brackets.
    k = 0
    in_bracket = False
    while k < len(field):
        ch = field[k]
        if ch == '[':
            in_bracket = True
        elif ch == ']':
            in_bracket = False
        elif not in_bracket and ch in '!:':
            break
        k += 1
    name = field[:k]
    rest = field[k:]
    conversion = None
    spec = ''
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError('expected \':\' after conversion specifier')
    if rest.startswith(':'):
        spec = rest[1:]
    return name, conversion, spec


def formatter_field_name_split(name, /):
    """Splits a field name into its first part (an int if it is digits) and an iterator
    of (is_attribute, key) for the rest."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _rest(name, i)


def _rest(name, i):
    n = len(name)
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            yield True, attr
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            yield False, int(key) if key.isdigit() else key
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
