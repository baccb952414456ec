from collections import deque
graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F", "G"], "F": ["H"], "G": ["H"], "H": [],
}
def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
def shortest_path(a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        n = q.popleft()
        if n == b:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for m in graph[n]:
            if m not in prev:
                prev[m] = n
                q.append(m)
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    q = deque(sorted(n for n in graph if indeg[n] == 0))
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                q.append(m)
    return out
print(bfs("A"), dfs("A"), shortest_path("A", "H"), topo())
import heapq
weighted = {"s": {"a": 7, "b": 2}, "a": {"t": 1}, "b": {"a": 3, "t": 8}, "t": {}}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist.get(n, float("inf")):
            continue
        for m, w in weighted[n].items():
            if d + w < dist.get(m, float("inf")):
                dist[m] = d + w
                heapq.heappush(pq, (d + w, m))
    return dist
print(sorted(dijkstra("s").items()))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#E"]
def maze():
    R, C = len(grid), len(grid[0])
    q = deque([(0, 0, 0)])
    seen = {(0, 0)}
    while q:
        r, c, d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append((nr, nc, d + 1))
print(maze())
