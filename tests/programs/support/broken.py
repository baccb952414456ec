print("broken: partially executed")
PARTIAL = True
raise ValueError("broken module fails on import")
