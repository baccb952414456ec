data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
it = iter(["a", "b", "", "c"])
while (chunk := next(it)):
    print("chunk", chunk)
print((total := sum(data)), total)
def f(x):
    return (z := x + 1) * z
print(f(3))
values = [(v := i) for i in range(3)]
print(values, v)
print([last := c for c in "xyz"][0], last)
if any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]):
    print("first b-word:", hit)
def scoped():
    [w := 10 for _ in range(1)]
    return w
print(scoped())
counter = 0
def uses_global():
    global counter
    [counter := counter + 1 for _ in range(5)]
print(uses_global(), counter)
x = 0
print((x := x + 1), (x := x + 1), x)
print({(k := "key"): k})
a = [1, 2, 3]
print(a[(i := 1)], i)
print(f"{(q := 5)} {q * 2}")
