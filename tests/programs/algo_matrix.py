def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def matpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
print(matpow([[1, 1], [1, 0]], 90)[0][1])
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det(identity(5)))
def transpose(m):
    return [list(r) for r in zip(*m)]
print(transpose(a))
from fractions import Fraction
def solve(m, v):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(y)] for row, y in zip(m, v)]
    for col in range(n):
        piv = next(r for r in range(col, n) if aug[r][col] != 0)
        aug[col], aug[piv] = aug[piv], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [aug[i][n] / aug[i][i] for i in range(n)]
print([str(x) for x in solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])])
fl = [[0.1 * (i + j) for j in range(3)] for i in range(3)]
print(matmul(fl, fl))
