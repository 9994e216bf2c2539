//! The entity model's text format and its table layout. Shared by `build.rs` (through `#[path]`),
//! which compiles `data/models/entities.tsv` into static tables, and the trainer, which writes the
//! file and builds the same tables in memory to score held-out documents.
//!
//! The file, after `#` header lines:
//! * `T <tab> FROM <tab> TO:W TO:W …`: transition weights from tag `FROM` to tags `TO` (i16);
//! * `F <tab> FEATURE <tab> OFFSET <tab> TAG:W TAG:W …`: the weights (i8, zero weights left out)
//!   a feature adds to the tags of the token `OFFSET` (-2..=2) positions before the token that
//!   has it.
//!
//! Tags are numbered: 0 `O`, then for PERSON, ORG, PLACE in turn `B`, `I`, `L`, `U`.

/// Number of tags.
pub const TAGS: usize = 13;
/// Lanes of a weight row (tags padded to a power of two).
pub const LANES: usize = 16;
/// Relative positions a feature scores.
pub const POSITIONS: usize = 5;

/// The names of the tags, by number.
#[allow(dead_code)]
pub const TAG_NAMES: [&str; TAGS] = [
    "O", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON", "B-ORG", "I-ORG", "L-ORG", "U-ORG",
    "B-PLACE", "I-PLACE", "L-PLACE", "U-PLACE",
];

/// One weight row: a feature's key, the relative position (0..POSITIONS for -2..=2) and a weight
/// per tag.
pub type Row = (u32, u8, [i8; TAGS]);

/// A model read from its text: feature rows (with their feature texts) and transitions.
pub struct Parsed {
    /// (feature text, position 0..POSITIONS, weights).
    pub rows: Vec<(String, u8, [i8; TAGS])>,
    /// Transition weights, `[from][to]`.
    pub transitions: [[i16; TAGS]; TAGS],
}

/// Reads the text format.
///
/// # Errors
/// `line: message` for the first malformed line.
pub fn parse_model(text: &str) -> Result<Parsed, String> {
    let mut rows = Vec::new();
    let mut transitions = [[0i16; TAGS]; TAGS];
    for (n, line) in text.lines().enumerate() {
        let at = n + 1;
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.first().copied() {
            Some("T") if fields.len() == 3 => {
                let from: usize = tag_index(fields[1]).ok_or(format!("{at}: bad tag"))?;
                for (to, w) in pairs(fields[2], at)? {
                    transitions[from][to] =
                        i16::try_from(w).map_err(|_| format!("{at}: weight out of range"))?;
                }
            }
            Some("F") if fields.len() == 4 => {
                let offset: i32 = fields[2]
                    .parse()
                    .map_err(|_| format!("{at}: bad offset {:?}", fields[2]))?;
                if !(-2..=2).contains(&offset) {
                    return Err(format!("{at}: offset {offset} out of -2..=2"));
                }
                let mut w = [0i8; TAGS];
                for (tag, v) in pairs(fields[3], at)? {
                    w[tag] = i8::try_from(v).map_err(|_| format!("{at}: weight out of range"))?;
                }
                rows.push((fields[1].to_string(), (offset + 2) as u8, w));
            }
            _ => return Err(format!("{at}: expected a T or F line")),
        }
    }
    Ok(Parsed { rows, transitions })
}

fn tag_index(s: &str) -> Option<usize> {
    s.parse::<usize>().ok().filter(|&t| t < TAGS)
}

/// `TAG:W` pairs separated by spaces.
fn pairs(s: &str, at: usize) -> Result<Vec<(usize, i32)>, String> {
    s.split(' ')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (t, w) = p.split_once(':').ok_or(format!("{at}: bad pair {p:?}"))?;
            let t = tag_index(t).ok_or(format!("{at}: bad tag {t:?}"))?;
            let w: i32 = w.parse().map_err(|_| format!("{at}: bad weight {w:?}"))?;
            Ok((t, w))
        })
        .collect()
}

