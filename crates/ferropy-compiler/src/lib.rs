pub fn f(s:&str){ let _ = ruff_python_parser::parse_module(s); }
