# Many small objects: building and traversing a binary search tree and
# linked lists of small class instances, then dropping them.


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Cell:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def inorder_sum(node):
    total = 0
    stack = []
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        total += node.key
        node = node.right
    return total


def make_full_tree(depth):
    if depth == 0:
        return None
    n = Node(depth)
    n.left = make_full_tree(depth - 1)
    n.right = make_full_tree(depth - 1)
    return n


def count(node):
    if node is None:
        return 0
    return 1 + count(node.left) + count(node.right)


def main():
    seed = 99
    root = None
    for _ in range(150000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        root = insert(root, seed % 1000000)
    h = height(root)
    s = inorder_sum(root)
    root = None

    built = 0
    for d in range(4, 19, 3):
        for _ in range(3):
            built += count(make_full_tree(d))

    head = None
    for i in range(500000):
        head = Cell(i, head)
    ls = 0
    node = head
    while node is not None:
        ls += node.value
        node = node.next
    head = None

    pairs = [(i, [i]) for i in range(300000)]
    ps = sum(p[1][0] for p in pairs)
    print("bst", h, s)
    print("full", built)
    print("list", ls, "pairs", ps)


main()
