#!/usr/bin/env python3
"""Generate tests/expected/NAME.out by running tests/programs/NAME.py on CPython 3.13.

Usage (from anywhere):
    $(pyenv root)/versions/3.13.0/bin/python3 tests/generate_expected.py [--check] [NAME ...]

With no NAME, every tests/programs/*.py is run.  A NAME may be given with or
without the .py suffix.  --check runs each program twice and reports (and
does not write) programs whose output differs between the two runs.

Each program runs with cwd = tests/programs, argv = [NAME.py], environment
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1,
LC_ALL=C.UTF-8 and no other PYTHON* variable, stdin = /dev/null, timeout 30 s.

Expected-file format: the program's stdout, byte for byte; then, if stdout is
non-empty and does not end with a newline, one "\n"; then one trailer line

    --- exit=<code> stdout_bytes=<n> stderr_last=<text>\n

<code> is the exit status (negative for death by signal), <n> the length of
stdout in bytes, <text> the last line of stderr that is not blank, with
trailing whitespace removed (empty if stderr is blank).  The trailer is always
the file's last line, so stdout may contain anything.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
EXPECTED = os.path.join(HERE, "expected")
TIMEOUT = 30


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # One locale everywhere (it decides sys.flags.utf8_mode and the stdio
    # error handlers).
    env["LC_ALL"] = "C.UTF-8"
    # Keep tracebacks and the REPL free of colour codes.
    env["NO_COLOR"] = "1"
    env.pop("FORCE_COLOR", None)
    return env


def stderr_last_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", errors="replace")
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    return lines[-1] if lines else ""


def run(name: str):
    """Return (stdout bytes, exit code, stderr last line)."""
    proc = subprocess.run(
        [sys.executable, name + ".py"],
        cwd=PROGRAMS,
        env=child_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    return proc.stdout, proc.returncode, stderr_last_line(proc.stderr)


def render(stdout: bytes, code: int, last: str) -> bytes:
    out = bytearray(stdout)
    if stdout and not stdout.endswith(b"\n"):
        out += b"\n"
    out += f"--- exit={code} stdout_bytes={len(stdout)} stderr_last={last}\n".encode("utf-8")
    return bytes(out)


def main(argv):
    if sys.version_info[:2] != (3, 13):
        sys.exit(f"generate_expected.py must run on CPython 3.13, not {sys.version}")
    check = False
    if argv and argv[0] == "--check":
        check = True
        argv = argv[1:]
    if argv:
        names = [a[:-3] if a.endswith(".py") else a for a in argv]
        names = [os.path.basename(n) for n in names]
    else:
        names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    os.makedirs(EXPECTED, exist_ok=True)
    bad = 0
    for name in names:
        if not os.path.exists(os.path.join(PROGRAMS, name + ".py")):
            print(f"{name}: no such program", file=sys.stderr)
            bad += 1
            continue
        try:
            result = run(name)
            if check:
                again = run(name)
                if again != result:
                    print(f"{name}: NON-DETERMINISTIC", file=sys.stderr)
                    bad += 1
                continue
        except subprocess.TimeoutExpired:
            print(f"{name}: timed out after {TIMEOUT}s", file=sys.stderr)
            bad += 1
            continue
        data = render(*result)
        path = os.path.join(EXPECTED, name + ".out")
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old != data:
            with open(path, "wb") as f:
                f.write(data)
            print(f"{name}: {'written' if old is None else 'updated'} (exit={result[1]})")
    if not argv:
        programs = set(names)
        for f in sorted(os.listdir(EXPECTED)):
            if f.endswith(".out") and f[:-4] not in programs:
                print(f"{f}: stale expected file (no such program); delete it", file=sys.stderr)
                bad += 1
    if bad:
        sys.exit(f"{bad} problem(s)")


if __name__ == "__main__":
    main(sys.argv[1:])
