# Recursive function calls: naive Fibonacci plus the Takeuchi (tak)
# function.  Measures call/return overhead, argument passing and int ops.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def main():
    total = 0
    for n in range(20, 33):
        total += fib(n)
    t = tak(22, 16, 8)
    print("fib_sum", total)
    print("tak", t)


main()
