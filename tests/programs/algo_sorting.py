def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])
def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = mergesort(xs[:mid]), mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:]); out.extend(b[j:])
    return out
def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        k = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > k:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = k
    return xs
def heapsort(xs):
    xs = list(xs)
    n = len(xs)
    def sift(i, n):
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and xs[l] > xs[m]: m = l
            if r < n and xs[r] > xs[m]: m = r
            if m == i: return
            xs[i], xs[m] = xs[m], xs[i]
            i = m
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        xs[0], xs[end] = xs[end], xs[0]
        sift(0, end)
    return xs
seed = 12345
data = []
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000)
expected = sorted(data)
for fn in [quicksort, mergesort, insertion, heapsort]:
    print(fn.__name__, fn(data) == expected, fn(data)[:8])
print(quicksort(["pear", "apple", "fig"]), mergesort([3.5, -1, 2]), heapsort([]), insertion([1]))
