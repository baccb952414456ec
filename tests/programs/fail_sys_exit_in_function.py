import sys
def main():
    try:
        print("in main")
        sys.exit(7)
    finally:
        print("finally runs before exit")
main()
