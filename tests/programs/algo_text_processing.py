text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(top)
print(len(words), len(freq), max(words, key=len))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {len(line):3} chars, {len(line.split()):2} words, first={line.split()[0]!r}")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(is_anagram("Dormitory", "Dirty room"), is_anagram("abc", "abd"))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print("".join(c for c in "A man, a plan, a canal: Panama".lower() if c.isalnum()) == "".join(c for c in "A man, a plan, a canal: Panama".lower() if c.isalnum())[::-1])
