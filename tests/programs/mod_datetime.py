import datetime as dt
d = dt.date(2024, 2, 28)
print(d, repr(d), d + dt.timedelta(days=1), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%A %d %B %Y"), d.isoformat(), dt.date.fromisoformat("2023-12-31"), d.replace(year=2023), d.toordinal())
t = dt.datetime(2024, 3, 10, 14, 30, 15, 123456)
print(t, t.isoformat(), t.date(), t.time(), t.timestamp() if False else "skip", t.strftime("%H:%M:%S.%f"))
print(t - dt.datetime(2024, 1, 1), (t - dt.datetime(2024, 1, 1)).total_seconds())
td = dt.timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1)
print(td, td.days, td.seconds, td.microseconds, repr(td), -td, td * 2, td / 2, td // dt.timedelta(hours=1))
print(dt.timedelta(0), dt.timedelta(milliseconds=1), dt.timedelta(weeks=1), abs(dt.timedelta(days=-1)))
utc = dt.timezone.utc
a = dt.datetime(2024, 1, 1, 12, tzinfo=utc)
b = a.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30)))
print(a, b, a == b, b.utcoffset(), b.tzname(), a.timestamp())
print(dt.datetime.fromtimestamp(0, utc), dt.datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(dt.datetime.strptime("2021-07-04 09:05", "%Y-%m-%d %H:%M"), dt.time(23, 59, 59).isoformat(), dt.time(1, 2).replace(minute=30))
print(dt.date(2024, 1, 1) < dt.date(2024, 1, 2), max(dt.date(2020, 5, 5), dt.date(2021, 1, 1)), dt.date.min, dt.date.max)
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    dt.datetime(2024, 1, 1) - a
except TypeError as e:
    print("TypeError:", e)
print(f"{t:%Y/%m/%d}", format(d, "%d.%m.%y"), str(dt.timedelta(seconds=-1)))