/// The feature table: an open-addressing hash table (linear probing, at most half full) from a
/// feature key to its rows.
pub struct Layout {
    /// `0` for an empty slot, else the entry's index + 1; a power of two long.
    pub slots: Vec<u32>,
    /// The key of each entry.
    pub keys: Vec<u32>,
    /// Each entry's first row (`>> 5`) and which positions it has rows for (bits 0..5).
    pub rows: Vec<u32>,
    /// The weight rows, [`LANES`] bytes each (two's-complement i8), for each entry in position
    /// order.
    pub weights: Vec<u8>,
}

/// Lays out `rows` (keys need not be sorted; a repeated key and position keeps the first).
pub fn layout(rows: &[Row]) -> Layout {
    let mut sorted: Vec<&Row> = rows.iter().collect();
    crate::sort::sort_by_key(&mut sorted, |r| (r.0, r.1));
    sorted.dedup_by_key(|r| (r.0, r.1));
    let mut keys: Vec<u32> = Vec::new();
    let mut entry_rows: Vec<u32> = Vec::new();
    let mut weights: Vec<u8> = Vec::new();
    for r in sorted {
        if keys.last() != Some(&r.0) {
            keys.push(r.0);
            entry_rows.push(((weights.len() / LANES) as u32) << 5);
        }
        if let Some(last) = entry_rows.last_mut() {
            *last |= 1 << r.1;
        }
        let mut lane = [0u8; LANES];
        for (d, &w) in lane.iter_mut().zip(&r.2) {
            *d = w as u8;
        }
        weights.extend_from_slice(&lane);
    }
    let size = (2 * keys.len() + 2).next_power_of_two();
    let mut slots = vec![0u32; size];
    for (i, &key) in keys.iter().enumerate() {
        let mut s = slot_of(key, size);
        while slots[s] != 0 {
            s = (s + 1) & (size - 1);
        }
        slots[s] = i as u32 + 1;
    }
    Layout {
        slots,
        keys,
        rows: entry_rows,
        weights,
    }
}

/// The first slot probed for `key` in a table of `size` (a power of two) slots.
#[inline]
pub fn slot_of(key: u32, size: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & (size - 1)
}

/// A byte below this ends a feature's text in the compiled model: the feature's positions
/// (bits 0..POSITIONS, never 0). Feature texts hold no byte below it.
const TEXT_END: u8 = 0x20;

