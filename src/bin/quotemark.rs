//! The `quotemark` command line.
fn main() {}
