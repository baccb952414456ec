//! Differential tests: every `tests/programs/NAME.py` that has an expected
//! output `tests/expected/NAME.out` (produced by CPython 3.13 through
//! `tests/generate_expected.py`) is run on the `ferropy` binary, and its
//! stdout, exit code and last non-blank stderr line must match.
//!
//! `tests/known_failures.txt` lists programs that do not pass yet. The test
//! fails when a program outside that list fails, and also when a listed
//! program passes (so the list only shrinks).
//!
//! Environment variables:
//! - `FERROPY_DIFF_FILTER=substr`: run only programs whose name contains `substr`.
//! - `FERROPY_DIFF_BINARY=/path`: run this interpreter instead of ferropy
//!   (e.g. CPython 3.13, to check the programs and this runner).
//! - `FERROPY_DIFF_WRITE_FAILURES=1`: rewrite `known_failures.txt` with the
//!   current failures (for the engineer, never for CI).
//! - `FERROPY_DIFF_JOBS=n`: number of worker threads (default 2).
//! - `FERROPY_DIFF_TIMEOUT=secs`: per-program timeout (default 10).

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// What one run of a program produced (or, parsed from an expected file,
/// what it must produce).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Outcome {
    stdout: Vec<u8>,
    /// Exit status; negative for death by signal (as Python's subprocess
    /// reports it). `None` when the program timed out.
    exit: Option<i32>,
    stderr_last: String,
}

/// Per program: `Err` when its expected file is unreadable, else `None` when
/// it passed or `Some(report)` describing how it differed.
type Verdict = Result<Option<String>, String>;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// Parse an expected file. Format (see tests/generate_expected.py):
/// stdout bytes, an optional "\n" when stdout does not end with one, then a
/// final line `--- exit=<code> stdout_bytes=<n> stderr_last=<text>`.
fn parse_expected(data: &[u8]) -> Result<Outcome, String> {
    let body = data
        .strip_suffix(b"\n")
        .ok_or("expected file does not end with a newline")?;
    let start = body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let trailer = std::str::from_utf8(&body[start..]).map_err(|e| format!("trailer: {e}"))?;
    let rest = trailer
        .strip_prefix("--- exit=")
        .ok_or_else(|| format!("bad trailer line: {trailer:?}"))?;
    let (code, rest) = rest.split_once(' ').ok_or("bad trailer: no stdout_bytes")?;
    let rest = rest
        .strip_prefix("stdout_bytes=")
        .ok_or("bad trailer: no stdout_bytes")?;
    let (nbytes, rest) = rest.split_once(' ').ok_or("bad trailer: no stderr_last")?;
    let stderr_last = rest
        .strip_prefix("stderr_last=")
        .ok_or("bad trailer: no stderr_last")?;
    let exit: i32 = code
        .parse()
        .map_err(|_| format!("bad exit code {code:?}"))?;
    let n: usize = nbytes
        .parse()
        .map_err(|_| format!("bad stdout_bytes {nbytes:?}"))?;
    if n > start || (start - n > 1) {
        return Err(format!("stdout_bytes={n} inconsistent with the file"));
    }
    Ok(Outcome {
        stdout: data[..n].to_vec(),
        exit: Some(exit),
        stderr_last: stderr_last.to_string(),
    })
}

fn stderr_last_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .split('\n')
        .map(|l| l.trim_end())
        .rfind(|l| !l.is_empty())
        .unwrap_or("")
        .to_string()
}

fn exit_code(status: std::process::ExitStatus) -> i32 {
    if let Some(c) = status.code() {
        return c;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return -sig;
        }
    }
    -1000
}

/// Reads a pipe to its end on a thread, appending into a shared buffer, so
/// that what was read so far can be taken even if the pipe never closes.
struct PipeReader {
    buf: Arc<Mutex<Vec<u8>>>,
    handle: thread::JoinHandle<()>,
}

