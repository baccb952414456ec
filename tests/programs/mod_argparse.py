import argparse
p = argparse.ArgumentParser(prog="tool", description="demo")
p.add_argument("files", nargs="*")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("-n", type=int, default=3)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append")
ns = p.parse_args(["a.txt", "b.txt", "-v", "-n", "7", "--tag", "x", "--tag", "y"])
print(ns.files, ns.verbose, ns.n, ns.mode, ns.tag)
print(vars(p.parse_args([])))
print(p.format_usage().strip())
try:
    p.parse_args(["--mode", "medium"])
except SystemExit as e:
    print("SystemExit", e.code)
ns, rest = p.parse_known_args(["--unknown", "f"])
print(ns.files, rest)
