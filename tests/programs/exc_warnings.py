import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("runtime", RuntimeWarning, stacklevel=2)
for w in caught:
    print(w.category.__name__, str(w.message))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once")
print(len(caught))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
