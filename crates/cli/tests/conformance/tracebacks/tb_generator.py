# Uncaught error raised inside a generator resumed by next() in a helper function.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator ran dry badly")
def take_three(gen):
    return [next(gen), next(gen), next(gen)]
print(take_three(numbers()))
