//! ferropy VM
