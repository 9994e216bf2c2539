//! Per-stage benchmarks (placeholder; filled in below).
fn main() {}
