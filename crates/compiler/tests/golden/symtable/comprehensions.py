# ---- kinds
l = [x for x in range(3) if x]
s = {x for x in y}
d = {k: v for k, v in pairs}
g = (x for x in y)
call = sum(x for x in y)
multi = [(a, b) for a in aa for b in bb if a if b]
nested = [[c for c in row] for row in grid]
# ---- first_iter_in_enclosing_scope
def f(rows):
    return [r for r in rows for c in r.cols]
class C:
    data = [1, 2]
    doubled = [v * 2 for v in data]
    bad = [v for v in data if v in data]
# ---- walrus_function
def f(values):
    if any((hit := v) > 3 for v in values):
        return hit
    [(last := w) for w in values]
    return last
# ---- walrus_module
[(total := t) for t in range(3)]
print(total)
# ---- walrus_global_in_function
def f():
    global gt
    [(gt := v) for v in range(3)]
# ---- walrus_nested_comprehension
def f():
    [[(deep := j) for j in range(i)] for i in range(3)]
    return deep
# ---- walrus_plain
if (n := 10) > 5:
    print(n)
def f():
    while (chunk := read()):
        use(chunk)
# ---- err_walrus_rebind_iter
[i := 0 for i in range(3)]
# ---- err_walrus_class_body
class C:
    [(y := x) for x in range(3)]
# ---- err_walrus_in_iterable
[x for x in (y := [1, 2])]
# ---- err_walrus_in_inner_iterable
[x for y in z for x in (w := y)]
# ---- err_inner_loop_rebinds_walrus
[(j := 0) for i in range(3) for j in range(i)]
# ---- err_walrus_nested_rebind_outer_iter
[[(i := 1) for j in range(3)] for i in range(3)]
# ---- err_yield_in_listcomp
def f():
    return [(yield x) for x in range(3)]
# ---- err_yield_in_genexp
def f():
    return ((yield x) for x in range(3))
# ---- err_yield_in_setcomp
def f():
    return {(yield x) for x in range(3)}
# ---- err_yield_in_dictcomp
def f():
    return {x: (yield x) for x in range(3)}
# ---- async_comprehensions
async def f(aiter):
    a = [x async for x in aiter]
    b = [await x for x in y]
    c = (x async for x in aiter)
    d = [[z async for z in x] for x in y]
    return a, b, c, d
# ---- dict_comp_order
d = {key_expr(k): value_expr(v) for k, v in items}
