import csv
import io
text = 'name,age,city\nann,31,"New York, NY"\nbob,25,"He said ""hi"""\n'
rows = list(csv.reader(io.StringIO(text)))
print(rows)
for rec in csv.DictReader(io.StringIO(text)):
    print(dict(rec))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'q"uote', 1, 2.5, None])
w.writerows([[1, 2], ["x\ny", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["k", "v"], quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerow({"k": "one", "v": 1})
print(repr(out.getvalue()))
print(list(csv.reader(["a;b;c"], delimiter=";")), list(csv.reader(["'x y',z"], quotechar="'")))
print(list(csv.reader(io.StringIO("a\tb\n1\t2\n"), dialect="excel-tab")))
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
