# ---- all_kinds
def f(po1, po2=1, /, a=2, *args, kw1, kw2=3, **kwargs):
    return po1, a, args, kw1, kwargs
async def g(*, only):
    pass
def h(a, b, *c, d):
    a = 1
    del b
# ---- lambda_params
f = lambda a, /, b, *c, d, **e: a
# ---- defaults_in_enclosing_scope
def outer():
    default = 1
    def inner(x=default, *, y=default):
        return x
    lam = lambda z=default: z
    return inner, lam
# ---- err_duplicate_param
def f(a, a):
    pass
# ---- err_duplicate_kwonly
def f(a, *, a):
    pass
# ---- err_duplicate_lambda
lambda x, x: x
