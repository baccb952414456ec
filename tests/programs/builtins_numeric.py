print(abs(-3), abs(-2.5), abs(3 + 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1.5, 1))
print(pow(2, 8), pow(2, 8, 10), pow(2.0, -1), pow(-1, 0.5))
print(round(3.14159, 2), round(2.5), round(-0.5), round(1234.5, -2), round(7))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(5), 100), sum([], 0.0), sum(iter([1, 2]), start=10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a", key=str.upper), max([], default="empty"))
print(max([1, 5, 3], key=lambda x: -x), min([(1, "b"), (1, "a")]), max(1, 2.0), max(2.0, 2), max(2, 2.0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), hex(0), bin(0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(int("12"), float("1.5"), complex("1+1j"), bool(2))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([2 ** 64, 1.5]))
print(isinstance(sum([True, True]), int), sum([True, True]))
