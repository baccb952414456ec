import sys
import traceback
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(traceback.format_exception_only(type(e), e))
try:
    {}["missing"]
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), tb.tb_lineno)
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print(lines[-1])
    print(len([l for l in lines if l.strip().startswith("File")]))
    print(sum(1 for l in lines if l.strip().endswith(", in f")))
e = ValueError("no tb")
print(e.__traceback__)
try:
    raise e
except ValueError:
    print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
def gen():
    yield 1
    raise KeyError("from gen")
try:
    list(gen())
except KeyError as err:
    print([fr.name for fr in traceback.extract_tb(err.__traceback__)])
print(traceback.format_exception_only(SyntaxError("bad syntax", ("<s>", 1, 5, "x = = 1\n", 1, 6))))
