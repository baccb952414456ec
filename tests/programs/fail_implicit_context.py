try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    raise RuntimeError("failed while handling")
