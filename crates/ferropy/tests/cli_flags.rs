//! Command-line options as `sys.flags` reports them. The expected lines
//! were printed by CPython 3.13 running the same program with the same
//! options (PYTHONHASHSEED=0, LC_ALL=C.UTF-8).

use std::process::Command;

const PROGRAM: &str = "import sys; f = sys.flags; print(f.inspect, f.interactive, \
    f.optimize, f.no_user_site, f.no_site, f.ignore_environment, f.verbose, \
    f.bytes_warning, f.quiet, f.isolated, f.safe_path, f.debug, f.hash_randomization, \
    f.utf8_mode)";

fn flags_with(options: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(options)
        .args(["-c", PROGRAM])
        .env("PYTHONHASHSEED", "0")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run ferropy");
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

#[test]
fn options_set_sys_flags_as_cpython() {
    let cases: [(&[&str], &str); 5] = [
        (&[], "0 0 0 0 0 0 0 0 0 0 False 0 0 0"),
        (&["-S"], "0 0 0 0 1 0 0 0 0 0 False 0 0 0"),
        (&["-I"], "0 0 0 1 0 1 0 0 0 1 True 0 1 0"),
        (&["-E", "-s", "-P"], "0 0 0 1 0 1 0 0 0 0 True 0 1 0"),
        (&["-OO", "-b", "-q"], "0 0 2 0 0 0 0 1 1 0 False 0 0 0"),
    ];
    for (options, expected) in cases {
        assert_eq!(flags_with(options), expected, "options {options:?}");
    }
}
