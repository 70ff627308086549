//! Times pyvm's compiler over files named on standard input (one path a line), in this one
//! process: every file is read first, then each is compiled as `compile(bytes, path,
//! "exec")`; prints `files=N failed=N seconds=S` (the compile time only), for
//! `benches/compile_bench.py`. `--repeat N` compiles the set N times and reports the best.

use std::io::BufRead;

// The allocator the pyvm binary uses (see crates/cli/src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

fn main() {
    let mut repeat = 1usize;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, n] = args.as_slice() {
        if flag == "--repeat" {
            repeat = n.parse().unwrap_or(1).max(1);
        }
    }
    let files: Vec<(String, Vec<u8>)> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect();
    let mut best = f64::INFINITY;
    let mut failed = 0;
    for _ in 0..repeat {
        failed = 0;
        let start = Instant::now();
        for (path, bytes) in &files {
            if compiler::decode::compile_bytes(bytes, path).is_err() {
                failed += 1;
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!("files={} failed={failed} seconds={best:.4}", files.len());
}
