import sys
print("exit code 258 wraps modulo 256")
sys.exit(258)
