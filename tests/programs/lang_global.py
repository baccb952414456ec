counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
x = "module"
def reads():
    return x
def shadows():
    x = "local"
    return x
print(reads(), shadows(), x)
def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
unbound_local()
def del_global():
    global created
    del created
del_global()
print("created" in globals())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def use_builtin():
    return len("abc")
len = lambda s: 42
print(use_builtin())
del len
print(use_builtin())
class K:
    y = x
    def m(self):
        return x
print(K.y, K().m())
