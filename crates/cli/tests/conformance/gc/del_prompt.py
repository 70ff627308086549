# __del__ of acyclic objects runs promptly: on del, on rebinding, at function return, when a container is cleared.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", self.name)
    def __del__(self):
        print("close", self.name)
r = Res("one")
del r
print("after del")
r = Res("two")
r = Res("three")
print("after rebinding")
def scope():
    local = Res("local")
    print("in function")
scope()
print("after function")
items = [Res("x"), Res("y")]
items.clear()
print("after clear")
d = {"k": Res("in dict")}
d["k"] = None
print("after overwrite")
Res("temporary")
print("after temporary")
holder = [Res("shared")]
alias = holder[0]
holder.pop()
print("still referenced")
alias = None
print("end")
del r
