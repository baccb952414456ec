import atexit
def goodbye(name):
    print("goodbye from", name)
atexit.register(goodbye, "first registered")
atexit.register(goodbye, "second registered")
@atexit.register
def decorated():
    print("decorated handler")
def removed():
    print("never printed")
atexit.register(removed)
atexit.unregister(removed)
print("main body done")
