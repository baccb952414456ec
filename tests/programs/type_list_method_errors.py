# list methods: argument-count and receiver errors worded as CPython's; list.__reversed__.
for s in ['[].append()','[].extend()','[].insert(1)','[].pop(1,2)','[].remove()','[].index()','[].count()','[].copy(1)','[].clear(1)','[].reverse(1)', '[].sort(1)', '[].append(x=1)', '[].pop(index=0)', 'list.append()', '[].__reversed__(1)']:
    try:
        eval(s)
    except TypeError as e:
        print(s, e)
print(list(reversed([1,2,3])), list([1,2].__reversed__()), type(reversed([1])).__name__)
class L(list): pass
print(list(reversed(L([1,2]))), type(reversed(L([1]))).__name__)
try: list.append(1, 2)
except TypeError as e: print(e)
