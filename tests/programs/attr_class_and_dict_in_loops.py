# `obj.__class__` and `obj.__dict__` read and written at the same code site
# many times: the attribute cache must leave them to the objects.
class A:
    pass


class B:
    pass


objs = [A(), A(), B()]
for o in objs:
    print(type(o).__name__, o.__class__.__name__, o.__dict__)
for v in [1, None, "x"]:
    try:
        objs[0].__class__ = v
    except TypeError as e:
        print("TypeError", e)
try:
    del objs[0].__class__
except TypeError as e:
    print("TypeError", e)
for o in objs:
    o.attr = 1
    print(o.__dict__, vars(o), "__class__" in o.__dict__)
for i, o in enumerate(objs):
    o.__dict__["k"] = i
    print(o.k, o.__dict__)
try:
    for o in objs:
        o.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
