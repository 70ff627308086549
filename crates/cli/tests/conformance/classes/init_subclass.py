# __init_subclass__ with keyword arguments, plugin registries; __set_name__ on descriptors.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)
class Json(Plugin, name="json"):
    pass
class Yaml(Plugin):
    pass
class SubJson(Json):
    pass
print(sorted(Plugin.registry), SubJson.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    title = Field()
    body = Field()
m = Model()
m.title = "Hello"
print(m.title, m.body, Model.title.name, sorted(vars(m)))
