def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(fact(20), fact(100) % 1000003)
print([fib(i) for i in range(20)], fib(22))
moves = []
hanoi(10, "A", "C", "B", moves)
print(len(moves), moves[:3], moves[-1])
print(ackermann(2, 3), ackermann(3, 3))
print(is_even(500), is_odd(777))
print(power_set([1, 2, 3]))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
