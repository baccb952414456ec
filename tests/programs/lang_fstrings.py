name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n:5d} {n:<5}| {n:^7}| {n:05} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:.3E} {pi:g} {pi:%} {pi:.1%}")
print(f"{1234567.891:,.2f} {1234567:_} {1234567:,}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{name=} {n = } {pi=:.2f} {n*2=}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + name.upper()}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|")
print(f"{'fill':*^12} {n:+d} {-n:+d} {n: d}")
d = {"key": "value"}
print(f"{d['key']} {d["key"]}")
items = ["a", "b"]
print(f"{', '.join(items)} {len(items)}")
print(f"{3 + 4} {[x * 2 for x in range(3)]} {(lambda: 'lam')()}")
print(f"multi {n
    + 1} line")
print(f"""triple {name}
quoted""")
print(rf"raw \n {name}", fr"\t{n}")
print(f"{n:{'>'}{10}}")
print(f"{None} {True} {[1, 'a']} {(1,)}")
print(f"{f'{f"{n}"}'}")
print(f"{n!r:>6}")
import datetime
print(f"{datetime.date(2024, 1, 5):%Y/%m/%d}")
print(f"{-0.0:.1f} {float('inf'):f} {float('nan'):F}")
print(f'{"quotes"}' f" {'concat'}")
