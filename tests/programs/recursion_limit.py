import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_depth():
    depth = 0
    def go():
        nonlocal depth
        depth += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return depth
d = count_depth()
print(900 < d <= 1000)
sys.setrecursionlimit(200)
d2 = count_depth()
print(100 < d2 <= 200)
sys.setrecursionlimit(5000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(4000))
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError in __repr__:", e)
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError as e:
    print("RecursionError in __getattr__:", e)
try:
    infinite(0)
except RecursionError:
    print("recovered; can recurse again:", deep(500))
def recurse_in_except(n):
    try:
        return recurse_in_except(n + 1)
    except RecursionError:
        return n
print(recurse_in_except(0) > 500)
