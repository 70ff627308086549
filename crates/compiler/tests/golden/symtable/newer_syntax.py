# ---- type_params_def
def f[T](x: T) -> T:
    return x
# ---- type_params_class
class C[T]:
    pass
# ---- type_alias
type Alias = list[int]
# ---- fstring_nested_quotes
name = "x"
s = f"{name + "y"}"
# ---- fstring_backslash
s = f'{"\n".join(lines)}'
# ---- fstring_comment
s = f'''{a # comment
}'''
# ---- fstring_nested_deep
s = f'{a:{b:{c}}}'
# ---- except_unparenthesized
try:
    pass
except A, B:
    pass
# ---- valid_3_11_fstrings
s = f'{a!r:>{width}} {b=} {c["k"]} {{literal}}'
t = f"""{x
+ y}"""
