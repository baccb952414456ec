#!/usr/bin/env python3
"""Benchmark runner: compare ferropy against CPython 3.13.

Runs every benches/bench_*.py (or just those named on the command line) on
both interpreters, N times each, keeps the best wall time and the peak RSS,
checks that both interpreters print the same stdout, and prints a table plus
the geometric mean of the ferropy/cpython time and memory ratios.

Runs under any python3 >= 3.8, stdlib only.

Peak RSS measurement
--------------------
The peak RSS comes from os.wait4()'s ru_maxrss.  On Linux that value has a
floor: when the child exec()s, the kernel folds the high-water mark of the
pre-exec address space (a vfork/fork copy of *this* runner) into the child's
maxrss.  So ru_maxrss = max(runner's own peak RSS, child's real peak).  If the
reported value is above the runner's own peak RSS it is exact; otherwise the
runner falls back to the child's VmHWM sampled from /proc/PID/status while it
runs (the post-exec address space has a clean high-water mark).  See
README.md.
"""

import argparse
import glob
import json
import math
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_FERROPY = os.path.join(REPO_ROOT, "target", "release", "ferropy")

# ru_maxrss is in KiB on Linux and in bytes on macOS.
RSS_UNIT_BYTES = 1 if sys.platform == "darwin" else 1024


def default_cpython():
    root = None
    try:
        out = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=30)
        if out.returncode == 0:
            root = out.stdout.decode().strip() or None
    except (OSError, subprocess.SubprocessError):
        root = None
    if root is None:
        root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    return os.path.join(root, "versions", "3.13.0", "bin", "python3")


def discover_benches():
    paths = sorted(glob.glob(os.path.join(BENCH_DIR, "bench_*.py")))
    return [os.path.basename(p)[len("bench_"):-len(".py")] for p in paths]


def bench_path(name):
    base = name
    if base.endswith(".py"):
        base = base[:-3]
    base = os.path.basename(base)
    if base.startswith("bench_"):
        base = base[len("bench_"):]
    return base, os.path.join(BENCH_DIR, "bench_" + base + ".py")


def self_maxrss_kib():
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r * RSS_UNIT_BYTES / 1024.0


def read_vmhwm_kib(pid):
    """VmHWM of a live process, in KiB, or None."""
    try:
        with open("/proc/%d/status" % pid, "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return float(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


class RunResult(object):
    def __init__(self):
        self.ok = False
        self.returncode = None
        self.timed_out = False
        self.wall = None
        self.rss_kib = None
        self.rss_source = None     # "wait4" or "sampled" or "wait4-floor"
        self.stdout = b""
        self.stderr = b""
        self.error = None          # spawn error text


def run_once(cmd, timeout, cwd):
    """Run cmd; return RunResult with wall time and peak RSS of the child."""
    res = RunResult()
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    try:
        floor_kib = self_maxrss_kib()
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                    stdout=out_f, stderr=err_f, cwd=cwd,
                                    start_new_session=True)
        except OSError as e:
            res.error = "cannot run %s: %s" % (cmd[0], e)
            return res
        pid = proc.pid
        lock = threading.Lock()   # held while reading /proc/PID (no reaping)
        done = threading.Event()
        box = {}
        have_waitid = hasattr(os, "waitid") and hasattr(os, "WNOWAIT")

        def waiter():
            try:
                if have_waitid:
                    # Wait for exit without reaping, so /proc/PID can't be
                    # recycled under the sampler.
                    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
                    box["t1"] = time.perf_counter()
                with lock:
                    _, status, ru = os.wait4(pid, 0)
                if not have_waitid:
                    box["t1"] = time.perf_counter()
                box["status"] = status
                box["ru"] = ru
            except BaseException as e:  # pragma: no cover
                box["exc"] = e
            finally:
                done.set()

        th = threading.Thread(target=waiter)
        th.daemon = True
        th.start()

        deadline = t0 + timeout
        sampled = None
        delay = 0.002
        while not done.is_set():
            with lock:
                if not done.is_set() and "status" not in box:
                    v = read_vmhwm_kib(pid)
                    if v is not None and (sampled is None or v > sampled):
                        sampled = v
            if time.perf_counter() > deadline:
                res.timed_out = True
                try:
                    os.killpg(pid, signal.SIGKILL)
                except OSError:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                break
            done.wait(delay)
            delay = min(delay * 2, 0.01)
        th.join()
        if "exc" in box:
            res.error = "wait failed: %s" % box["exc"]
            return res
        status = box["status"]
        # Tell Popen the child is gone so it doesn't try to reap it again.
        proc.returncode = os.waitstatus_to_exitcode(status) if hasattr(
            os, "waitstatus_to_exitcode") else _exitcode(status)
        res.returncode = proc.returncode
        res.wall = box["t1"] - t0
        ru_kib = box["ru"].ru_maxrss * RSS_UNIT_BYTES / 1024.0
        if ru_kib > floor_kib or sampled is None:
            res.rss_kib = ru_kib
            res.rss_source = "wait4" if ru_kib > floor_kib else "wait4-floor"
        else:
            res.rss_kib = sampled
            res.rss_source = "sampled"
        out_f.seek(0)
        err_f.seek(0)
        res.stdout = out_f.read()
        res.stderr = err_f.read()
        res.ok = (not res.timed_out) and res.returncode == 0
        return res
    finally:
        out_f.close()
        err_f.close()


