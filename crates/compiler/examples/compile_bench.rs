//! Times pyvm's compiler over files named on standard input (one path a line), in this one
//! process: every file is read first, then each is compiled as `compile(bytes, path,
//! "exec")`; prints `files=N failed=N seconds=S cpu_seconds=C` (the compile time only, wall
//! clock and process CPU time), for
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
    let mut best_cpu = f64::INFINITY;
    let mut failed = 0;
    for _ in 0..repeat {
        failed = 0;
        let cpu_start = process_cpu_seconds();
        let start = Instant::now();
        for (path, bytes) in &files {
            if compiler::decode::compile_bytes(bytes, path).is_err() {
                failed += 1;
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(process_cpu_seconds() - cpu_start);
    }
    println!(
        "files={} failed={failed} seconds={best:.4} cpu_seconds={best_cpu:.4}",
        files.len()
    );
}

/// User plus system CPU time of the whole process (the compile worker thread included),
/// from `/proc/self/stat` (clock ticks of 1/100 s); 0 where that is unavailable.
fn process_cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the `(comm)`: state is field 3, utime 14, stime 15.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}