impl PipeReader {
    fn spawn<R: Read + Send + 'static>(mut r: R) -> PipeReader {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&buf);
        let handle = thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                match r.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => sink.lock().unwrap().extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                }
            }
        });
        PipeReader { buf, handle }
    }

    /// The bytes read, waiting at most `grace` for the pipe to close (a
    /// grandchild that outlives a killed child may hold it open).
    fn finish(self, grace: Duration) -> Vec<u8> {
        let deadline = Instant::now() + grace;
        while !self.handle.is_finished() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(5));
        }
        let data = std::mem::take(&mut *self.buf.lock().unwrap());
        if self.handle.is_finished() {
            let _ = self.handle.join();
        }
        data
    }
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    let mut delay = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) => {}
            Err(_) => return None,
        }
        if start.elapsed() >= timeout {
            kill_tree(child);
            let _ = child.wait();
            return None;
        }
        thread::sleep(delay);
        delay = (delay * 2).min(Duration::from_millis(20));
    }
}

/// Kill the child and, on Unix, the process group it leads (it was started
/// in its own group), so nothing it spawned keeps running.
fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
}

fn run_program(binary: &Path, programs_dir: &Path, name: &str, timeout: Duration) -> Outcome {
    let mut cmd = Command::new(binary);
    cmd.arg(format!("{name}.py"))
        .current_dir(programs_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(key);
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("LC_ALL", "C.UTF-8")
        .env("NO_COLOR", "1")
        .env_remove("FORCE_COLOR");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                exit: Some(-2000),
                stderr_last: format!("<could not start {}: {e}>", binary.display()),
            }
        }
    };
    let out = PipeReader::spawn(child.stdout.take().unwrap());
    let err = PipeReader::spawn(child.stderr.take().unwrap());
    let status = wait_with_timeout(&mut child, timeout);
    let grace = Duration::from_secs(2);
    let stdout = out.finish(grace);
    let stderr = err.finish(grace);
    Outcome {
        stdout,
        exit: status.map(exit_code),
        stderr_last: stderr_last_line(&stderr),
    }
}

fn show_line(line: Option<&str>) -> String {
    match line {
        Some(l) => format!("{l:?}"),
        None => "<end of output>".to_string(),
    }
}

/// A readable summary of how `actual` differs from `expected`, or None.
fn describe_difference(expected: &Outcome, actual: &Outcome, timeout: Duration) -> Option<String> {
    let mut msg = String::new();
    if actual.exit.is_none() {
        msg.push_str(&format!(
            "  timed out after {}s (killed)\n",
            timeout.as_secs_f64()
        ));
    }
    if expected.stdout != actual.stdout {
        let e = String::from_utf8_lossy(&expected.stdout);
        let a = String::from_utf8_lossy(&actual.stdout);
        let el: Vec<&str> = e.split_inclusive('\n').collect();
        let al: Vec<&str> = a.split_inclusive('\n').collect();
        let i = el
            .iter()
            .zip(al.iter())
            .position(|(x, y)| x != y)
            .unwrap_or(el.len().min(al.len()));
        msg.push_str(&format!(
            "  stdout differs at line {} (expected {} lines, got {}):\n    expected: {}\n    actual:   {}\n",
            i + 1,
            el.len(),
            al.len(),
            show_line(el.get(i).copied()),
            show_line(al.get(i).copied()),
        ));
    }
    if expected.exit != actual.exit {
        msg.push_str(&format!(
            "  exit code: expected {}, actual {}\n",
            expected.exit.map_or("timeout".into(), |c| c.to_string()),
            actual.exit.map_or("timeout".into(), |c| c.to_string()),
        ));
    }
    if expected.stderr_last != actual.stderr_last {
        msg.push_str(&format!(
            "  stderr last line:\n    expected: {:?}\n    actual:   {:?}\n",
            expected.stderr_last, actual.stderr_last
        ));
    }
    if msg.is_empty() {
        None
    } else {
        Some(msg)
    }
}

fn read_known_failures(path: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.strip_suffix(".py").unwrap_or(l).to_string())
        .collect()
}

/// Failing programs reported in detail; the rest are listed by name.
const MAX_DETAILED_REPORTS: usize = 60;

