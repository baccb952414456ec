import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.txt")
    with open(path, "w") as f:
        n = f.write("line one\nline two\n")
        f.write("línea tres 🐍\n")
    print("wrote", n)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(path) as f:
        print(repr(f.readline()), repr(f.readline(4)), f.readlines())
    with open(path, "a") as f:
        f.write("appended\n")
    with open(path, "rb") as f:
        data = f.read()
        print(len(data), data[:9], data.count(b"\n"))
    with open(path, "rb") as f:
        f.seek(5)
        print(f.read(3), f.tell())
        f.seek(-9, 2)
        print(f.read())
    bpath = os.path.join(d, "bin.dat")
    with open(bpath, "wb") as f:
        f.write(bytes(range(256)))
    print(os.path.getsize(bpath))
    with open(bpath, "r+b") as f:
        f.write(b"XY")
        f.seek(0)
        print(f.read(4))
    with open(path, "x" if False else "w", newline="") as f:
        f.write("a\r\nb\n")
    with open(path, newline=None) as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        print(repr(f.read()))
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        open(path, "x")
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    f = open(path)
    f.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    try:
        open(path, "rw")
    except ValueError as e:
        print("ValueError:", e)
    print(sorted(os.listdir(d)))
    os.remove(bpath)
    print(sorted(os.listdir(d)), os.path.exists(bpath))
