items = [1, 2, 3]
print("sum so far", sum(items))
print(items + "4")
