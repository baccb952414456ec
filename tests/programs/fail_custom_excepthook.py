import sys
def hook(etype, value, tb):
    print("custom hook:", etype.__name__, value)
sys.excepthook = hook
print("before error")
raise ValueError("handled by the hook")
