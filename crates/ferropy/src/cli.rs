//! The `ferropy` command line: CPython's options, script / `-c` / `-m` /
//! stdin / interactive modes.

use crate::host_os::HostOs;
use crate::{Config, Interpreter, RunOutcome};
use std::io::{BufRead, IsTerminal, Read, Write};

/// What to run.
#[derive(Debug, PartialEq)]
pub enum Target {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
    Interactive,
}

/// Parsed command-line options.
#[derive(Debug)]
pub struct Options {
    pub target: Target,
    pub args: Vec<String>,
    pub ignore_env: bool,
    pub isolated: bool,
    pub unbuffered: bool,
    pub quiet: bool,
    pub inspect: bool,
    /// `-S`: no `site` set-up (no `exit`, `help`, ... in builtins).
    pub no_site: bool,
    /// What the options make of `sys.flags` (a name may come again; the
    /// last value wins).
    pub flags: Vec<(&'static str, i64)>,
}

const USAGE: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import (ferropy never does)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E, -s and -P)
-m mod : run library module as a script (terminates option list)
-O     : accepted for compatibility
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-W arg : warning control (accepted)
-X opt : set implementation-specific option (accepted)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Parse `argv` (without the program name). `Err` holds (message, exit code).
pub fn parse(argv: &[String]) -> Result<Options, (String, i32)> {
    let mut o = Options {
        target: Target::Interactive,
        args: Vec::new(),
        ignore_env: false,
        isolated: false,
        unbuffered: false,
        quiet: false,
        inspect: false,
        no_site: false,
        flags: Vec::new(),
    };
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "--version" {
            return Err((
                format!("Python 3.13.0 (ferropy {})\n", env!("CARGO_PKG_VERSION")),
                0,
            ));
        }
        if a == "--help" {
            return Err((HELP.to_string(), 0));
        }
        if a == "-" {
            o.target = Target::Stdin;
            o.args = argv[i..].to_vec();
            return Ok(o);
        }
        if !a.starts_with('-') || a.len() < 2 {
            o.target = Target::Script(a.clone());
            o.args = argv[i..].to_vec();
            return Ok(o);
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            let c = flags[j];
            match c {
                'c' | 'm' | 'X' | 'W' => {
                    let rest: String = flags[j + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match argv.get(i) {
                            Some(v) => v.clone(),
                            None => return Err((format!("Argument expected for the -{c} option\n{USAGE}\nTry `ferropy -h' for more information.\n"), 2)),
                        }
                    };
                    match c {
                        'c' => {
                            o.target = Target::Command(value);
                            o.args = std::iter::once("-c".to_string())
                                .chain(argv[i + 1..].iter().cloned())
                                .collect();
                            return Ok(o);
                        }
                        'm' => {
                            o.target = Target::Module(value);
                            o.args = std::iter::once("-m".to_string())
                                .chain(argv[i + 1..].iter().cloned())
                                .collect();
                            return Ok(o);
                        }
                        _ => break,
                    }
                }
                'V' => {
                    return Err((
                        format!("Python 3.13.0 (ferropy {})\n", env!("CARGO_PKG_VERSION")),
                        0,
                    ))
                }
                'h' | '?' => return Err((HELP.to_string(), 0)),
                'E' => {
                    o.ignore_env = true;
                    o.flags.push(("ignore_environment", 1));
                }
                'I' => {
                    o.isolated = true;
                    o.ignore_env = true;
                    o.flags.extend([
                        ("isolated", 1),
                        ("ignore_environment", 1),
                        ("no_user_site", 1),
                        ("safe_path", 1),
                    ]);
                }
                'u' => o.unbuffered = true,
                'q' => {
                    o.quiet = true;
                    o.flags.push(("quiet", 1));
                }
                'i' => {
                    o.inspect = true;
                    o.flags.extend([("inspect", 1), ("interactive", 1)]);
                }
                'S' => {
                    o.no_site = true;
                    o.flags.push(("no_site", 1));
                }
                's' => o.flags.push(("no_user_site", 1)),
                'P' => o.flags.push(("safe_path", 1)),
                'O' | 'v' | 'b' | 'd' => {
                    let name = match c {
                        'O' => "optimize",
                        'v' => "verbose",
                        'b' => "bytes_warning",
                        _ => "debug",
                    };
                    let count = o
                        .flags
                        .iter()
                        .rev()
                        .find(|(n, _)| *n == name)
                        .map_or(0, |f| f.1);
                    o.flags.push((name, count + 1));
                }
                'B' | 'x' | 'R' => {}
                other => {
                    return Err((format!("Unknown option: -{other}\n{USAGE}\nTry `ferropy -h' for more information.\n"), 2));
                }
            }
            j += 1;
        }
        i += 1;
    }
    o.args = vec![String::new()];
    Ok(o)
}

