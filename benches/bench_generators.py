# Generators: generator functions, yield from, generator expressions,
# send() and chained lazy pipelines.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


def tree_walk(depth):
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree_walk(depth - 1)
    yield from tree_walk(depth - 1)


def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v


def main():
    s1 = 0
    for x in evens(squares(count_up(2800000))):
        s1 += x
    s2 = sum(x * 3 for x in range(2000000) if x & 1)
    s3 = 0
    for v in chain(count_up(50000), squares(count_up(50000)), tree_walk(17)):
        s3 += v
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(1200000):
        last = acc.send(i % 13)
    acc.close()
    mx = max(len(str(x)) for x in count_up(500000))
    print("pipeline", s1)
    print("genexpr", s2)
    print("chain", s3)
    print("send", last, "max", mx)


main()
