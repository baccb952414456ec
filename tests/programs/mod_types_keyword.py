import keyword
print(len(keyword.kwlist), keyword.kwlist[:6], keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("print"))
import builtins
names = [n for n in dir(builtins) if not n.startswith("_")]
print(len([n for n in names if n[0].isupper()]) > 50, "print" in names, "exec" in names)
import string
print(string.ascii_lowercase)
import fnmatch
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.txt"))
import difflib
a = ["one", "two", "three", "four"]
b = ["one", "2", "three", "four", "five"]
for line in difflib.unified_diff(a, b, "a", "b", lineterm=""):
    print(line)
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
import shlex
print(shlex.split('cmd --flag "quoted arg" \'single\''), shlex.quote("it's"), shlex.join(["a b", "c"]))