/// The locale that decides text handling (`LC_ALL`, else `LC_CTYPE`, else
/// `LANG`; "C" when none is set).
fn ctype_locale() -> String {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "C".into())
}

/// A `PYTHON*` environment variable, unless `-E`/`-I` says to ignore them.
fn python_env(ignore_env: bool, name: &str) -> Option<String> {
    if ignore_env {
        None
    } else {
        std::env::var(name).ok()
    }
}

/// Python's UTF-8 mode (PEP 540): `PYTHONUTF8`, else on in the C locale.
fn utf8_mode(ignore_env: bool) -> bool {
    match python_env(ignore_env, "PYTHONUTF8").as_deref() {
        Some("1") => true,
        Some("0") => false,
        _ => matches!(ctype_locale().as_str(), "C" | "POSIX"),
    }
}

/// The error handler of stdin and stdout, as CPython chooses it:
/// `PYTHONIOENCODING`'s (`encoding[:errors]`, `strict` if only an encoding
/// is given), else `surrogateescape` in UTF-8 mode or a C.UTF-8 locale,
/// else `strict`.
fn stdio_errors(ignore_env: bool) -> String {
    if let Some(spec) = python_env(ignore_env, "PYTHONIOENCODING").filter(|s| !s.is_empty()) {
        let errors = spec.split_once(':').map_or("", |(_, e)| e);
        return if errors.is_empty() { "strict" } else { errors }.to_string();
    }
    let c_utf8 = matches!(ctype_locale().as_str(), "C.UTF-8" | "C.utf8" | "UTF-8");
    if utf8_mode(ignore_env) || c_utf8 {
        "surrogateescape".into()
    } else {
        "strict".into()
    }
}

/// The script's path as CPython 3.13 records it for `__main__`
/// (`__file__`, tracebacks, warnings): made absolute by joining it to the
/// working directory, without normalizing (`/tmp/./x.py` stays so).
fn script_path(path: &str) -> String {
    if std::path::Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.to_string_lossy()),
        Err(_) => path.to_string(),
    }
}

fn dirname_abs(path: &str) -> String {
    let p = std::path::Path::new(path);
    let dir = p.parent().map(|d| d.to_path_buf()).unwrap_or_default();
    let dir = if dir.as_os_str().is_empty() {
        std::path::PathBuf::from(".")
    } else {
        dir
    };
    std::fs::canonicalize(&dir)
        .unwrap_or(dir)
        .to_string_lossy()
        .into_owned()
}

