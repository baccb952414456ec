def risky():
    try:
        return {}["a"]
    except KeyError:
        return [][0]
print("calling risky")
risky()
