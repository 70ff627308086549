# Uncaught custom exception with __str__, notes, and multi-line carets in a nested call
class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__(spent, limit)
        self.spent, self.limit = spent, limit
    def __str__(self):
        return f"spent {self.spent:,.2f} over limit {self.limit:,}"
def check(items, limit):
    total = sum(price * qty for price, qty in items)
    if total > limit:
        err = BudgetExceeded(total, limit)
        err.add_note(f"{len(items)} items checked")
        err.add_note("consider raising the limit")
        raise err
    return total
print(check([(1.5, 2), (3.25, 4)], 100))
print(check([(1000.5, 2),
             (3.25, 400)], 1000))
