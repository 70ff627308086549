//! Damaged input never crashes pyvm: 12,000 seeded mutations of the golden `.pyc` files
//! (bit flips, byte overwrites, truncations, insertions, deletions, and length fields
//! spliced to huge or negative values) go through `pyc::read`, and whatever loads goes on
//! through `marshal::dumps`, the location tables and `dis`. Each must return, without a
//! panic, an error naming an offset inside the input or a result; no single allocation may
//! exceed a fixed bound (checked by a counting allocator), so no length field is trusted.

use bytecode::dis::{self, DisOptions};
use bytecode::{linetable, marshal, pyc};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Records the largest single allocation since the last reset.
struct Counting;

static LARGEST: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; it only records sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract for `alloc` is passed through as is.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout (see `alloc`).
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LARGEST.fetch_max(new_size, Ordering::Relaxed);
        // SAFETY: as for `alloc`/`dealloc`: the caller's contract is passed through.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// No allocation may be larger than this for inputs of at most a few hundred KiB.
const ALLOCATION_LIMIT: usize = 64 << 20;
/// The default count; `PYVM_MUTATIONS=N cargo test --release --test marshal_mutation` runs more.
const MUTATIONS: u64 = 12_000;

/// splitmix64: a tiny deterministic generator, so every failure names a reproducible seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn fixtures() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/dis");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pyc"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn mutate(rng: &mut Rng, data: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(4) {
        let len = data.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            2 => data.truncate(rng.below(len + 1)),
            3 => {
                let i = rng.below(len + 1);
                let extra: Vec<u8> = (0..1 + rng.below(8)).map(|_| rng.next() as u8).collect();
                data.splice(i..i, extra);
            }
            4 if len > 0 => {
                let i = rng.below(len);
                let end = (i + 1 + rng.below(16)).min(len);
                data.drain(i..end);
            }
            _ => {
                // Splice a hostile length after a type code that takes one.
                let sized = b"s(u[<>alt".map(|c| c | 0x80);
                let starts: Vec<usize> = (16..len.saturating_sub(4))
                    .filter(|&i| b"s(u[<>alt".contains(&data[i]) || sized.contains(&data[i]))
                    .collect();
                if starts.is_empty() {
                    continue;
                }
                let at = starts[rng.below(starts.len())] + 1;
                let value: u32 = match rng.below(4) {
                    0 => 0x7FFF_FFFF,
                    1 => 0xFFFF_FFFF,
                    2 => 0x8000_0000,
                    _ => rng.next() as u32,
                };
                data[at..at + 4].copy_from_slice(&value.to_le_bytes());
            }
        }
    }
}

/// Everything pyvm does with a `.pyc` today.
fn exercise(data: &[u8]) -> Result<(), String> {
    match pyc::read(data) {
        Err(e) => {
            if e.message.is_empty() || e.offset > data.len() {
                return Err(format!("bad error {e:?} for {} bytes", data.len()));
            }
        }
        Ok(p) => {
            let _ = marshal::dumps(&p.code);
            if let Some(code) = p.code.as_code() {
                let _ = linetable::co_positions(code.linetable(), code.co_firstlineno);
                let mut out = String::new();
                let _ = dis::dis_into(&mut out, code, &DisOptions::default());
            }
        }
    }
    Ok(())
}

#[test]
fn mutated_pycs_never_crash_or_over_allocate() {
    let originals = fixtures();
    assert!(!originals.is_empty());
    let (mut loaded, mut rejected) = (0, 0);
    let count = std::env::var("PYVM_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(MUTATIONS);
    for seed in 0..count {
        let mut rng = Rng(seed);
        let mut data = originals[rng.below(originals.len())].clone();
        mutate(&mut rng, &mut data);
        LARGEST.store(0, Ordering::Relaxed);
        let outcome = std::panic::catch_unwind(|| exercise(&data));
        match outcome {
            Err(_) => panic!("seed {seed}: pyvm panicked on a mutated .pyc"),
            Ok(Err(why)) => panic!("seed {seed}: {why}"),
            Ok(Ok(())) => {}
        }
        let largest = LARGEST.load(Ordering::Relaxed);
        assert!(
            largest <= ALLOCATION_LIMIT,
            "seed {seed}: allocated {largest} bytes at once"
        );
        if pyc::read(&data).is_ok() {
            loaded += 1;
        } else {
            rejected += 1;
        }
    }
    // Both paths must really be exercised.
    assert!(
        loaded > 500 && rejected > 500,
        "loaded {loaded}, rejected {rejected}"
    );
    println!("{count} mutations: {loaded} loaded, {rejected} rejected, no panic");
}
