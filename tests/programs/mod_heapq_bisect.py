import heapq
import bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4, 1, 5]), heapq.heappushpop([1, 5], 3))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 3, 3, 5, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 10), bisect.bisect_left(a, 0))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a, bisect.bisect_left(a, 5, lo=0, hi=3), bisect.bisect([("a", 1), ("c", 3)], ("b",)))
print(bisect.bisect_left([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
