# String building: f-strings with format specs, str methods (strip,
# split, replace, find, upper/lower, startswith), concatenation, join.


def render_row(i, name, score):
    return f"{i:06d}|{name:<10}|{score:>8.3f}|{i:#x}|{name!r}"


def main():
    names = ["ann", "bob", "cyd", "dee", "eve", "fay", "gus", "hal"]
    rows = []
    for i in range(280000):
        rows.append(render_row(i, names[i % 8], i / 7.0))
    doc = "\n".join(rows)
    total = len(doc)

    upper = 0
    hexes = 0
    for row in rows:
        parts = row.split("|")
        if parts[1].strip().startswith(("a", "e")):
            upper += len(parts[1].upper())
        hexes += int(parts[3], 16) & 0xFF
        if row.find("bob") >= 0:
            upper += 1

    s = ""
    for i in range(560000):
        s += chr(97 + i % 26)
    cnt = s.count("abc")

    pieces = []
    for i in range(420000):
        w = "word%d" % i
        pieces.append(w.replace("or", "OR").lower().title().center(12, "*"))
    joined = "".join(pieces)

    h = 0
    for ch in joined[:200000]:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    print("doc", total, rows[123456])
    print("upper", upper, "hexes", hexes, "cnt", cnt)
    print("joined", len(joined), h)


main()
