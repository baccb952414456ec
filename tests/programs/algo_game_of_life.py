def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def show(live, rows, cols):
    for r in range(rows):
        print("".join("#" if (r, c) in live else "." for c in range(cols)))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(4):
    print("gen", gen)
    show(state, 6, 6)
    state = step(state)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(blinker) == {(0, 1), (1, 1), (2, 1)}, step(step(blinker)) == blinker)
acorn = {(0, 1), (1, 3), (2, 0), (2, 1), (2, 4), (2, 5), (2, 6)}
s = acorn
for _ in range(100):
    s = step(s)
print(len(s), min(s), max(s))
