# Exception chaining: implicit __context__, explicit __cause__, from None, and the except-variable deletion.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("during handling") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError as exc:
        raise LookupError("explicit") from exc
except LookupError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise KeyError("x") from 5
except TypeError as e:
    print("TypeError:", e)
err = None
try:
    raise ValueError("scoped")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
def chain_depth():
    try:
        try:
            try:
                raise OSError("level 1")
            except OSError:
                raise TypeError("level 2")
        except TypeError:
            raise IndexError("level 3")
    except IndexError as e:
        out = []
        while e is not None:
            out.append(f"{type(e).__name__}({e})")
            e = e.__context__
        return out
print(chain_depth())
