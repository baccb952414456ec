import sys
print(sys.flags)
print(sys.flags.hash_randomization, sys.flags.no_site, sys.flags.safe_path)
