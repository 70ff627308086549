# Uncaught exception raised "from None" (context suppressed) and a chained one with explicit cause both print correctly
class ParseError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise ParseError(f"invalid port: {text!r}") from None
print(parse_port("8080"))
try:
    parse_port("http")
except ParseError as e:
    print("caught:", e, e.__context__ is not None, e.__suppress_context__)
parse_port("eighty")
