# ---- colon_if
if x
    pass
# ---- colon_while
while x
    pass
# ---- colon_for
for x in y
    pass
# ---- colon_def
def f()
    pass
# ---- colon_class
class C
    pass
# ---- colon_else
if x:
    pass
else
    pass
# ---- colon_elif
if x:
    pass
elif y
    pass
# ---- colon_try
try
    pass
except:
    pass
# ---- colon_except
try:
    pass
except ValueError
    pass
# ---- colon_finally
try:
    pass
finally
    pass
# ---- colon_with
with a as b
    pass
# ---- colon_class_bases
class C(Base)
    pass
# ---- colon_match
match x
    case 1:
        pass
# ---- colon_case
match x:
    case 1
        pass
# ---- colon_lambda
f = lambda x x
# ---- dict_missing_value
d = {1: 2, 3}
# ---- dict_missing_value_end
d = {1: 2, 3:}
# ---- unclosed_paren
x = (1, 2
# ---- unclosed_bracket_multiline
x = [1,
     2,
# ---- unclosed_brace
d = {1: 2
# ---- unclosed_paren_then_stmt
foo(1
x = 2
# ---- unmatched_close
x = 1)
# ---- unmatched_close_bracket
x = ]
# ---- mismatch_close
x = (1]
# ---- mismatch_close_multiline
x = (1,
     2]
# ---- mismatch_brace
x = [1}
# ---- unclosed_nested
x = [(1, 2)
y = 3
# ---- unterminated_single
x = 'abc
# ---- unterminated_double
x = "abc
# ---- unterminated_triple
x = '''abc

y = 1
# ---- unterminated_triple_double
x = """abc
def
# ---- unterminated_after_code
a = 1
b = 'x
c = 3
# ---- unterminated_continued
s = 'abc\
# ---- bytes_non_ascii
b = b'café'
# ---- unterminated_fstring
x = f'abc
# ---- assign_literal
1 = x
# ---- assign_string
'a' = x
# ---- assign_call
f() = 1
# ---- assign_operator
a + b = 1
# ---- assign_none
None = 1
# ---- assign_true
True = 1
# ---- assign_fstring
f'{x}' = 1
# ---- assign_comparison
a < b = 1
# ---- assign_ellipsis
... = 1
# ---- assign_not
not a = 1
# ---- assign_lambda
lambda: 1 = 1
# ---- assign_ifexp
a if b else c = 1
# ---- assign_yield
def f():
    (yield) = 1
# ---- assign_listcomp
[x for x in y] = 1
# ---- assign_genexp
(x for x in y) = 1
# ---- assign_dict
{a: b} = 1
# ---- assign_set
{a, b} = 1
# ---- assign_tuple_literal
(a, 1) = x
# ---- assign_list_call
[a, f()] = x
# ---- assign_chain_literal
x = 1 = y
# ---- assign_for_literal
for 1 in x:
    pass
# ---- assign_for_call
for f() in x:
    pass
# ---- assign_with_literal
with a as 1:
    pass
# ---- assign_walrus_keyword_attr
(a.b := 1)
# ---- assign_walrus_literal
(1 := 2)
# ---- assign_starred_alone
*a = 1
# ---- assign_two_starred
a, *b, *c = x
# ---- augassign_call
f() += 1
# ---- augassign_tuple
a, b += 1
# ---- augassign_list
[a] += 1
# ---- annassign_tuple
(a, b): int
# ---- annassign_list
[a]: int = 1
# ---- annassign_call
f(): int
# ---- annassign_unparenthesized_tuple
x: int, y: int = 1, 2
# ---- del_call
del f()
# ---- del_literal
del 1
# ---- del_operator
del a + b
# ---- del_starred
del *a
# ---- del_tuple_call
del (a, f())
# ---- import_as_attr
import a as b.c
# ---- unexpected_indent
  x = 1
# ---- unexpected_indent_second
x = 1
    y = 2
# ---- unexpected_indent_in_body
def f(x):
    return
        y
# ---- expected_indent_if
if x:
pass
# ---- expected_indent_def
def f():
return
# ---- expected_indent_class
class C:
x = 1
# ---- expected_indent_for
for x in y:
print(x)
# ---- expected_indent_while
while x:
x -= 1
# ---- expected_indent_else
if x:
    pass
else:
pass
# ---- expected_indent_elif
if x:
    pass
elif y:
pass
# ---- expected_indent_try
try:
x = 1
except:
    pass
# ---- expected_indent_except
try:
    x = 1
except ValueError:
pass
# ---- expected_indent_finally
try:
    x = 1
finally:
pass
# ---- expected_indent_with
with a:
pass
# ---- expected_indent_eof
if x:
# ---- expected_indent_async_def
async def f():
return
# ---- expected_indent_nested_line
x = 1

if a:
    if b:
    pass
# ---- unindent_mismatch
if x:
    a = 1
  b = 2
# ---- unindent_mismatch_else
if True:
    pass
  else:
    pass
# ---- tab_inconsistent
if x:
	a = 1
        b = 2
# ---- tab_inconsistent_def
def f():
        a = 1
	b = 2
# ---- keyword_as_name
class = 1
# ---- keyword_def_name
def if():
    pass
# ---- keyword_import
import if
# ---- pass_as_value
x = pass
# ---- print_statement
print "hello"
# ---- print_statement_name
print x
# ---- exec_statement
exec "code"
# ---- else_if
if a:
    pass
else if b:
    pass
# ---- ifexp_no_else
a = 1 if b
# ---- missing_comma_list
x = [1 2]
# ---- missing_comma_call
f(a b)
# ---- two_names
x = a b
# ---- if_assign
if x = 1:
    pass
# ---- while_assign
while x = 1:
    pass
# ---- from_import_nothing
from x import
# ---- from_import_trailing_comma
from x import a,
# ---- try_without_except
try:
    pass
x = 1
# ---- except_without_try
except:
    pass
# ---- except_star_mix
try:
    x
except* A:
    pass
except B:
    pass
# ---- pass_pass
pass pass
# ---- binary_trailing_op
a = 1 +
# ---- double_comma
x = [1, 2,, 3]
# ---- bare_import
import
# ---- decorator_empty
@
def f():
    pass
# ---- elif_no_condition
if x:
    pass
elif:
    pass
# ---- double_else
for x in y:
    pass
else:
    pass
else:
    pass
# ---- ifexp_missing_orelse
x = 5 if True else
# ---- attribute_number
x.1
# ---- listcomp_trailing_if
x = [i for i in y if]
# ---- in_as_name
in = 1
# ---- async_name
async = 1
# ---- assert_empty
assert
# ---- import_from_reversed
import a from b
# ---- kwarg_positional_after
f(a=1, b)
# ---- kwarg_unpack_positional_after
f(**a, b)
# ---- kwarg_unpack_then_star
f(**a, *b)
# ---- kwarg_expression
f(x+1=2)
# ---- kwarg_true
f(True=1)
# ---- kwarg_repeated
f(a, a=1, a=2)
# ---- genexp_unparenthesized
f(x for x in y, 1)
# ---- param_default_order
def f(a=1, b):
    pass
# ---- lambda_default_order
g = lambda a=1, b: 0
# ---- param_duplicate
def f(a, a):
    pass
# ---- lambda_duplicate
g = lambda x, x: 1
# ---- param_duplicate_kwonly
def f(a, *, a):
    pass
# ---- param_bare_star
def f(*):
    pass
# ---- param_bare_star_kwargs
def f(*, **k):
    pass
# ---- param_after_kwargs
def f(**a, b):
    pass
# ---- param_two_stars
def f(*a, *b):
    pass
# ---- param_two_slashes
def f(a, /, b, /):
    pass
# ---- param_slash_after_star
def f(*, a, /):
    pass
# ---- param_slash_first
def f(/):
    pass
# ---- param_star_default
def f(*a=1):
    pass
# ---- param_kwargs_default
def f(**a=1):
    pass
# ---- lambda_bare_star
g = lambda *: 0
# ---- param_walrus
def f(x := 1):
    pass
# ---- starred_expression_stmt
*a
# ---- starred_assign_value
a = *b
# ---- starred_parenthesized
x = (*a)
# ---- starred_comprehension
[*a for a in b]
# ---- dict_unpack_comprehension
x = {**a for a in b}
# ---- walrus_statement
x := 1
# ---- walrus_chained
x = y := 1
# ---- walrus_rebind_comprehension
[i := 0 for i in x]
# ---- walrus_comprehension_iterable
[x for x in (y := [])]
# ---- walrus_class_comprehension
class C:
    [(y := 1) for x in z]
# ---- return_outside
return 1
# ---- return_in_class
class C:
    return
# ---- yield_outside
yield 1
# ---- yield_from_outside
x = yield from y
# ---- yield_in_class
def f():
    class C:
        yield
# ---- yield_in_listcomp
def f():
    [(yield x) for x in y]
# ---- await_outside
await x
# ---- await_in_sync_function
def f():
    await x
# ---- await_in_lambda
async def f():
    g = lambda: await x
# ---- break_outside
break
# ---- continue_outside
continue
# ---- break_in_function_in_loop
while True:
    def f():
        break
# ---- break_in_loop_else
for x in y:
    pass
else:
    break
# ---- continue_in_class_in_loop
for x in y:
    class C:
        continue
# ---- yield_from_async
async def f():
    yield from x
# ---- return_value_async_gen
async def f():
    yield 1
    return 2
# ---- async_for_outside
def f():
    async for x in y:
        pass
# ---- async_with_outside
def f():
    async with x:
        pass
# ---- async_comprehension_module
[x async for x in y]
# ---- async_comprehension_sync
def f():
    return [x async for x in y]
# ---- await_comprehension_sync
def f():
    return [await x for x in y]
# ---- break_in_except_star
for x in y:
    try:
        pass
    except* E:
        break
# ---- return_after_ok_code
def f():
    return 1
x = 2
return x
# ---- two_errors_order
def f():
    pass
break
return
# ---- nonlocal_module
nonlocal x
# ---- nonlocal_no_binding
def f():
    nonlocal x
# ---- nonlocal_class_no_binding
class C:
    nonlocal x
# ---- global_after_assign
x = 1
global x
# ---- global_after_use
print(x)
global x
# ---- global_param
def f(a):
    global a
# ---- nonlocal_param
def f(x):
    nonlocal x
# ---- nonlocal_and_global
def f():
    x = 1
    def g():
        global x
        nonlocal x
# ---- global_annotated
def f():
    x: int
    global x
# ---- future_late
import os
from __future__ import annotations
# ---- future_braces
from __future__ import braces
# ---- future_unknown
from __future__ import nope
# ---- future_after_docstring_code
"""doc"""
x = 1
from __future__ import division
# ---- fstring_empty
f'{}'
# ---- fstring_bad_conversion
f'{x!z}'
# ---- fstring_single_close
f'}'
# ---- fstring_unclosed_field
f'{x'
# ---- fstring_hash
f'{x#}'
# ---- fstring_backslash
f'{"\n".join(x)}'
# ---- fstring_starred
f'{*x}'
# ---- fstring_lambda
f'{lambda x: 1}'
# ---- fstring_nested_quote
f'{x['a']}'
# ---- fstring_missing_comma
f'{a b}'
# ---- nbsp
a = 1 + 2
# ---- dollar
$a = 1
# ---- question
a ? b
# ---- euro
a = b€
# ---- smart_quotes
x = “quoted”
# ---- backtick
x = `a`
# ---- continuation_garbage
x = 1 \ y
# ---- continuation_eof
x = 1 + \
# ---- eof_in_call
print(1,
      2,
# ---- eof_in_def_args
def f(a,
      b
# ---- decimal_trailing_underscore
x = 1_000_
# ---- decimal_double_underscore
x = 1__0
# ---- decimal_letter
x = 1a
# ---- leading_zeros
x = 0123
# ---- hex_empty
x = 0x
# ---- hex_bad
x = 0x1g
# ---- binary_digit
x = 0b2
# ---- octal_digit
x = 0o8
# ---- exponent_empty
x = 1e
# ---- float_two_dots
x = 1.2.3
# ---- imaginary_letter
x = 1jx
# ---- match_capture_first
match x:
    case a:
        pass
    case b:
        pass
# ---- match_two_starred
match x:
    case [*a, *b]:
        pass
# ---- match_repeated_name
match x:
    case (a, a):
        pass
# ---- match_alternative_names
match x:
    case [a] | b:
        pass
# ---- match_complex_literal
match x:
    case 1 + 1:
        pass
# ---- except_default_not_last
try:
    pass
except:
    pass
except ValueError:
    pass
# ---- future_same_line
from __future__ import annotations; import os; from __future__ import division
# ---- too_many_parentheses
x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
# ---- too_deep_indentation
if x:
 if x:
  if x:
   if x:
    if x:
     if x:
      if x:
       if x:
        if x:
         if x:
          if x:
           if x:
            if x:
             if x:
              if x:
               if x:
                if x:
                 if x:
                  if x:
                   if x:
                    if x:
                     if x:
                      if x:
                       if x:
                        if x:
                         if x:
                          if x:
                           if x:
                            if x:
                             if x:
                              if x:
                               if x:
                                if x:
                                 if x:
                                  if x:
                                   if x:
                                    if x:
                                     if x:
                                      if x:
                                       if x:
                                        if x:
                                         if x:
                                          if x:
                                           if x:
                                            if x:
                                             if x:
                                              if x:
                                               if x:
                                                if x:
                                                 if x:
                                                  if x:
                                                   if x:
                                                    if x:
                                                     if x:
                                                      if x:
                                                       if x:
                                                        if x:
                                                         if x:
                                                          if x:
                                                           if x:
                                                            if x:
                                                             if x:
                                                              if x:
                                                               if x:
                                                                if x:
                                                                 if x:
                                                                  if x:
                                                                   if x:
                                                                    if x:
                                                                     if x:
                                                                      if x:
                                                                       if x:
                                                                        if x:
                                                                         if x:
                                                                          if x:
                                                                           if x:
                                                                            if x:
                                                                             if x:
                                                                              if x:
                                                                               if x:
                                                                                if x:
                                                                                 if x:
                                                                                  if x:
                                                                                   if x:
                                                                                    if x:
                                                                                     if x:
                                                                                      if x:
                                                                                       if x:
                                                                                        if x:
                                                                                         if x:
                                                                                          if x:
                                                                                           if x:
                                                                                            if x:
                                                                                             if x:
                                                                                              if x:
                                                                                               if x:
                                                                                                if x:
                                                                                                 if x:
                                                                                                  if x:
                                                                                                   if x:
                                                                                                    if x:
                                                                                                     pass
# ---- wildcard_not_last
match x:
    case _:
        pass
    case 1:
        pass
# ---- return_in_except_star
def f():
    try:
        pass
    except* E:
        return
# ---- starred_for_target
for *a in b:
    pass
# ---- keyword_repeated_class
class C(x=1, x=2):
    pass
# ---- await_in_class_body
async def f():
    class C:
        await x
# ---- crlf_unterminated
x = 1
y = 'abc
# ---- unicode_name_then_error
été = 1
x = (1]
# ---- unclosed_no_newline
x = (1, 2