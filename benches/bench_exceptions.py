# Exceptions: raising and catching in loops, custom exception classes,
# try/finally, exception chaining via raise-from, and else clauses.


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    v = d[k]
    if v < 0:
        raise Invalid(v)
    return v


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)


def main():
    d = {i: (i if i % 5 else -i) for i in range(0, 200, 2)}
    found = missing = invalid = 0
    for rnd in range(3600):
        for k in range(200):
            try:
                found += lookup(d, k)
            except NotFound:
                missing += 1
            except Invalid as e:
                invalid += e.code
    builtin = 0
    for i in range(600000):
        try:
            builtin += 100 // (i % 7)
        except ZeroDivisionError:
            builtin -= 1
        try:
            x = [1, 2, 3][i % 5]
        except IndexError:
            x = 0
        builtin += x
    fin = 0
    for i in range(480000):
        try:
            try:
                if i & 1:
                    raise KeyError(i)
            finally:
                fin += 1
        except KeyError as e:
            fin += e.args[0] & 3
        else:
            fin += 2
    chained = 0
    for i in range(120000):
        try:
            try:
                deep(5)
            except ValueError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            if isinstance(e.__cause__, ValueError):
                chained += 1
    print("lookup", found, missing, invalid)
    print("builtin", builtin)
    print("finally", fin, "chained", chained)


main()
