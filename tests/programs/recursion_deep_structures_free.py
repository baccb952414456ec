# Freeing very long chains and deeply nested containers must not overflow
# the Rust stack (CPython's "trashcan"); each is built, then dropped.
class Link:
    def __init__(self, nxt):
        self.next = nxt
x = None
for i in range(300000):
    x = Link(x)
del x
print("chain freed")
y = None
for i in range(1000000):
    y = [y]
del y
print("nested lists freed")
z = ()
for i in range(500000):
    z = (z, i)
print(len(z))
del z
d = {}
for i in range(300000):
    d = {"inner": d}
d = None
print("nested dicts freed")
