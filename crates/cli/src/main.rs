//! The `pyvm` command.
fn main() {}
