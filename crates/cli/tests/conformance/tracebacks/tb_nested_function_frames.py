# Traceback through a closure, a decorator wrapper and a method: every frame and its line.
def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper
class Parser:
    def __init__(self, text):
        self.text = text
    @logged
    def first_word(self):
        def pick(words):
            return words[0]
        return pick(self.text.split())
print(Parser("hello world").first_word())
print(Parser("   ").first_word())
