//! Text dense in what offset conversion gets wrong (surrogate pairs, 2- and 3-byte characters,
//! combining marks, CRLF, quotation marks): each input byte picks one piece. The report's offsets
//! in all three units must match the standard library's counts (`check_invariants`), and so must
//! `OffsetMap` at every character boundary.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotemark::internals::check_invariants;
use quotemark::{analyze, OffsetMap, OffsetUnit, Options};

#[rustfmt::skip]
const PIECES: &[&str] = &[
    "a", "Z", " ", "\n", "\r\n", ".", ",", "\"", "'", "“", "”", "‘", "’", "«", "»", "é", "e\u{301}",
    "😀", "👩‍👩‍👧", "🇨🇳", "東", "ß", "İ", "\u{feff}", "\u{200f}", "\u{10ffff}", "\0", "Zhu",
    " said", "Barshefsky", "U.S.", "$2", "—", "…",
];

fuzz_target!(|data: &[u8]| {
    let text: String = data
        .iter()
        .map(|&b| PIECES[b as usize % PIECES.len()])
        .collect();
    let analysis = analyze(&text, &Options::default());
    if let Err(e) = check_invariants(&text, &analysis) {
        panic!("{e}\ninput: {text:?}");
    }
    let utf16 = OffsetMap::new(&text, OffsetUnit::Utf16);
    let chars = OffsetMap::new(&text, OffsetUnit::Chars);
    let (mut u, mut c) = (0u32, 0u32);
    for (i, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        assert_eq!(utf16.convert(i as u32), u, "utf16 at byte {i} of {text:?}");
        assert_eq!(chars.convert(i as u32), c, "chars at byte {i} of {text:?}");
        u += ch.len_utf16() as u32;
        c += 1;
    }
});
