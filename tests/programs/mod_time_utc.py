# time: gmtime/struct_time/strftime/asctime in UTC (local time needs the Os and is not supported yet).
import time
g = time.gmtime(0)
print(repr(g))
print(g.tm_zone, g.tm_gmtoff, len(g), type(g).n_fields, type(g).n_sequence_fields, g[0], g[-1])
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(time.asctime(time.gmtime(1e9)), time.gmtime(-1), time.gmtime(1.99).tm_sec)
try:
    time.gmtime(1e20)
except Exception as e:
    print(type(e).__name__, e)
print(time.strftime('%Y %m %d %H %M %S %a %A %b %B %j %y %p %I %w %% %e %C %D %T %F %R %u %Z %z', time.gmtime(1700000000)))
print(tuple(time.gmtime(86400 * 365 + 3661)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%a %b %d %j %y %%", time.gmtime(0)))
print(time.asctime(time.gmtime(0)))
for ts in (951782400, 4102444800, -2208988800, 253402300799, 1234567890):
    print(tuple(time.gmtime(ts)))
print(time.strftime("%H:%M", (2024, 3, 15, 10, 30, 0, 4, 75, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    time.strftime("%Y", (2024, 1, 1, 0, 0, 0, -2, 1, 0))
except ValueError as e:
    print("ValueError:", e)
print(time.strftime("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)))
