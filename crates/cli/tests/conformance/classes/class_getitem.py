# __class_getitem__ and builtin generic aliases (list[int] etc.), their repr and origin/args.
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(alias.__origin__, alias.__args__, alias() == [], alias("ab"))
print(isinstance([], list), type(list[int]).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
