# ---- private_names
class Widget:
    __slots = 1
    __dunder__ = 2
    def __method(self, __arg):
        __local = __arg
        global __glob
        return self.__attr, __local, __other
    def m(self):
        import __private_mod
        import __pkg.sub
        return [__c for __c in ()]
class _Under:
    __x = 1
class ___:
    __y = 1
def not_in_class():
    __z = 1
# ---- nested_class_mangling
class Outer:
    class Inner:
        __a = 1
        def f(self):
            return __b
    __c = 2
