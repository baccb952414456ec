for i in range(3):
    print(i)
for c in "abc":
    print(c, end=" ")
print()
for k, v in [(1, "a"), (2, "b")]:
    print(k, v)
for i, ch in enumerate("xyz", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "pqr"):
    print(a, b)
total = 0
for n in range(1, 101):
    total += n
print(total)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty else")
for i in range(10, 0, -3):
    print(i, end=",")
print()
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key, "->", value)
for (a, (b, c)) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for x in range(5):
    pass
print("x after loop", x)
