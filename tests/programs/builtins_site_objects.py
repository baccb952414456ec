# What site adds to builtins: exit, quit, help, copyright, credits, license.
import builtins
print(repr(exit))
print(repr(quit))
print(repr(help))
print(type(exit).__name__, type(exit).__module__, type(help).__name__, type(license).__name__)
print(callable(exit), callable(help), callable(copyright), callable(credits), callable(license))
print(all(name in dir(builtins) for name in ["exit", "quit", "help", "copyright", "credits", "license"]))
try:
    quit("bye")
except SystemExit as e:
    print("SystemExit:", e.code)
print("exiting with 3")
exit(3)
print("not reached")
