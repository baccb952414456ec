class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
c = Config()
for name in ["verbos", "timeot", "zzz"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print(f"AttributeError: {e} | name={e.name!r} obj is c: {e.obj is c}")
try:
    c.verbos
except AttributeError as e:
    print(e.name, e.obj is c)
import traceback
def last_line(fn):
    try:
        fn()
    except Exception as e:
        return traceback.format_exception_only(e)[-1].rstrip()
print(last_line(lambda: c.verbos))
print(last_line(lambda: [].apend(1)))
value_one = 1
print(last_line(lambda: value_onee))
print(last_line(lambda: lenn([])))
print(last_line(lambda: __import__("math").sqr(4)))
print(last_line(lambda: undefined_totally_unlike_anything))
