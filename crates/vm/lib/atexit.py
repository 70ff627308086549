"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""

# pyvm's atexit: the callbacks run last first when the main program ends (the VM calls
# _run_exitfuncs after waiting for non-daemon threads), as CPython runs them.

_exithandlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next
                                      if exc.__traceback__ is not None else None)
