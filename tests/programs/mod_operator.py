import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-3), op.abs(-2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([1]))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 2), op.ge(1, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1), op.concat([1], [2]))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.index(5))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": "v"}))
class O:
    def __init__(self):
        self.a = 1
        self.child = self
    def m(self, x, y=0):
        return x + y
o = O()
print(op.attrgetter("a")(o), op.attrgetter("child.child.a")(o), op.attrgetter("a", "a")(o))
print(op.methodcaller("m", 2, y=3)(o), op.methodcaller("upper")("abc"))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=op.itemgetter(1)), max(data, key=op.itemgetter(0)))
x = [1]
print(op.iadd(x, [2]), x, op.imul("ab", 2), op.matmul if hasattr(op, "matmul") else None)
print(op.length_hint([1, 2, 3]), op.call(len, "four"))