const KNOWN_FAILURES_HEADER: &str = "\
# Differential-test programs (tests/programs/NAME.py) that do not pass on
# ferropy yet, one NAME per line; '#' starts a comment.
# The differential test fails if a program NOT listed here fails, and also if
# a program listed here passes: remove it then, so this list only shrinks.
# Regenerate with: FERROPY_DIFF_WRITE_FAILURES=1 cargo test -p ferropy --test differential
";

/// Rewrite the known-failures file: keep the header comment block (leading
/// comment/blank lines) of the current file, keep entries the filter did not
/// cover, and replace the covered ones by `failures`.
fn write_known_failures(
    path: &Path,
    filter: Option<&str>,
    all_programs: &BTreeSet<String>,
    failures: &BTreeSet<String>,
) {
    let old = fs::read_to_string(path).unwrap_or_default();
    let mut header = String::new();
    for line in old.lines() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            header.push_str(line);
            header.push('\n');
        } else {
            break;
        }
    }
    if header.trim().is_empty() {
        header = KNOWN_FAILURES_HEADER.to_string();
    }
    // Original entry lines by name, so a trailing "# reason" comment survives.
    let mut old_lines = std::collections::BTreeMap::new();
    for line in old.lines() {
        let name = line.split('#').next().unwrap().trim();
        if !name.is_empty() {
            let name = name.strip_suffix(".py").unwrap_or(name);
            old_lines.insert(name.to_string(), line.trim_end().to_string());
        }
    }
    let mut names: BTreeSet<String> = old_lines
        .keys()
        .filter(|n| {
            // Keep entries outside the filter, if they still name a program.
            all_programs.contains(*n) && filter.is_some_and(|f| !n.contains(f))
        })
        .cloned()
        .collect();
    names.extend(failures.iter().cloned());
    let mut text = header;
    if !text.ends_with("\n\n") {
        text.push('\n');
    }
    for n in &names {
        text.push_str(old_lines.get(n).map_or(n.as_str(), |l| l.as_str()));
        text.push('\n');
    }
    fs::write(path, text).expect("write known_failures.txt");
}

