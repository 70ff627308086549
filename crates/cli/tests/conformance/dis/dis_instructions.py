# dis.get_instructions / dis.Instruction / dis.Bytecode: every field (argval of constants, names, jumps, FORMAT_VALUE, KW_NAMES), first_line, named-tuple behaviour.
import dis
def f(pair, d):
    a, b = pair
    x = f"{a!r:>3}{b}"
    for i in range(3):
        if i in d:
            print(i, k=1)
    return b, a, None, 1.5
for ins in dis.get_instructions(f):
    print(ins)
print([i.argval for i in dis.Bytecode(f)])
print(dis.Bytecode(f).dis())
ins = next(dis.get_instructions(f, first_line=100))
print(ins.starts_line, ins.positions.lineno, ins._fields, ins[0], len(ins), isinstance(ins, tuple), type(ins).__name__)
print(ins._replace(offset=5).offset)
print(dis.Positions(1, 2, 3, 4), dis.Instruction.__module__)
try:
    dis.get_instructions(5)
except TypeError as e:
    print(e)
print(list(dis.get_instructions("a + b")))
class C:
    def m(self):
        try:
            return self.x
        except AttributeError:
            return [v for v in (1, 2)]
print([(i.opname, i.arg, getattr(i.argval, 'co_name', i.argval), i.is_jump_target) for i in dis.get_instructions(C.m)])
print([i.starts_line for i in dis.get_instructions(C().m)])
print([i.positions for i in dis.Bytecode("x = 1")])
print(dis.Bytecode("x = 1").dis(), end="")
print([i.offset for i in dis.Bytecode(C.m) if i.is_jump_target])
print([i.offset for i in dis.get_instructions(C.m) if i.is_jump_target])
