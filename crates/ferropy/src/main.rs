//! The `ferropy` command.

/// Stack for the interpreter thread: Rust-level recursion (nested containers,
/// deeply nested expressions in the compiler) is bounded by explicit depth
/// limits well inside this.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    use_one_malloc_arena();
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

/// glibc gives a thread other than the main one its own malloc arena, which
/// grows by `mprotect` calls as the heap grows; the interpreter thread
/// allocates heavily, and with the main arena (grown with `brk`) it spends
/// less time in the kernel. No other thread allocates much, so one arena
/// costs no contention.
fn use_one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets an allocator parameter; it is called
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
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
