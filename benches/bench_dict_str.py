# Dict and str workloads: word counting over generated text, splitting,
# joining, dict iteration/update and membership tests.

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda "
         "mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(nlines, seed):
    lines = []
    nw = len(WORDS)
    for i in range(nlines):
        parts = []
        for j in range(12):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[seed % nw]
            if seed & 256:
                w = w + str(seed % 17)
            parts.append(w)
        lines.append(" ".join(parts))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    text = make_text(30000, 42)
    total = {}
    for rnd in range(12):
        counts = count_words(text)
        for k, v in counts.items():
            if k in total:
                total[k] += v
            else:
                total[k] = v
    # index: first letter -> list of words
    index = {}
    for w in total:
        first = w[0]
        index.setdefault(first, []).append(w)
    keys = sorted(total)
    joined = ",".join(keys)
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    # dict of tuple keys
    grid = {}
    for i in range(400):
        for j in range(400):
            grid[(i, j)] = i * j
    s = 0
    for i in range(400):
        for j in range(400):
            s += grid[(j, i)]
    # string transforms
    up = text.upper().replace("A", "4").count("4")
    checksum = 0
    for ch in joined:
        checksum = (checksum * 31 + ord(ch)) & 0xFFFFFFFF
    print("unique", len(total), "letters", len(index))
    print("top", top)
    print("grid", s, "up", up)
    print("checksum", checksum)


main()