/// Run the command line; returns the process exit code.
pub fn main_with_args(argv: Vec<String>) -> i32 {
    let o = match parse(&argv) {
        Ok(o) => o,
        Err((msg, code)) => {
            if code == 0 {
                print!("{msg}");
            } else {
                eprint!("{msg}");
            }
            return code;
        }
    };
    let target = if o.target == Target::Interactive && !o.inspect && !std::io::stdin().is_terminal()
    {
        Target::Stdin
    } else {
        o.target
    };
    let first_path = match &target {
        Target::Script(s) => dirname_abs(s),
        _ => String::new(),
    };
    let mut path = if o.isolated { vec![] } else { vec![first_path] };
    if let Some(pp) = python_env(o.ignore_env, "PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    // "random" (or anything unparsable) leaves the seed random.
    let hash_seed = python_env(o.ignore_env, "PYTHONHASHSEED").and_then(|s| s.parse::<u32>().ok());
    let unbuffered =
        o.unbuffered || python_env(o.ignore_env, "PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    let config = Config {
        argv: o.args.clone(),
        path,
        hash_seed,
        site: !o.no_site,
        flags: {
            let mut flags = o.flags.clone();
            if hash_seed == Some(0) {
                flags.push(("hash_randomization", 0));
            }
            flags.push(("utf8_mode", i64::from(utf8_mode(o.ignore_env))));
            flags
        },
        stdio_errors: Some(stdio_errors(o.ignore_env)),
    };
    let mut interp = Interpreter::new(Box::new(HostOs::new(unbuffered)), config);
    let outcome = match &target {
        Target::Script(s) => match std::fs::read(s) {
            Ok(bytes) => interp.run_main(&String::from_utf8_lossy(&bytes), &script_path(s)),
            Err(e) => {
                let abs = std::fs::canonicalize(s)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| {
                        let cwd = std::env::current_dir()
                            .map(|d| d.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        format!("{cwd}/{s}")
                    });
                eprintln!(
                    "ferropy: can't open file '{}': [Errno {}] {}",
                    abs,
                    e.raw_os_error().unwrap_or(2),
                    errno_text(&e)
                );
                return 2;
            }
        },
        Target::Command(c) => interp.run_main(c, "<string>"),
        Target::Module(m) => interp.run_module(m),
        Target::Stdin => {
            let mut src = String::new();
            let _ = std::io::stdin().read_to_string(&mut src);
            interp.run_main(&src, "<stdin>")
        }
        Target::Interactive => {
            let code = repl(&mut interp, o.quiet);
            interp.shutdown();
            return code;
        }
    };
    let mut code = match outcome {
        RunOutcome::Ok => 0,
        RunOutcome::Exit(c) => c,
    };
    if o.inspect {
        code = repl(&mut interp, true);
    }
    interp.shutdown();
    code
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// The interactive prompt.
fn repl(interp: &mut Interpreter, quiet: bool) -> i32 {
    if !quiet {
        eprintln!(
            "Python 3.13.0 (ferropy {}) on linux",
            env!("CARGO_PKG_VERSION")
        );
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    let m = interp.main_module();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock();
    loop {
        let mut source = String::new();
        let mut prompt = ">>> ";
        loop {
            eprint!("{prompt}");
            let _ = std::io::stderr().flush();
            let mut line = String::new();
            match lines.read_line(&mut line) {
                Ok(0) | Err(_) => {
                    eprintln!();
                    return 0;
                }
                Ok(_) => {}
            }
            let is_blank = line.trim().is_empty();
            source.push_str(&line);
            let continuing = prompt == "... ";
            if continuing && !is_blank {
                continue;
            }
            if !continuing && needs_more(&source) {
                prompt = "... ";
                continue;
            }
            break;
        }
        if source.trim().is_empty() {
            continue;
        }
        let r = ferropy_vm::loader::compile_source(
            &mut interp.vm,
            &source,
            "<stdin>",
            ferropy_compiler::Mode::Single,
        )
        .and_then(|code| {
            let globals = m.dict().unwrap();
            let frame = ferropy_vm::objects::function::frame_for_code(
                &interp.vm,
                code,
                globals.clone(),
                Some(globals),
                &[],
            );
            interp.vm.run_frame(frame).map(|_| ())
        });
        if let Err(e) = r {
            if let RunOutcome::Exit(code) = interp.handle_uncaught(e.clone()) {
                if interp.vm.is_exc(
                    &ferropy_vm::Value::Obj(e.0.clone()),
                    ferropy_vm::exc_kinds::Exc::SystemExit,
                ) {
                    interp.vm.flush_stdout();
                    return code;
                }
            }
        }
        interp.vm.flush_stdout();
    }
}

/// Whether the first line of an interactive entry opens a block or bracket.
fn needs_more(source: &str) -> bool {
    let t = source.trim_end();
    if t.ends_with(':') || t.ends_with('\\') {
        return true;
    }
    let mut depth = 0i32;
    for c in t.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0 || t.matches("\"\"\"").count() % 2 == 1
}
