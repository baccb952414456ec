import sys
print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
print(int("9" * 4300) % 1000)
print(hex(big)[:10], len(hex(big)))
sys.set_int_max_str_digits(10000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(640)
try:
    repr(10 ** 700)
except ValueError as e:
    print("ValueError:", e)
try:
    f"{10 ** 700}"
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 640) % 10)
