def level(n):
    try:
        print("enter", n)
        if n == 3:
            raise ValueError("at level 3")
        level(n + 1)
        print("not printed", n)
    finally:
        print("finally", n)
try:
    level(0)
except ValueError as e:
    print("caught", e)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter cm", self.name)
    def __exit__(self, *exc):
        print("exit cm", self.name, exc[0].__name__ if exc[0] else None)
def with_nesting():
    with CM("outer"):
        with CM("inner"):
            raise KeyError("boom")
try:
    with_nesting()
except KeyError:
    print("KeyError propagated through both")
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
def consumer():
    for v in gen_cleanup():
        print("consumed", v)
        raise RuntimeError("consumer failed")
try:
    consumer()
except RuntimeError as e:
    print("caught", e)
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        deep(n - 1)
    except KeyError:
        print("never")
try:
    deep(50)
except IndexError as e:
    import traceback
    print("frames:", len(traceback.extract_tb(e.__traceback__)))
