def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
def primes_gen():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
g = primes_gen()
print([next(g) for _ in range(20)])
def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in [360, 97, 1001, 2 ** 20 - 1, 600851475143]:
    print(n, factorize(n))
twin = [(p, p + 2) for p in primes if p + 2 in set(primes)][:8]
print(twin)
print(sum(primes) % 1000000007)
