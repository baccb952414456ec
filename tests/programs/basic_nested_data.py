data = {
    "users": [
        {"name": "ann", "age": 31, "tags": ["admin", "dev"]},
        {"name": "bob", "age": 25, "tags": []},
        {"name": "cy", "age": 42, "tags": ["dev"]},
    ]
}
for u in data["users"]:
    print(u["name"], u["age"], ",".join(u["tags"]) or "-")
ages = [u["age"] for u in data["users"]]
print(ages, sum(ages) / len(ages))
devs = [u["name"] for u in data["users"] if "dev" in u["tags"]]
print(devs)
by_age = sorted(data["users"], key=lambda u: u["age"], reverse=True)
print([u["name"] for u in by_age])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[1] for row in grid])
transposed = list(map(list, zip(*grid)))
print(transposed)
flat = [x for row in grid for x in row]
print(flat)
index = {}
for u in data["users"]:
    for t in u["tags"]:
        index.setdefault(t, []).append(u["name"])
print(index)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)
print(data["users"][2]["tags"][0][1])
