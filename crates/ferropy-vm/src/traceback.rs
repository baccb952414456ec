//! Printing uncaught exceptions the way CPython does: the traceback, the
//! chained causes and contexts, notes, and `SyntaxError`'s caret display.

use crate::exc_kinds::Exc;
use crate::object::Payload;
use crate::objects::{dict, exception};
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::collections::HashMap;

/// Render the full report for exception `exc`.
pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    let mut cache = HashMap::new();
    format_chain(vm, exc, &mut out, &mut seen, &mut cache);
    out
}

fn format_chain(
    vm: &mut Vm,
    exc: &ObjRef,
    out: &mut String,
    seen: &mut Vec<usize>,
    cache: &mut HashMap<String, Option<String>>,
) {
    seen.push(std::rc::Rc::as_ptr(exc) as usize);
    let v = Value::Obj(exc.clone());
    let cause = exception::get_native_attr(vm, exc, "__cause__").unwrap_or(Value::None);
    let context = exception::get_native_attr(vm, exc, "__context__").unwrap_or(Value::None);
    let suppress = matches!(
        exception::get_native_attr(vm, exc, "__suppress_context__"),
        Some(Value::True)
    );
    if let Value::Obj(c) = &cause {
        if !seen.contains(&(std::rc::Rc::as_ptr(c) as usize)) {
            format_chain(vm, c, out, seen, cache);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let (Value::Obj(c), false) = (&context, suppress) {
        if !seen.contains(&(std::rc::Rc::as_ptr(c) as usize)) {
            format_chain(vm, c, out, seen, cache);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    if crate::objects::exception_group::is_group(vm, &v) {
        format_group(vm, exc, 1, out, cache);
        return;
    }
    let tb = exception::traceback_of(&v);
    if !tb.is_none() {
        out.push_str("Traceback (most recent call last):\n");
        format_tb(vm, &tb, out, cache);
    }
    out.push_str(&format_exception_only(vm, exc, cache));
}

/// Sub-exceptions shown per group before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;

/// CPython's boxed rendering of an exception group at nesting `depth`.
fn format_group(
    vm: &mut Vm,
    exc: &ObjRef,
    depth: usize,
    out: &mut String,
    cache: &mut HashMap<String, Option<String>>,
) {
    let indent = "  ".repeat(depth);
    let v = Value::Obj(exc.clone());
    let mut body = String::new();
    let tb = exception::traceback_of(&v);
    if !tb.is_none() {
        body.push_str("Exception Group Traceback (most recent call last):\n");
        format_tb(vm, &tb, &mut body, cache);
    }
    body.push_str(&format_exception_only(vm, exc, cache));
    for (i, line) in body.lines().enumerate() {
        let margin = if i == 0 && !tb.is_none() { "+ " } else { "| " };
        out.push_str(&format!("{indent}{margin}{line}\n"));
    }
    let members = crate::objects::exception_group::members(&v);
    let mut closed_by_last = false;
    for (i, sub) in members.iter().enumerate().take(MAX_GROUP_WIDTH) {
        closed_by_last = false;
        let label = format!("---------------- {} ----------------", i + 1);
        if i == 0 {
            out.push_str(&format!("{indent}+-+{label}\n"));
        } else {
            out.push_str(&format!("{indent}  +{label}\n"));
        }
        let Value::Obj(s) = sub else { continue };
        if crate::objects::exception_group::is_group(vm, sub) {
            format_group(vm, s, depth + 1, out, cache);
            closed_by_last = true;
        } else {
            let mut text = String::new();
            let mut seen = Vec::new();
            format_chain(vm, s, &mut text, &mut seen, cache);
            for line in text.lines() {
                out.push_str(&format!("{indent}  | {line}\n"));
            }
        }
    }
    if members.len() > MAX_GROUP_WIDTH {
        let more = members.len() - MAX_GROUP_WIDTH;
        out.push_str(&format!(
            "{indent}  +---------------- ... ----------------\n"
        ));
        out.push_str(&format!(
            "{indent}  | and {more} more exception{}\n",
            if more == 1 { "" } else { "s" }
        ));
    }
    // A group ending in a group shares the inner group's closing line.
    if !closed_by_last || members.len() > MAX_GROUP_WIDTH {
        out.push_str(&format!(
            "{indent}  +------------------------------------\n"
        ));
    }
}

fn format_tb(
    vm: &mut Vm,
    tb: &Value,
    out: &mut String,
    cache: &mut HashMap<String, Option<String>>,
) {
    let mut cur = tb.clone();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    while let Some(Payload::Traceback(t)) = cur.payload() {
        let (filename, name) = match &t.frame.payload {
            Payload::Frame(f) => (
                f.code.code.filename.to_string(),
                f.code.code.name.to_string(),
            ),
            _ => ("?".into(), "?".into()),
        };
        let key = (filename.clone(), t.lineno, name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush_repeats(out, repeats);
            repeats = 0;
        }
        if repeats < 3 {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                filename, t.lineno, name
            ));
            if let Some(line) = source_line(vm, &filename, t.lineno, cache) {
                out.push_str(&format!("    {}\n", line.trim()));
            }
        }
        last = Some(key);
        let next = t.next.borrow().clone();
        cur = next;
    }
    flush_repeats(out, repeats);
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

fn source_line(
    vm: &mut Vm,
    filename: &str,
    lineno: u32,
    cache: &mut HashMap<String, Option<String>>,
) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    let text = cache.entry(filename.to_string()).or_insert_with(|| {
        vm.os
            .read_file(filename)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    });
    text.as_ref()?
        .lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(str::to_string)
}

/// The final `Type: message` line(s), with notes.
pub fn format_exception_only(
    vm: &mut Vm,
    exc: &ObjRef,
    cache: &mut HashMap<String, Option<String>>,
) -> String {
    let v = Value::Obj(exc.clone());
    let t = &exc.class();
    let td = tdata(t);
    let module = dict::get_str(&td.dict, "__module__")
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_else(|| "builtins".into());
    let qual = td.qualname.borrow().clone();
    let stype = if module == "builtins" || module == "__main__" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    let mut out = String::new();
    let is_syntax = vm.is_exc(&v, Exc::SyntaxError);
    let msg = if is_syntax {
        out.push_str(&syntax_error_location(vm, exc, cache));
        exception::get_attr_raw(exc, "msg")
            .and_then(|m| m.as_str().map(str::to_string))
            .unwrap_or_default()
    } else {
        match vm.str_of(&v) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        }
    };
    if msg.is_empty() {
        out.push_str(&format!("{stype}\n"));
    } else {
        out.push_str(&format!("{stype}: {msg}\n"));
    }
    if let Some(notes) = exception::get_attr_raw(exc, "__notes__") {
        if let Some(Payload::List(l)) = notes.payload() {
            for n in l.borrow().clone() {
                let s = match n.as_str() {
                    Some(s) => s.to_string(),
                    None => vm.str_of(&n).unwrap_or_default(),
                };
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

fn syntax_error_location(
    vm: &mut Vm,
    exc: &ObjRef,
    _cache: &mut HashMap<String, Option<String>>,
) -> String {
    let filename =
        exception::get_attr_raw(exc, "filename").and_then(|f| f.as_str().map(str::to_string));
    let lineno = match exception::get_attr_raw(exc, "lineno") {
        Some(Value::Int(n)) => n,
        _ => return String::new(),
    };
    let mut out = format!(
        "  File \"{}\", line {}\n",
        filename.unwrap_or_else(|| "<string>".into()),
        lineno
    );
    let text = exception::get_attr_raw(exc, "text").and_then(|t| t.as_str().map(str::to_string));
    if let Some(text) = text {
        let line = text.trim_end_matches('\n');
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {}\n", stripped.trim_end()));
        if let Some(Value::Int(off)) = exception::get_attr_raw(exc, "offset") {
            let end = match exception::get_attr_raw(exc, "end_offset") {
                Some(Value::Int(e)) if e > off => e,
                _ => off + 1,
            };
            let col = (off as usize).saturating_sub(1).saturating_sub(indent);
            let width = ((end - off) as usize).max(1);
            out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
        }
    }
    let _ = vm;
    out
}
