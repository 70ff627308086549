# ---- annotations_evaluated
import typing
def f(a: A, b: "B" = dflt, *args: Args, c: C = 1, **kw: KW) -> Ret:
    local: LocalAnn = 1
    other: OtherAnn
    (paren): ParenAnn = 2
    obj.attr: AttrAnn = 3
    items[0]: ItemAnn
    return local
x: Mod = 1
y: ModOnly
class C:
    cls_attr: ClassAnn = 0
    cls_only: ClassOnly
# ---- annotation_with_yield
def f():
    x: (yield) = 1
def g(a: (yield)):
    pass
def h():
    def inner(a: (yield)) -> (yield): pass
# ---- annotation_with_lambda_and_comp
def f(a: lambda: ann_free = None, b: [c for c in cs] = None):
    pass
