//! Any bytes, read as UTF-8 (invalid sequences become U+FFFD): `analyze` must not panic and its
//! output must keep every invariant of the output contract.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotemark::internals::check_invariants;
use quotemark::{analyze, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = analyze(&text, &Options::default());
    if let Err(e) = check_invariants(&text, &analysis) {
        panic!("{e}\ninput: {text:?}");
    }
});
