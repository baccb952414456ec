fn main() { println!("ferropy: not built yet"); std::process::exit(2); }
