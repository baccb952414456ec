import support.helper as h
def main():
    print("main() called because __name__ is", repr(__name__))
    return 0
print("helper module __name__:", h.__name__)
if __name__ == "__main__":
    main()
import __main__
print(__main__.main is main, hasattr(__main__, "h"))
