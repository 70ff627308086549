# ---- yields
def gen():
    yield 1
def gen_from():
    yield from other()
def gen_expr_value():
    x = yield
    return x
async def agen():
    yield 1
    await thing
lam = lambda: (yield)
def returns_value():
    return 1
def bare_return():
    return
# ---- err_yield_in_comprehension_at_module
[(yield x) for x in range(3)]
