for i in range(200):
    print("line", i, "x" * 50)
print("partial line without newline", end="")
raise RuntimeError("after lots of output")