fn stderr_write(s: &str) {
    // Bypass libtest's output capture so the summary is always shown.
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

#[test]
fn differential() {
    let root = repo_root();
    let programs_dir = root.join("tests/programs");
    let expected_dir = root.join("tests/expected");
    let known_path = root.join("tests/known_failures.txt");

    let binary: PathBuf = match std::env::var_os("FERROPY_DIFF_BINARY") {
        Some(b) if !b.is_empty() => PathBuf::from(b),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_ferropy")),
    };
    // Programs run with cwd tests/programs, so resolve a relative path here.
    let binary = if binary.components().count() > 1 && binary.is_relative() {
        binary.canonicalize().unwrap_or(binary)
    } else {
        binary
    };
    let filter = std::env::var("FERROPY_DIFF_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let write_failures = std::env::var("FERROPY_DIFF_WRITE_FAILURES").is_ok_and(|v| v == "1");
    let jobs: usize = std::env::var("FERROPY_DIFF_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(2);
    let timeout = Duration::from_secs_f64(
        std::env::var("FERROPY_DIFF_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10.0),
    );

    // Every program that has an expected output.
    let mut all_programs = BTreeSet::new();
    let mut missing_expected = Vec::new();
    for entry in fs::read_dir(&programs_dir).expect("read tests/programs") {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if expected_dir.join(format!("{name}.out")).exists() {
            all_programs.insert(name);
        } else {
            missing_expected.push(name);
        }
    }
    let selected: Vec<String> = all_programs
        .iter()
        .filter(|n| filter.as_deref().is_none_or(|f| n.contains(f)))
        .cloned()
        .collect();
    let known = read_known_failures(&known_path);

    // Run the selected programs on `jobs` worker threads.
    let next = Arc::new(AtomicUsize::new(0));
    let selected = Arc::new(selected);
    let results: Arc<Mutex<Vec<(String, Verdict)>>> = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..jobs.min(selected.len()).max(1))
        .map(|_| {
            let next = Arc::clone(&next);
            let selected = Arc::clone(&selected);
            let results = Arc::clone(&results);
            let binary = binary.clone();
            let programs_dir = programs_dir.clone();
            let expected_dir = expected_dir.clone();
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(name) = selected.get(i) else { break };
                let expected = fs::read(expected_dir.join(format!("{name}.out")))
                    .map_err(|e| e.to_string())
                    .and_then(|d| parse_expected(&d));
                let verdict = expected.map(|exp| {
                    let actual = run_program(&binary, &programs_dir, name, timeout);
                    describe_difference(&exp, &actual, timeout)
                });
                results.lock().unwrap().push((name.clone(), verdict));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker thread panicked");
    }
    let mut results = Arc::try_unwrap(results).unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));

    let mut report = String::new();
    let mut passed = 0;
    let mut known_failed = 0;
    let mut unexpected_failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut broken_expected = Vec::new();
    let mut failing_now = BTreeSet::new();
    for (name, verdict) in &results {
        match verdict {
            Err(e) => broken_expected.push(format!("{name}: bad expected file: {e}")),
            Ok(None) => {
                passed += 1;
                if known.contains(name) {
                    unexpected_passes.push(name.clone());
                }
            }
            Ok(Some(diff)) => {
                failing_now.insert(name.clone());
                if known.contains(name) {
                    known_failed += 1;
                } else {
                    unexpected_failures.push(name.clone());
                    if unexpected_failures.len() <= MAX_DETAILED_REPORTS {
                        report.push_str(&format!("FAIL {name}\n{diff}"));
                    }
                }
            }
        }
    }
    // Entries in the list that name no program are stale (only checked on a
    // full run, since a filtered run cannot tell).
    let stale: Vec<&String> = if filter.is_none() {
        known
            .iter()
            .filter(|n| !all_programs.contains(*n))
            .collect()
    } else {
        Vec::new()
    };

    if unexpected_failures.len() > MAX_DETAILED_REPORTS {
        report.push_str(&format!(
            "... and {} more failing programs: {}\n",
            unexpected_failures.len() - MAX_DETAILED_REPORTS,
            unexpected_failures[MAX_DETAILED_REPORTS..].join(" ")
        ));
    }
    for n in &unexpected_passes {
        report.push_str(&format!(
            "PASS {n}: it is listed as a known failure but now passes; remove it from tests/known_failures.txt\n"
        ));
    }
    for n in &stale {
        report.push_str(&format!(
            "STALE {n}: listed in tests/known_failures.txt but there is no such program (with an expected file); remove it\n"
        ));
    }
    for b in &broken_expected {
        report.push_str(&format!("BROKEN {b}\n"));
    }
    for n in &missing_expected {
        report.push_str(&format!(
            "note: tests/programs/{n}.py has no expected file (run tests/generate_expected.py {n}); skipped\n"
        ));
    }
    report.push_str(&format!(
        "differential: {passed} passed, {known_failed} known failures, {} total{}{}\n",
        results.len(),
        if unexpected_failures.is_empty() {
            String::new()
        } else {
            format!(", {} unexpected failures", unexpected_failures.len())
        },
        if filter.is_some() { " (filtered)" } else { "" },
    ));

    if write_failures {
        write_known_failures(&known_path, filter.as_deref(), &all_programs, &failing_now);
        report.push_str(&format!(
            "differential: wrote {} ({} failing programs in this run)\n",
            known_path.display(),
            failing_now.len()
        ));
        stderr_write(&report);
        return;
    }
    stderr_write(&report);

    assert!(
        unexpected_failures.is_empty()
            && unexpected_passes.is_empty()
            && stale.is_empty()
            && broken_expected.is_empty(),
        "differential tests: {} unexpected failure(s) [{}], {} known failure(s) now passing [{}], {} stale known-failure entr(ies), {} broken expected file(s); see the report above",
        unexpected_failures.len(),
        unexpected_failures.join(", "),
        unexpected_passes.len(),
        unexpected_passes.join(", "),
        stale.len(),
        broken_expected.len(),
    );
}
