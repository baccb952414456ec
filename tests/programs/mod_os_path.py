import os
import os.path as p
print(p.join("a", "b", "c.txt"), p.join("/root", "x"), p.join("a", "/abs"), p.join("a", ""))
print(p.split("/a/b/c.txt"), p.splitext("archive.tar.gz"), p.splitext(".hidden"), p.basename("/x/y/"), p.dirname("/x/y/z"))
print(p.normpath("a//b/../c/./d"), p.normpath("/../x"), p.isabs("/a"), p.isabs("a"), p.commonprefix(["abc", "abd"]), p.commonpath(["/a/b/c", "/a/b/d"]))
print(p.relpath("/a/b/c", "/a"), p.splitdrive("/x/y"), p.normcase("ABC"))
print(os.sep, os.cursep if hasattr(os, "cursep") else os.curdir, os.pardir, os.linesep == "\n", os.name)
print(p.exists("mod_os_path.py"), p.isfile("mod_os_path.py"), p.isdir("support"), p.exists("no_such_file.xyz"))
print(sorted(f for f in os.listdir("support") if f.endswith(".py"))[:3])
print(p.basename(os.getcwd()))
print(p.splitext("noext"), p.basename(""), p.dirname("file"))
print(os.fspath("x"), os.fsencode("é"), os.fsdecode(b"abc"))
print(os.environ.get("PYTHONHASHSEED"), "PATH" in os.environ)
print(p.expanduser("no_tilde"), p.join(*["p", "q"]))
