def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print(safe_int("10"), safe_int("ten"), safe_int("-3"))
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return "missing"
    finally:
        print("looked up", k)
print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
results = []
for x in [2, 0, "a", 4]:
    try:
        results.append(10 / x)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append("type: " + str(e))
print(results)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry")
        print("succeeded after", count)
        break
    except RuntimeError as e:
        print("attempt", count, "failed:", e)
