café = "coffee"
naïve = 1
π = 3.14159
数 = 42
Δx = 0.5
print(café, naïve, π, 数, Δx)
def größe(wert):
    return wert * 2
print(größe(21))
class Ñandú:
    ñ = "eñe"
print(Ñandú.ñ, Ñandú.__name__)
ﬁ = "ligature normalized"
print(fi)
ℌ = "fraktur H"
print(H)
x = {"ключ": "значение"}
print(x["ключ"], "ключ".upper(), len("значение"))
print("é" == "e\u0301", len("e\u0301"), "ǅ".lower())
print(sorted(["b", "a", "é", "z", "É"]))
