# Exception notes (3.11 add_note): __notes__ and how notes appear in an uncaught traceback.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("of config.ini")
    print(e.__notes__)
try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError:", e)
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"input was {text!r}")
        raise
print(parse("12"))
parse("twelve")
