# Exception raised in a finally block replaces the one in flight; both appear in the traceback.
def cleanup():
    raise OSError("disk full while cleaning up")
def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()
work()
