'''Disassembler of Python byte code into mnemonics.

pyvm's dis: the listing and the instruction records come from the native `_dis` module
(one formatter in the bytecode crate); this file gives them Lib/dis.py's Python shape:
the `Instruction` and `Positions` named tuples, `get_instructions` and `Bytecode`.
'''

import _dis
from _dis import opname, opmap

__all__ = ['dis', 'get_instructions', 'Instruction', 'Positions', 'Bytecode',
           'opname', 'opmap']


def _record(typename, field_names):
    '''A minimal named tuple class: fields by name, a keyword repr, `_fields`, `_replace`
    and `_asdict`, as collections.namedtuple makes them.'''

    def __new__(cls, *args, **kwargs):
        values = list(args)
        for name in field_names[len(values):]:
            if name not in kwargs:
                raise TypeError(f"{typename}.__new__() missing required argument: {name!r}")
            values.append(kwargs.pop(name))
        if kwargs or len(values) != len(field_names):
            raise TypeError(f"{typename}.__new__() takes {len(field_names) + 1} "
                            f"positional arguments but {len(args) + 1} were given")
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(field_names, self))
        return f'{self.__class__.__name__}({fields})'

    def _replace(self, **kwargs):
        return type(self)(**{**self._asdict(), **kwargs})

    def _asdict(self):
        return dict(zip(field_names, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__slots__': (), '_fields': tuple(field_names), '__new__': __new__,
        '__repr__': __repr__, '_replace': _replace, '_asdict': _asdict,
        '__getnewargs__': __getnewargs__, '__match_args__': tuple(field_names),
        '__module__': 'dis',
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(lambda self, i=index: self[i],
                                   doc=f'Alias for field number {index}')
    return type(typename, (tuple,), namespace)


Positions = _record('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'])
Positions.__new__.__defaults__ = (None, None, None, None)

_Instruction = _record('_Instruction', [
    'opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
    'is_jump_target', 'positions'])
_Instruction.__new__.__defaults__ = (None,)


class Instruction(_Instruction):
    '''Details for a bytecode operation'''

    __slots__ = ()


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# The argval of a constant-table argument dis does not resolve (KW_NAMES).
UNKNOWN = _Unknown()


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback. A method is disassembled
    through its __func__, a function through its __code__, a generator, an
    asynchronous generator or a coroutine through its gi_code, ag_code or
    cr_code; a class or a module member by member; code objects, raw bytecode
    and source text directly. The listing comes from the native _dis module;
    this wrapper decides what can be disassembled, so that the TypeError for
    anything else is raised here, in Python, as Lib/dis.py raises it.

    Keyword arguments, as CPython 3.11's dis.dis takes them:
      show_caches  also list the inline CACHE entries after each instruction;
      file         accepted; the listing is written to sys.stdout;
      depth        accepted; nested code objects are always listed in full;
      adaptive     accepted; pyvm does not specialise instructions, so the
                   adaptive listing is the plain one.

    Members of a class or module that cannot be disassembled are reported
    as "Sorry: ..." lines, as CPython does.
    """
    target = x
    if hasattr(target, '__func__'):
        target = target.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(target, attr):
            target = getattr(target, attr)
            break
    if (x is None or hasattr(target, '__dict__') or hasattr(target, 'co_code')
            or isinstance(target, (bytes, bytearray, str))):
        return _dis.dis(x, show_caches=show_caches)
    raise TypeError("don't know how to disassemble %s objects" %
                    type(target).__name__)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    '''Iterator for the opcodes in methods, functions or code'''
    return _get_instructions(x, first_line, False)


def _get_instructions(x, first_line, exception_targets):
    co = _dis._get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return iter([
        Instruction(*fields[:8], Positions(*fields[8]))._replace(
            starts_line=None if fields[6] is None else fields[6] + line_offset)
        if line_offset else Instruction(*fields[:8], Positions(*fields[8]))
        for fields in _dis._instructions(co, UNKNOWN, exception_targets)])


class Bytecode:
    '''The bytecode operations of a piece of code'''

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _dis._get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _get_instructions(self.codeobj, self.first_line, True)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._original_object!r})'

    def dis(self):
        '''Return a formatted view of the bytecode operations.'''
        return _dis._disassemble(self.codeobj, self.show_caches)


# Code-object flag names, as `inspect` reads them to define CO_OPTIMIZED and the rest.
COMPILER_FLAG_NAMES = {
     1: "OPTIMIZED",
     2: "NEWLOCALS",
     4: "VARARGS",
     8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
   128: "COROUTINE",
   256: "ITERABLE_COROUTINE",
   512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)
