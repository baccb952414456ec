import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, t0 > 1.6e9, type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
time.sleep(0.01)
print(time.monotonic() - m0 >= 0.005, time.perf_counter() >= p0, time.monotonic_ns() > 0)
print(isinstance(time.process_time(), float))
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst)
print(tuple(time.gmtime(86400 * 365 + 3661)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%a %b %d %j %y %%", time.gmtime(0)))
st = time.strptime("2024-03-15 10:30:00", "%Y-%m-%d %H:%M:%S")
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_yday, st.tm_wday)
print(time.asctime(time.gmtime(0)))
import calendar
print(calendar.timegm(time.gmtime(1234567890)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_min)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(time.get_clock_info("monotonic").monotonic).__name__)
