def solve(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, d1, d2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in d1 or (row + c) in d2:
                continue
            cols[row] = c
            used_cols.add(c); d1.add(row - c); d2.add(row + c)
            place(row + 1, used_cols, d1, d2)
            used_cols.remove(c); d1.remove(row - c); d2.remove(row + c)
    place(0, set(), set(), set())
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(8)))
