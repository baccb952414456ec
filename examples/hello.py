"""A first program for ferropy."""


def greet(name):
    return f"Hello, {name}!"


for who in ["world", "ferropy"]:
    print(greet(who))
print(sum(i * i for i in range(10)), 2 ** 100)