/// The compiled model: a compact byte string that [`decode`] lays out again on first use.
///
/// `b"QME2"`, the number of features (u32), the transitions (`TAGS * TAGS` i16), then each
/// feature in byte order of its text: its text front-coded (a byte with the number of bytes it
/// shares with the text before, except for the first, then the rest) ended by a byte with its
/// positions (bits 0..POSITIONS); then for each feature and position in order a u16 of the tags
/// with a weight and those weights (i8). All little-endian.
///
/// The texts, not their keys: [`decode`] hashes them again. Sorted text gzips far better than
/// the keys' differences, which look random (2026-12-07: 27,729 -> 26,906 B, gzip -9 22.4 ->
/// 18.5 KB for 2,242 features and 3,308 rows).
///
/// # Panics
/// If a feature's text is empty or holds a byte below `0x20`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode(rows: &[(String, u8, [i8; TAGS])], transitions: &[[i16; TAGS]; TAGS]) -> Vec<u8> {
    let mut sorted: Vec<&(String, u8, [i8; TAGS])> = rows.iter().collect();
    crate::sort::sort_by_key(&mut sorted, |r| (r.0.clone(), r.1));
    sorted.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    let mut texts: Vec<(&str, u8)> = Vec::new();
    for r in &sorted {
        match texts.last_mut() {
            Some(last) if last.0 == r.0 => last.1 |= 1 << r.1,
            _ => texts.push((&r.0, 1 << r.1)),
        }
    }
    let mut out = b"QME2".to_vec();
    out.extend_from_slice(&(texts.len() as u32).to_le_bytes());
    for row in transitions {
        for w in row {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    let mut prev: &[u8] = &[];
    for (i, &(text, positions)) in texts.iter().enumerate() {
        let text = text.as_bytes();
        assert!(
            !text.is_empty() && text.iter().all(|&b| b >= TEXT_END),
            "entity feature {text:?}: empty or with a byte below 0x20"
        );
        let mut shared = 0;
        if i > 0 {
            shared = text
                .iter()
                .zip(prev)
                .take_while(|(a, b)| a == b)
                .count()
                .min(255);
            out.push(shared as u8);
        }
        out.extend_from_slice(&text[shared..]);
        out.push(positions);
        prev = text;
    }
    for r in &sorted {
        let mut mask = 0u16;
        for (t, &w) in r.2.iter().enumerate() {
            if w != 0 {
                mask |= 1 << t;
            }
        }
        out.extend_from_slice(&mask.to_le_bytes());
        out.extend(r.2.iter().filter(|&&w| w != 0).map(|&w| w as u8));
    }
    out
}

/// Reads what [`encode`] wrote: the rows, keyed by `key` of each feature's text, and the
/// transitions; `None` if the bytes are not a model.
pub fn decode(bytes: &[u8], key: impl Fn(&str) -> u32) -> Option<(Vec<Row>, [[i16; TAGS]; TAGS])> {
    let mut at = 0usize;
    let mut take = |n: usize| -> Option<&[u8]> {
        let s = bytes.get(at..at + n)?;
        at += n;
        Some(s)
    };
    if take(4)? != b"QME2" {
        return None;
    }
    let n = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
    let mut transitions = [[0i16; TAGS]; TAGS];
    for row in &mut transitions {
        for w in row.iter_mut() {
            *w = i16::from_le_bytes(take(2)?.try_into().ok()?);
        }
    }
    // Each feature's key and positions.
    let mut features = Vec::with_capacity(n.min(bytes.len()));
    let mut text: Vec<u8> = Vec::new();
    for i in 0..n {
        if i > 0 {
            let shared = usize::from(*take(1)?.first()?);
            if shared > text.len() {
                return None;
            }
            text.truncate(shared);
        }
        let positions = loop {
            let b = *take(1)?.first()?;
            if b < TEXT_END {
                break b;
            }
            text.push(b);
        };
        features.push((key(std::str::from_utf8(&text).ok()?), positions));
    }
    let mut rows = Vec::new();
    for &(key, mask) in &features {
        for p in 0..POSITIONS as u8 {
            if mask & (1 << p) == 0 {
                continue;
            }
            let tags = u16::from_le_bytes(take(2)?.try_into().ok()?);
            let mut w = [0i8; TAGS];
            for (t, x) in w.iter_mut().enumerate() {
                if tags & (1 << t) != 0 {
                    *x = *take(1)?.first()? as i8;
                }
            }
            rows.push((key, p, w));
        }
    }
    Some((rows, transitions))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_bytes_round_trip() {
        let text = "# a model\nT\t0\t1:5 4:-3\nF\tw=the\t-1\t0:7 12:-2\nF\tw=the\t0\t3:1\nF\tsh=Xx\t2\t8:-128\n";
        let parsed = parse_model(text).unwrap();
        assert_eq!(parsed.rows.len(), 3);
        assert_eq!(parsed.transitions[0][1], 5);
        // The compiled model keeps the texts and keys them on reading (QME2, 2026-12-07: the
        // test keyed rows by number when the model stored keys).
        let key = |text: &str| {
            text.bytes()
                .fold(7u32, |h, b| h.wrapping_mul(31) ^ u32::from(b))
        };
        let mut rows: Vec<Row> = parsed
            .rows
            .iter()
            .map(|(f, p, w)| (key(f), *p, *w))
            .collect();
        let bytes = encode(&parsed.rows, &parsed.transitions);
        let (mut back, transitions) = decode(&bytes, key).unwrap();
        rows.sort_unstable();
        back.sort_unstable();
        assert_eq!(back, rows);
        assert_eq!(transitions, parsed.transitions);
        // Truncated or foreign bytes are refused, never a panic.
        for n in 0..bytes.len() {
            assert!(decode(&bytes[..n], key).is_none() || n == bytes.len());
        }
        assert!(decode(b"nope", key).is_none());
        assert!(parse_model("F\tw=x\t3\t0:1\n").is_err());
        assert!(parse_model("F\tw=x\t0\t0:300\n").is_err());
    }
}
