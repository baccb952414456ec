//! The `time` module (clocks and sleep, through the `Os`; UTC calendar
//! functions in `time/calendar.rs`). Local time needs the host's time zone,
//! which the `Os` does not offer yet, so `localtime` & co. are absent.

mod calendar;

use calendar::Tm;
use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::{module, struct_seq};
use ferropy_vm::{ObjRef, PyResult, Value, Vm};

/// `struct_time`'s fields; the last two are attributes only.
const STRUCT_TIME_FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

fn time(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.os.time()))
}

fn time_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int((vm.os.time() * 1e9) as i64))
}

fn monotonic(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.os.monotonic()))
}

fn monotonic_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int((vm.os.monotonic() * 1e9) as i64))
}

fn process_time(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.os.process_time()))
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "sleep", args.values.len(), 1, 1)?;
    let secs = ferropy_vm::objects::numbers::to_float(vm, &args.values[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    vm.os.sleep(secs);
    Ok(Value::None)
}

/// The `struct_time` type of the `time` module.
fn struct_time_type(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = ferropy_vm::import::import_module(vm, "time")?;
    match vm.getattr_opt(&m, "struct_time")?.unwrap_or(Value::None) {
        Value::Obj(t) if t.as_type().is_some() => Ok(t),
        _ => Err(vm.type_error("time.struct_time is not a type")),
    }
}

/// `time.gmtime([secs])`: a UTC `struct_time`.
fn gmtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "gmtime", args.values.len(), 0, 1)?;
    let secs = match args.values.first().filter(|v| !v.is_none()) {
        Some(v) => ferropy_vm::objects::numbers::to_float(vm, v)?,
        None => vm.os.time(),
    };
    let secs = secs.floor();
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs.abs() >= 9.2e18 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let tm = calendar::gmtime(secs as i64);
    let t = struct_time_type(vm)?;
    let mut values: Vec<Value> = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ]
    .into_iter()
    .map(Value::Int)
    .collect();
    values.push(vm.new_str("GMT"));
    values.push(Value::Int(0));
    Ok(struct_seq::new(vm, &t, values))
}

/// The broken-down time in a `struct_time` or 9-tuple argument of `func`,
/// with its zone name and UTC offset (from `struct_time` attributes).
fn tm_arg(vm: &mut Vm, func: &str, v: Option<&Value>) -> PyResult<(Tm, String, i64)> {
    let Some(v) = v else {
        return Err(vm.new_exc(
            ferropy_vm::exc_kinds::Exc::NotImplementedError,
            format!(
                "time.{func}() without a time tuple needs local time, which is not supported yet"
            ),
        ));
    };
    let items = vm.collect_iterable(v)?;
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = ferropy_vm::objects::int::to_i64(&vm.index(item)?)
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
    }
    let tm = Tm {
        year: f[0],
        mon: f[1].max(1),
        mday: f[2].max(1),
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7].max(1),
        isdst: f[8],
    };
    check_ranges(vm, &tm)?;
    let zone = match vm.getattr_opt(v, "tm_zone")? {
        Some(z) if z.as_str().is_some() => z.as_str().unwrap().to_string(),
        _ => String::new(),
    };
    let gmtoff = match vm.getattr_opt(v, "tm_gmtoff")? {
        Some(Value::Int(o)) => o,
        _ => 0,
    };
    Ok((tm, zone, gmtoff))
}

/// CPython's range checks on a time tuple.
fn check_ranges(vm: &Vm, tm: &Tm) -> PyResult<()> {
    let checks = [
        (tm.mon <= 12, "month out of range"),
        (tm.mday <= 31, "day of month out of range"),
        ((0..=23).contains(&tm.hour), "hour out of range"),
        ((0..=59).contains(&tm.min), "minute out of range"),
        ((0..=61).contains(&tm.sec), "seconds out of range"),
        (tm.wday >= -1, "day of week out of range"),
        (tm.yday <= 366, "day of year out of range"),
    ];
    match checks.iter().find(|(ok, _)| !ok) {
        Some((_, msg)) => Err(vm.value_error(*msg)),
        None => Ok(()),
    }
}

/// `time.strftime(format, t)`.
fn strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "strftime", args.values.len(), 1, 2)?;
    let Some(format) = args.values[0].as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&args.values[0])
        )));
    };
    let (tm, zone, gmtoff) = tm_arg(vm, "strftime", args.values.get(1))?;
    Ok(vm.new_str(calendar::strftime(&format, &tm, &zone, gmtoff)))
}

/// `time.asctime(t)`: `"Sun Sep  9 01:46:40 2001"`.
fn asctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "asctime", args.values.len(), 0, 1)?;
    let (tm, zone, gmtoff) = tm_arg(vm, "asctime", args.values.first())?;
    let text = calendar::strftime("%a %b %e %H:%M:%S %Y", &tm, &zone, gmtoff);
    Ok(vm.new_str(text))
}

/// The error of the functions that need what ferropy does not have yet.
fn not_yet(vm: &Vm, func: &str, needs: &str) -> ferropy_vm::PyErr {
    vm.new_exc(
        ferropy_vm::exc_kinds::Exc::NotImplementedError,
        format!("time.{func}() is not supported yet: it needs {needs}"),
    )
}

fn localtime(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(not_yet(vm, "localtime", "the host's time zone"))
}

fn mktime(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(not_yet(vm, "mktime", "the host's time zone"))
}

fn ctime(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(not_yet(vm, "ctime", "the host's time zone"))
}

fn strptime(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(not_yet(vm, "strptime", "the standard library's _strptime"))
}

/// Create the `time` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "time");
    let functions: &[(&str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("ctime", ctime),
        ("strptime", strptime),
    ];
    for (n, f) in functions {
        module::add_function(vm, &m, n, *f);
    }
    let struct_time = struct_seq::new_type(vm, "time", "struct_time", &STRUCT_TIME_FIELDS, 9);
    module::set_attr(vm, &m, "struct_time", Value::Obj(struct_time));
    Ok(m)
}
