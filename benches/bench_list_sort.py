# Sorting: list.sort / sorted on ints, floats, strings, tuples, with key=
# functions, reverse=, and stability checks; plus list building.


def lcg_list(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % mod)
    return out


def main():
    ints = lcg_list(300000, 7, 1000000)
    a = sorted(ints)
    b = sorted(ints, reverse=True)
    check = a[0] + a[-1] + a[len(a) // 2] + b[1000]

    tuples = [(x % 100, x // 100 % 1000, i) for i, x in enumerate(ints[:100000])]
    tuples.sort()
    check += tuples[0][2] + tuples[-1][2] + tuples[50000][2]

    words = [str(x) for x in ints[:80000]]
    ws = sorted(words)
    check += int(ws[0]) + int(ws[-1])
    by_len = sorted(words, key=len)
    check += int(by_len[0]) + int(by_len[-1])

    recs = [{"id": i, "score": x % 997, "name": "n%d" % (x % 311)}
            for i, x in enumerate(ints[:60000])]
    recs.sort(key=lambda r: (r["score"], r["name"]))
    check += recs[0]["id"] + recs[-1]["id"]
    # stability: sort by name, then by score; equal scores keep name order
    recs.sort(key=lambda r: r["name"])
    recs.sort(key=lambda r: r["score"])
    ok = all(recs[i]["score"] < recs[i + 1]["score"] or
             recs[i]["name"] <= recs[i + 1]["name"]
             for i in range(len(recs) - 1))

    floats = [x / 7.0 for x in ints[:100000]]
    floats.sort(key=lambda f: -f)
    check += int(floats[0]) + int(floats[-1])

    # many small sorts
    small = 0
    for i in range(0, 300000, 6):
        chunk = ints[i:i + 12]
        chunk.sort()
        small += chunk[0] + chunk[-1]
    print("check", check)
    print("stable", ok, "small", small)


main()
