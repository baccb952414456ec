# Builtin iterator types: names, dict view dunders, reversed dicts, length hints.
for x in [iter([]), iter(()), iter(""), iter(range(3)), iter({}), iter(set()), reversed([]), iter(b""), iter(bytearray()), {}.keys().__iter__(), {}.values().__iter__(), {}.items().__iter__(), reversed({}), iter(lambda: 1, 2), enumerate([]), zip(), map(len, []), filter(None, [])]:
    print(type(x).__name__, type(x).__qualname__, repr(x)[:20].split(" object")[0])
d = {1: 2, 3: 4}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())), list(reversed([1, 2])))
print(d.keys().__len__(), list(d.items().__iter__()), d.keys().__contains__(1), hasattr(d.values(), "__contains__"))
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__() if hasattr(it, "__length_hint__") else "no hint", list(it))
print(type(iter([])) is type(iter([5])), type(iter([])) is type(iter(())))
