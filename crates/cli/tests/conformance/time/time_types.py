# time module, deterministic uses only: return types, monotonicity, struct_time fields from a fixed timestamp.
import time
t1 = time.time()
m1, m2 = time.monotonic(), time.monotonic()
print(type(t1).__name__, t1 > 1_600_000_000, m2 >= m1)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
print(type(time.process_time()).__name__, time.time_ns() > 1_600_000_000 * 10 ** 9)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6])
g2 = time.gmtime(1_000_000_000)
print(tuple(g2), time.strftime("%Y-%m-%d %H:%M:%S", g2))
print(time.sleep(0), time.sleep(0.001))
