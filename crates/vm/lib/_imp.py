"""pyvm's _imp: the hooks importlib's bootstrap asks of the interpreter.

pyvm imports natively (it does not run importlib's machinery), so these serve code that
inspects the machinery: `import importlib.machinery`, `importlib.util`, `inspect`. Built-in
modules are the ones `sys.builtin_module_names` lists; pyvm has no frozen modules and no
extension modules."""

import sys

check_hash_based_pycs = 'default'

_lock_depth = 0


def lock_held():
    return _lock_depth > 0


def acquire_lock():
    global _lock_depth
    _lock_depth += 1


def release_lock():
    global _lock_depth
    if _lock_depth == 0:
        raise RuntimeError('not holding the import lock')
    _lock_depth -= 1


def is_builtin(name, /):
    # 1: a built-in module that can be re-initialised (CPython's answer for most of them).
    return 1 if name in sys.builtin_module_names else 0


def create_builtin(spec, /):
    name = spec.name
    if name in sys.modules:
        return sys.modules[name]
    return __import__(name)


def _warn(message, category=None, stacklevel=1, source=None):
    import warnings
    warnings.warn(message, category, stacklevel + 1, source)


# importlib's bootstrap loads `_warnings` for its deprecation warnings. pyvm's warnings
# are the pure-Python `warnings` module, so the stand-in forwards `warn` to it; lacking
# `filters` and the rest, `warnings` still takes its Python implementation.
if '_warnings' not in sys.modules:
    _warnings = type(sys)('_warnings')
    _warnings.warn = _warn
    sys.modules['_warnings'] = _warnings
    del _warnings


def exec_builtin(mod, /):
    return 0


def create_dynamic(spec, file=None, /):
    raise ImportError(f'pyvm cannot load extension module {spec.name!r}', name=spec.name)


def exec_dynamic(mod, /):
    return 0


def extension_suffixes():
    return []


def is_frozen(name, /):
    return False


def is_frozen_package(name, /):
    raise ImportError(f'No such frozen object named {name!r}', name=name)


def find_frozen(name, /, *, withdata=False):
    return None


def get_frozen_object(name, data=None, /):
    raise ImportError(f'No such frozen object named {name!r}', name=name)


def init_frozen(name, /):
    return None


def _frozen_module_names():
    return ()


def _override_frozen_modules_for_tests(override, /):
    return None


def _fix_co_filename(code, path, /):
    return None


def source_hash(key, source):
    raise NotImplementedError('pyvm does not write hash-based .pyc files')
