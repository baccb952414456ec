//! The `ferropy` command.

/// Stack for the interpreter thread: Rust-level recursion (nested containers,
/// deeply nested expressions in the compiler) is bounded by explicit depth
/// limits well inside this.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    tune_malloc();
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let handle = std::thread::Builder::new()
        .name("ferropy-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || ferropy::cli::main_with_args(argv))
        .expect("spawn interpreter thread");
    let code = match handle.join() {
        Ok(code) => code,
        Err(_) => {
            eprintln!("ferropy: internal error (this is a bug in ferropy)");
            70
        }
    };
    if code == ferropy::EXIT_BY_SIGINT {
        die_by_sigint();
    }
    std::process::exit(code);
}

/// Tune glibc's allocator for an interpreter that allocates and frees
/// heavily on one thread (measured on `benches/`):
/// - one arena: a thread other than the main one would get its own arena,
///   which grows by `mprotect` calls; the main arena grows with `brk`, and no
///   other thread allocates much, so there is no contention;
/// - a 16 MiB top pad and a 64 MiB trim threshold: without them, freeing and
///   reallocating large blocks (big ints, long strings) moves the heap top
///   down and up, and every regrown page faults in again (bigint: x1.6 →
///   x1.2). Untouched padding is not resident; memory the heap no longer
///   gives back raises some peaks (closures: 16 → 24 MB, CPython's is 35).
fn tune_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets allocator parameters; it is called
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_TOP_PAD, 16 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
    }
}

/// End the process the way CPython does after an uncaught KeyboardInterrupt.
fn die_by_sigint() {
    // SAFETY: restoring the default disposition and raising a signal on our
    // own process are plain libc calls with valid constant arguments.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130);
}