def _exitcode(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def last_stderr_line(res, timeout):
    if res.error:
        return res.error
    if res.timed_out:
        return "timeout after %gs" % timeout
    lines = [l.strip() for l in res.stderr.decode("utf-8", "replace").splitlines()]
    lines = [l for l in lines if l]
    tail = lines[-1] if lines else "(no stderr)"
    rc = res.returncode
    if rc is not None and rc < 0:
        try:
            sig = signal.Signals(-rc).name
        except ValueError:
            sig = "signal %d" % -rc
        return "killed by %s: %s" % (sig, tail)
    return "exit %s: %s" % (rc, tail)


def first_diff(expected, got):
    a = expected.decode("utf-8", "replace").splitlines()
    b = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<missing>"
        y = b[i] if i < len(b) else "<missing>"
        if x != y:
            return "line %d: expected %r, got %r" % (i + 1, x[:60], y[:60])
    return "outputs differ (trailing whitespace/bytes)"


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


def run_bench(name, path, args, log):
    entry = {"name": name, "status": "OK", "message": "",
             "cpython_s": None, "ferropy_s": None, "time_ratio": None,
             "cpython_mb": None, "ferropy_mb": None, "mem_ratio": None,
             "cpython_times": [], "ferropy_times": [],
             "cpython_rss_source": None, "ferropy_rss_source": None}
    cp_out = None
    cp_rss = []
    fp_rss = []
    fp_alive = True
    for rep in range(args.reps):
        # CPython
        r = run_once([args.cpython, path], args.timeout, REPO_ROOT)
        if not r.ok:
            entry["status"] = "CPYFAIL"
            entry["message"] = "cpython " + last_stderr_line(r, args.timeout)
            return entry
        if cp_out is None:
            cp_out = r.stdout
        elif r.stdout != cp_out:
            entry["status"] = "CPYFAIL"
            entry["message"] = "cpython output not deterministic: " + \
                first_diff(cp_out, r.stdout)
            return entry
        entry["cpython_times"].append(r.wall)
        cp_rss.append(r.rss_kib)
        entry["cpython_rss_source"] = r.rss_source
        log("  %-18s rep %d cpython %.3fs %.1fMB" %
            (name, rep + 1, r.wall, r.rss_kib / 1024.0))
        # ferropy
        if not fp_alive:
            continue
        r = run_once([args.ferropy, path], args.timeout, REPO_ROOT)
        if not r.ok:
            entry["status"] = "FAIL"
            entry["message"] = last_stderr_line(r, args.timeout)
            fp_alive = False
            log("  %-18s rep %d ferropy FAIL %s" % (name, rep + 1, entry["message"]))
            continue
        if r.stdout != cp_out:
            entry["status"] = "WRONG"
            entry["message"] = "WRONG output: " + first_diff(cp_out, r.stdout)
            fp_alive = False
            log("  %-18s rep %d ferropy WRONG" % (name, rep + 1))
            continue
        entry["ferropy_times"].append(r.wall)
        fp_rss.append(r.rss_kib)
        entry["ferropy_rss_source"] = r.rss_source
        log("  %-18s rep %d ferropy %.3fs %.1fMB" %
            (name, rep + 1, r.wall, r.rss_kib / 1024.0))
    if entry["cpython_times"]:
        entry["cpython_s"] = min(entry["cpython_times"])
        entry["cpython_mb"] = max(cp_rss) / 1024.0
    if entry["status"] == "OK" and entry["ferropy_times"]:
        entry["ferropy_s"] = min(entry["ferropy_times"])
        entry["ferropy_mb"] = max(fp_rss) / 1024.0
        entry["time_ratio"] = entry["ferropy_s"] / entry["cpython_s"]
        entry["mem_ratio"] = entry["ferropy_mb"] / entry["cpython_mb"]
    return entry


def print_table(results, out):
    hdr = ("%-18s %9s %9s %8s %9s %9s %8s  %s" %
           ("benchmark", "cpython s", "ferropy s", "time x",
            "cpy MB", "ferro MB", "mem x", "status"))
    out.write(hdr + "\n")
    out.write("-" * len(hdr) + "\n")
    for e in results:
        status = e["status"]
        if e["message"]:
            status += "  " + e["message"]
        out.write("%-18s %9s %9s %8s %9s %9s %8s  %s\n" % (
            e["name"], fmt(e["cpython_s"], ".3f"), fmt(e["ferropy_s"], ".3f"),
            fmt(e["time_ratio"], ".2f"), fmt(e["cpython_mb"], ".1f"),
            fmt(e["ferropy_mb"], ".1f"), fmt(e["mem_ratio"], ".2f"), status))
    out.write("-" * len(hdr) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Compare ferropy against CPython 3.13 on benches/bench_*.py")
    ap.add_argument("benches", nargs="*",
                    help="benchmark names (e.g. bigint or bench_bigint.py); "
                         "default: all")
    ap.add_argument("--ferropy", default=DEFAULT_FERROPY,
                    help="ferropy binary (default: %(default)s)")
    ap.add_argument("--cpython", default=None,
                    help="CPython 3.13 binary (default: $(pyenv root)/"
                         "versions/3.13.0/bin/python3)")
    ap.add_argument("-n", "--reps", type=int, default=3,
                    help="repetitions per interpreter; best time is kept "
                         "(default: %(default)s)")
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="timeout in seconds per run (default: %(default)s)")
    ap.add_argument("--json", metavar="FILE", help="write results as JSON")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print every individual run")
    ap.add_argument("--list", action="store_true",
                    help="list benchmarks and exit")
    args = ap.parse_args(argv)

    available = discover_benches()
    if args.list:
        for b in available:
            print(b)
        return 0
    if args.reps < 1:
        ap.error("--reps must be >= 1")
    if args.cpython is None:
        args.cpython = default_cpython()
    for label, p in (("cpython", args.cpython), ("ferropy", args.ferropy)):
        if not (os.path.isfile(p) and os.access(p, os.X_OK)):
            hint = ""
            if label == "ferropy":
                hint = " (build it with `cargo build --release` or pass --ferropy PATH)"
            else:
                hint = " (pass --cpython PATH)"
            sys.stderr.write("error: %s binary not found: %s%s\n" % (label, p, hint))
            return 2

    names = []
    for b in (args.benches or available):
        name, path = bench_path(b)
        if not os.path.isfile(path):
            ap.error("unknown benchmark %r (have: %s)" % (b, ", ".join(available)))
        names.append((name, path))

    def log(msg):
        if args.verbose:
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()

    print("cpython: %s" % args.cpython)
    print("ferropy: %s" % args.ferropy)
    print("reps: %d (best wall time, peak RSS), timeout %gs per run" %
          (args.reps, args.timeout))
    print()
    sys.stdout.flush()

    results = []
    for name, path in names:
        if not args.verbose:
            sys.stderr.write("running %s...\n" % name)
            sys.stderr.flush()
        results.append(run_bench(name, path, args, log))

    print_table(results, sys.stdout)
    ok = [e for e in results if e["status"] == "OK"]
    gt = geomean([e["time_ratio"] for e in ok])
    gm = geomean([e["mem_ratio"] for e in ok])
    print("geometric mean over %d/%d OK benchmarks: time x %s, memory x %s" %
          (len(ok), len(results), fmt(gt, ".3f"), fmt(gm, ".3f")))
    bad = [e for e in results if e["status"] != "OK"]
    if bad:
        print("excluded: %s" % ", ".join("%s (%s)" % (e["name"], e["status"])
                                         for e in bad))

    if args.json:
        doc = {
            "cpython": args.cpython,
            "ferropy": args.ferropy,
            "reps": args.reps,
            "timeout": args.timeout,
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "host": os.uname()[1] if hasattr(os, "uname") else None,
            "benchmarks": results,
            "geomean_time_ratio": gt,
            "geomean_mem_ratio": gm,
            "ok_count": len(ok),
            "total_count": len(results),
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
        print("wrote %s" % args.json)
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
