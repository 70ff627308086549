# Flow-graph pass order and location details found by the stdlib corpus checks.
import warnings


def method_keywords(self, a, b):
    # KW_NAMES is located at the method, PRECALL/CALL at the call.
    warnings.warn('unclosed file %r' % (self,), ResourceWarning,
                  stacklevel=2, source=self)
    self.m(a, key=b)


def exits(self):
    # Each jump to the implicit `return None` gets its own copy, in b_list order.
    if self._fd >= 0 and self._closefd and not self.closed:
        self.close()


def not_in(d, signals):
    for key in d:
        if not key in signals:
            raise KeyError("%s is not a valid signal dict" % d)


def docstring_and_return(text, **kwargs):
    """A function ending in `return` gets no implicit `return None`."""
    return T(**kwargs)


def constant_tuple_format():
    return "%-46s %19s %12s" % ("File Name", "Modified    ", "Size")


def outermost_list(prog, usage):
    return ' '.join([s for s in [prog, usage] if s])


def while_genexp(s):
    while any(t for t in s):
        s.pop()
    return s


def format_specs(hours, minutes, microseconds, w):
    return (f'UTC{hours:02d}:{minutes:{w}.{w}f}'
            f'.{microseconds:06d}', f"{hours, minutes}", f'{3,}')


def folding():
    return 1 / 1j, (1 + 2j) ** 2, 2j ** -1, 1e300 * 1e300 * 0, -1e300 * 1e300 * 0


def swaps(x, y, z):
    a, a = x, y
    b, c, b = x, y, z
    return a, b, c


def nested_exits(path, name):
    try:
        if path != name:
            reset(path)
        try:
            unlink(path)
        except (IsADirectoryError, PermissionError):
            rmtree(path, ignore_errors=True)
    except FileNotFoundError:
        pass


def semicolons(s):
    for x in s:
        s.add(x);
    with s:
        pass;
    return s
