# str + str in the fast path, and the operands it leaves to __add__/__radd__.
parts = ["ab", "", "héllo", "€", "x" * 30]
out = []
for a in parts:
    for b in parts:
        s = a + b
        out.append((len(s), s[:3], s[-2:]))
print(out)


class Tagged(str):
    def __add__(self, other):
        return "Tagged(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "R(" + other + str(self) + ")"


print(Tagged("a") + "b", "c" + Tagged("d"), Tagged("e") + Tagged("f"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
w = ""
for i in range(50):
    w = w + str(i % 10)
print(w, len(w))
