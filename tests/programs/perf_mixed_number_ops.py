# Int/float mixed arithmetic and float powers in the fast path: results,
# and the cases it must leave to the general path (errors, complex results).
vals = [0, 1, -3, 7, 2**53 + 1, -(2**62), 0.0, -0.0, 0.5, -2.5, 1e308, float("inf"), float("nan")]
for a in vals:
    row = []
    for b in vals:
        for op in ("+", "-", "*", "/", "**"):
            if op == "**" and type(a) is int and type(b) is int and abs(b) > 100:
                continue
            try:
                r = eval("a %s b" % op, {"a": a, "b": b})
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
    print(" ".join(row))

x = 0.0
for i in range(10):
    x += i * 0.1
    x = x ** 1.0001
print(x)
acc = 0.0
for i in range(1, 50):
    acc += (i / 3) ** 0.5 - 2 ** -i + i * 1e-3
print(acc)
print(2.0 ** 3, 4 ** 0.5, (-8.0) ** (1 / 3), 10.0 ** -2, 0.0 ** 0.0, 1.0 ** float("nan"))
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(0.0 ** -1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
