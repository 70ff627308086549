# __name__ == "__main__" for the program, module names for imports; __spec__/__package__ of the main module.
import helpers.star
print(__name__, helpers.star.__name__, helpers.__name__)
def main():
    print("main() called")
if __name__ == "__main__":
    main()
print(__package__, helpers.star.__package__, helpers.__package__)
print(type(__builtins__).__name__ in ("module", "dict"), __builtins__ is not None)
