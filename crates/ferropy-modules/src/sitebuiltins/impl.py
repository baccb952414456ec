# The objects that `site` adds to builtins: exit, quit, help, copyright,
# credits and license (what CPython's _sitebuiltins provides).
import sys


class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        # Like CPython: close stdin so that an enclosing shell does not
        # read what is left of it, then leave.
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Printer:
    """interactive prompt objects for printing the license text, a list of
    contributors and the copyright notice."""

    def __init__(self, name, text):
        self.__name = name
        self.__text = text

    def __repr__(self):
        return self.__text

    def __call__(self):
        print(self.__text)


class _Helper:
    """Define the builtin 'help'.

    This is a wrapper around pydoc.help that provides a helpful message
    when 'help' is typed at the Python interactive prompt.

    Calling help() at the Python prompt starts an interactive help session.
    Calling help(thing) prints help for the python object 'thing'.
    """

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)
