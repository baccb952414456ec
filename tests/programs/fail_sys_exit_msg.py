import sys
print("fatal problem ahead")
sys.exit("error: something went wrong")
