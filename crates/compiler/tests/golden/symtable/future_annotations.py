# ---- postponed
"""Docstring first."""
from __future__ import annotations
import typing
def f(a: A, b: "B" = dflt, *args: Args, c: C = 1, **kw: KW) -> Ret:
    local: LocalAnn = 1
    other: OtherAnn
    return local
x: Mod = 1
y: ModOnly
class C:
    cls_attr: ClassAnn = 0
    def m(self) -> C:
        v: list[C] = []
        return v
# ---- postponed_with_lambda_and_comp
from __future__ import annotations
def f(a: lambda: ann_free = None, b: [c for c in cs] = None) -> [d for d in ds]:
    pass
# ---- err_yield_in_postponed
from __future__ import annotations
def f(a: (yield)):
    pass
# ---- err_await_in_postponed
from __future__ import annotations
async def f(a: (await x)):
    pass
# ---- err_walrus_in_postponed
from __future__ import annotations
def f() -> (y := 1):
    pass
# ---- err_yield_in_postponed_variable
from __future__ import annotations
def f():
    x: (yield) = 1
# ---- not_first_is_not_future
import os
from __future__ import annotations
def f(a: A):
    pass
# ---- err_future_unknown
from __future__ import nope
# ---- err_future_braces
from __future__ import braces
