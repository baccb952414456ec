found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        out.append((i, j))
print(out)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == 2:
            break
        print(i, j)
        j += 1
    else:
        print("inner while else (never)")
    i += 1
else:
    print("outer while else")
total = 0
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            continue
        total += v
print(total)
count = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            count += 1
print(count)
for x in range(3):
    try:
        if x == 1:
            continue
        print("try", x)
    finally:
        print("finally", x)
for x in range(2):
    for y in range(2):
        pass
print(x, y)
it = iter(range(10))
for v in it:
    if v == 3:
        break
print(list(it))
