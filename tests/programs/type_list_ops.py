a = [1, 2, 3]
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a > [1, 2], [] < [0], [1, [2]] == [1, [2]])
print(len(a), min(a), max(a), sum(a), 2 in a, a.__contains__(5))
print(a + [4], a * 2, 2 * a, list(reversed(a)), a[::-1] is not a)
it = iter(a)
a.append(4)
print(list(it))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow is nested, shallow[0] is nested[0])
import copy
deep = copy.deepcopy(nested)
deep[0].append(100)
print(nested, deep)
x = [0]
x *= 3
print(x)
y = [[]] * 3
y[0].append(1)
print(y)
print(list(map(sum, [[1, 2], [3, 4]])), list(zip(*[[1, 2], [3, 4]])))
stack = []
for i in range(3):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
print([1, 2, 3].__len__(), [1].__getitem__(0), [].__class__.__name__)
print(repr([]), repr([None, "s", 1.0, [], ()]), str([1, "a"]))
lst = [1, 2, 3, 4, 5, 6]
for v in lst[:]:
    if v % 2 == 0:
        lst.remove(v)
print(lst)
print([i for i in range(3)] == list(range(3)), list(range(0)) == [])
print(sum([[1], [2]], []), [x for x in [[1, 2], [3]] for x in x])
