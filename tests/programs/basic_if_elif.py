def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
x = 7
if x % 2:
    print("odd")
if not x % 2:
    print("even")
else:
    print("not even")
if x > 5: print("one-line if")
if []:
    print("empty list is true?")
elif {}:
    print("empty dict?")
else:
    print("both falsy")
y = "yes" if x > 3 else "no"
print(y)
z = "a" if x < 0 else "b" if x < 5 else "c"
print(z)
if (n := len("hello")) > 3:
    print("long", n)
if x == 7 and y == "yes" or False:
    print("compound")
