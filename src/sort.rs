//! A stable sort by key: the standard library's natively; in the wasm build one small sort
//! shared by every call site.
//!
//! `slice::sort_by_key` is compiled anew for every element type and key (a quicksort, a merge
//! and small sorts each time): the pipeline's nine stable sorts made 65 functions of 76 KB of the
//! module's 838 KB of code. Any stable sort puts equal keys in the same order, so the output
//! cannot change with the algorithm; in wasm [`sort_by_key`] hands the slice to [`stable`], which
//! is compiled once and reads and moves the elements through a [`Seq`] (the algorithm of Go's
//! `sort.Stable`: insertion sorts of 20 elements, then in-place merges by rotation, SymMerge of
//! Kim and Kutzner 2004). It needs no buffer, so no more memory than the standard sort.

// Natively only the tests call `stable`.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

/// Sorts `v` by `key`, keeping the order of elements with equal keys.
#[inline]
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_key(key);
    #[cfg(target_arch = "wasm32")]
    stable(&mut ByKey { v, key });
}

/// A sequence [`stable`] sorts by comparing and swapping its elements by index.
pub(crate) trait Seq {
    fn len(&self) -> usize;
    /// Whether element `i` goes strictly before element `j`.
    fn less(&mut self, i: usize, j: usize) -> bool;
    fn swap(&mut self, i: usize, j: usize);
}

/// A slice ordered by a key of its elements.
struct ByKey<'a, T, F> {
    v: &'a mut [T],
    key: F,
}

impl<T, K: Ord, F: FnMut(&T) -> K> Seq for ByKey<'_, T, F> {
    fn len(&self) -> usize {
        self.v.len()
    }

    fn less(&mut self, i: usize, j: usize) -> bool {
        (self.key)(&self.v[i]) < (self.key)(&self.v[j])
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.v.swap(i, j);
    }
}

/// Sorts `data` stably in place: O(n log n) comparisons, O(n log² n) swaps at worst, and
/// about n comparisons for a sequence that is already in order.
#[inline(never)]
pub(crate) fn stable(data: &mut dyn Seq) {
    const BLOCK: usize = 20;
    let n = data.len();
    let mut a = 0;
    while a + BLOCK <= n {
        insertion_sort(data, a, a + BLOCK);
        a += BLOCK;
    }
    insertion_sort(data, a, n);
    let mut block = BLOCK;
    while block < n {
        let mut a = 0;
        while a + 2 * block <= n {
            sym_merge(data, a, a + block, a + 2 * block);
            a += 2 * block;
        }
        if a + block < n {
            sym_merge(data, a, a + block, n);
        }
        block *= 2;
    }
}

fn insertion_sort(data: &mut dyn Seq, a: usize, b: usize) {
    for i in a + 1..b {
        let mut j = i;
        while j > a && data.less(j, j - 1) {
            data.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Merges the sorted runs `a..m` and `m..b` in place.
fn sym_merge(data: &mut dyn Seq, a: usize, m: usize, b: usize) {
    // One element on the left: find where it goes in the right run and move it there.
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if data.less(h, a) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        for k in a..i - 1 {
            data.swap(k, k + 1);
        }
        return;
    }
    // One element on the right: the same the other way.
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !data.less(m, h) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        for k in (i + 1..=m).rev() {
            data.swap(k, k - 1);
        }
        return;
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !data.less(p - c, c) {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(data, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(data, a, start, mid);
    }
    if mid < end && end < b {
        sym_merge(data, mid, end, b);
    }
}

/// Swaps the blocks `a..m` and `m..b`.
fn rotate(data: &mut dyn Seq, a: usize, m: usize, b: usize) {
    let (mut i, mut j) = (m - a, b - m);
    while i != j {
        if i > j {
            swap_range(data, m - i, m, j);
            i -= j;
        } else {
            swap_range(data, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(data, m - i, m, i);
}

fn swap_range(data: &mut dyn Seq, a: usize, b: usize, n: usize) {
    for i in 0..n {
        data.swap(a + i, b + i);
    }
}

#[cfg(test)]
mod tests {
    use super::{stable, ByKey};

    /// [`stable`] orders as the standard stable sort does, ties included, for lengths around
    /// its block size and its merges, on random, sorted, reversed and few-valued keys.
    #[test]
    fn sorts_as_the_standard_stable_sort() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for n in (0..70).chain([99, 100, 101, 160, 333, 1000, 4099]) {
            for shape in 0..4 {
                // (key, position): the position shows whether ties kept their order.
                let v: Vec<(u64, usize)> = (0..n)
                    .map(|i| {
                        let key = match shape {
                            0 => next() % 1000,
                            1 => i as u64 / 3,
                            2 => (n - i) as u64,
                            _ => next() % 3,
                        };
                        (key, i)
                    })
                    .collect();
                let mut expected = v.clone();
                expected.sort_by_key(|e| e.0);
                let mut got = v;
                stable(&mut ByKey {
                    v: &mut got[..],
                    key: |e: &(u64, usize)| e.0,
                });
                assert_eq!(got, expected, "n {n}, shape {shape}");
            }
        }
    }
}
