# Uncaught TypeError from a bad call deep in a class method, with a note added on the way out
class Report:
    def __init__(self, rows):
        self.rows = rows
    def render(self, width):
        return "\n".join(self.line(r, width) for r in self.rows)
    def line(self, row, width):
        label, value = row
        return f"{label:<{width}}{value:>8.2f}"
r = Report([("a", 1.5), ("b", 2)])
print(r.render(5))
try:
    print(Report([("c", "3")]).render(5))
except ValueError as e:
    e.add_note("while rendering report")
    raise
