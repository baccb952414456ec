import atexit
atexit.register(lambda: print("atexit still runs"))
print("main")
raise TypeError("uncaught, but atexit handlers run")
