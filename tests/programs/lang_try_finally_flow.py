def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally overrides"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return"
print(f4())
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            print("loop finally", x)
print(f5())
def f6():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer except", repr(e))
        return "handled"
    finally:
        print("outer finally")
print(f6())
def f7():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
    finally:
        print("f7 finally")
try:
    f7()
except ValueError as e:
    print(e, type(e.__context__).__name__)
def f8():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(f8())
def f9():
    result = []
    try:
        result.append("try")
        return result
    finally:
        result.append("finally")
print(f9())
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for v in gen():
    print("v", v)
    break
print("after loop")
