//! `HostOs`: the `Os` implementation that grants the interpreter what the
//! ferropy process itself can do (CPython's behaviour).

use ferropy_vm::os::{Os, PathKind};
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The host operating system, unrestricted.
pub struct HostOs {
    start: Instant,
    stdout: io::Stdout,
    stdin: io::BufReader<io::Stdin>,
    unbuffered: bool,
}

impl HostOs {
    /// A host Os; `unbuffered` flushes stdout after every write (`-u`).
    pub fn new(unbuffered: bool) -> HostOs {
        HostOs {
            start: Instant::now(),
            stdout: io::stdout(),
            stdin: io::BufReader::new(io::stdin()),
            unbuffered,
        }
    }
}

impl Os for HostOs {
    fn write_stdout(&mut self, data: &[u8]) -> io::Result<()> {
        let mut lock = self.stdout.lock();
        lock.write_all(data)?;
        if self.unbuffered {
            lock.flush()?;
        }
        Ok(())
    }

    fn flush_stdout(&mut self) -> io::Result<()> {
        self.stdout.lock().flush()
    }

    fn write_stderr(&mut self, data: &[u8]) -> io::Result<()> {
        let mut e = io::stderr().lock();
        e.write_all(data)?;
        e.flush()
    }

    fn read_stdin_line(&mut self) -> io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.stdin.read_until(b'\n', &mut buf)?;
        Ok(buf)
    }

    fn stdin_is_tty(&self) -> bool {
        io::stdin().is_terminal()
    }

    fn read_file(&mut self, path: &str) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn path_kind(&mut self, path: &str) -> Option<PathKind> {
        let m = std::fs::metadata(if path.is_empty() { "." } else { path }).ok()?;
        Some(if m.is_dir() {
            PathKind::Dir
        } else {
            PathKind::File
        })
    }

    fn getenv(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    fn environ(&self) -> Vec<(String, String)> {
        std::env::vars().collect()
    }

    fn getcwd(&self) -> io::Result<String> {
        Ok(std::env::current_dir()?.to_string_lossy().into_owned())
    }

    fn time(&self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    }

    fn monotonic(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn process_time(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn sleep(&mut self, secs: f64) {
        if secs > 0.0 && secs.is_finite() {
            std::thread::sleep(std::time::Duration::from_secs_f64(secs));
        }
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
            if f.read_exact(buf).is_ok() {
                return;
            }
        }
        let mut x = self.time().to_bits() ^ 0x9E37_79B9_7F4A_7C15;
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
}
