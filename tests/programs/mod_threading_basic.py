import threading
results = [0] * 4
def work(i):
    total = 0
    for k in range(10000):
        total += k * i
    results[i] = total
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
counter = 0
lock = threading.Lock()
def inc():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append("event seen")
t = threading.Thread(target=waiter)
t.start()
out.append("setting")
ev.set()
t.join()
print(out)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), t.is_alive())
local = threading.local()
local.v = "main"
def set_local():
    local.v = "thread"
    out.append(local.v)
t = threading.Thread(target=set_local)
t.start(); t.join()
print(local.v, out[-1])
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
import queue
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
pt = threading.Thread(target=producer)
pt.start()
got = []
while (item := q.get()) is not None:
    got.append(item)
pt.join()
print(got)
