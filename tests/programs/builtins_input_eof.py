import sys
print("before input")
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print("EOFError:", e)
try:
    line = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
print(sys.stdin.read(), repr(sys.stdin.readline()))
print(sys.stdin.isatty(), sys.stdout.isatty())
