//! The `Os` trait: the interpreter's only door to the world outside it.
//!
//! Files, directories, environment, clocks, randomness and the standard
//! streams are reached through this trait and nothing else; the VM crate has
//! no OS-facing code (its `clippy.toml` forbids `std::fs`, `std::env`,
//! `std::process`, `std::net`). The host implementation lives in the
//! `ferropy` crate; a sandbox implementation grants only what an embedder
//! chooses.

use std::io;

/// What a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    File,
    Dir,
}

/// Everything the interpreter may ask of its host.
pub trait Os {
    /// Write bytes to standard output.
    fn write_stdout(&mut self, data: &[u8]) -> io::Result<()>;
    /// Flush standard output.
    fn flush_stdout(&mut self) -> io::Result<()>;
    /// Write bytes to standard error (unbuffered).
    fn write_stderr(&mut self, data: &[u8]) -> io::Result<()>;
    /// Read one line from standard input, including its newline; empty at EOF.
    fn read_stdin_line(&mut self) -> io::Result<Vec<u8>>;
    /// Whether standard input is an interactive terminal.
    fn stdin_is_tty(&self) -> bool;
    /// Read a whole file.
    fn read_file(&mut self, path: &str) -> io::Result<Vec<u8>>;
    /// Whether `path` exists, and what it is.
    fn path_kind(&mut self, path: &str) -> Option<PathKind>;
    /// An environment variable.
    fn getenv(&self, name: &str) -> Option<String>;
    /// All environment variables.
    fn environ(&self) -> Vec<(String, String)>;
    /// The current directory.
    fn getcwd(&self) -> io::Result<String>;
    /// Seconds since the Unix epoch.
    fn time(&self) -> f64;
    /// A monotonic clock in seconds (also used for `perf_counter`).
    fn monotonic(&self) -> f64;
    /// CPU time used by the process, in seconds.
    fn process_time(&self) -> f64;
    /// Sleep for `secs` seconds.
    fn sleep(&mut self, secs: f64);
    /// Fill `buf` with random bytes.
    fn random_bytes(&mut self, buf: &mut [u8]);
}
