def parse(s):
    return validate(s.strip())
def validate(s):
    if not s.isdigit():
        raise ValueError(f"not a number: {s!r}")
    return int(s)
def main():
    print(parse(" 12 "))
    print(parse("x1"))
main()
