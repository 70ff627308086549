//! Parse every file named on standard input (one path a line) and report the ones pyvm
//! rejects plus the total parse time, for comparing with CPython's `ast.parse`.

use std::io::BufRead;
use std::time::{Duration, Instant};

fn main() {
    let mut total = Duration::ZERO;
    let (mut files, mut failed, mut bytes) = (0usize, 0usize, 0usize);
    for line in std::io::stdin().lock().lines() {
        let Ok(path) = line else { break };
        let Ok(source) = std::fs::read_to_string(&path) else {
            println!("UNREADABLE {path}");
            continue;
        };
        files += 1;
        bytes += source.len();
        let start = Instant::now();
        let result = compiler::parse_module(&source, &path);
        total += start.elapsed();
        if let Err(e) = result {
            failed += 1;
            println!("FAIL {path}:{}:{}: {}", e.lineno, e.offset, e.msg);
        }
    }
    println!(
        "files={files} failed={failed} bytes={bytes} parse_seconds={:.3}",
        total.as_secs_f64()
    );
}
