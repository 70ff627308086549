# Whole program: a hand-written JSON-like encoder and decoder with indentation, escapes and round trip.
def encode(obj, indent=0, level=0):
    pad = " " * (indent * (level + 1)) if indent else ""
    end = "\n" + " " * (indent * level) if indent else ""
    sep = ",\n" if indent else ", "
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = []
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [pad + encode(v, indent, level + 1) for v in obj]
        return "[" + ("\n" if indent else "") + sep.join(items) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad + encode(str(k)) + ": " + encode(v, indent, level + 1) for k, v in obj.items()]
        return "{" + ("\n" if indent else "") + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
def decode(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                key = value()
                ws()
                pos += 1
                result[key] = value()
                ws()
                pos += 1
                if text[pos - 1] == "}":
                    return result
        if ch == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                pos += 1
                if text[pos - 1] == "]":
                    return result
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    nxt = text[pos + 1]
                    if nxt == "u":
                        out.append(chr(int(text[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    out.append("\n" if nxt == "n" else nxt)
                    pos += 2
                    continue
                out.append(text[pos])
                pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()
doc = {"name": "pyvm", "version": [0, 1], "tags": ["vm", "rust"], "ok": True, "none": None,
       "pi": 3.14159, "nested": {"empty": {}, "list": [], "quote": 'say "hi"\n', "uni": "é✓"}}
compact = encode(doc)
print(compact)
pretty = encode(doc, indent=2)
print(pretty)
print(decode(compact) == doc, decode(pretty) == doc)
try:
    encode({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
