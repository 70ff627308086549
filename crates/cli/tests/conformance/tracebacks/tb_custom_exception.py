# Uncaught custom exception with a custom __str__ and a module-qualified name in the last line.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def validate(user):
    if "@" not in user["email"]:
        raise ValidationError("email", "missing @")
validate({"email": "a@b"})
print("first user ok")
validate({"email": "nobody"})
