i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 6:
        break
    print("loop", i)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print("not printed")
print("after break i =", i)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
