# Uncaught exception escaping a manually driven coroutine: traceback includes the coroutine frames.
class Tick:
    def __await__(self):
        yield
async def fetch(url):
    await Tick()
    if not url.startswith("http"):
        raise ValueError(f"bad url: {url}")
    return url.upper()
async def main():
    print(await fetch("http://a"))
    print(await fetch("ftp://b"))
coro = main()
while True:
    coro.send(None)
