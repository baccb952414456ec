def mandel(w, h, iters):
    rows = []
    for y in range(h):
        ci = (y / h) * 2.4 - 1.2
        row = []
        for x in range(w):
            cr = (x / w) * 3.5 - 2.5
            zr = zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                n += 1
            row.append(" .:-=+*#%@"[n % 10] if n < iters else "@")
        rows.append("".join(row))
    return rows
for line in mandel(60, 20, 50):
    print(line)
total = 0.0
for i in range(1, 10001):
    total += 1.0 / (i * i)
print(total, (total * 6) ** 0.5)
x = 1.0
for _ in range(30):
    x = x - (x * x - 2) / (2 * x)
print(x, x * x)
