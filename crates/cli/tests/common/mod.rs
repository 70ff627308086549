//! What the `pyvm` binary's integration tests share: running the binary with a deadline
//! (stdout and stderr drained on their own threads, so a chatty child never blocks on a full
//! pipe, and a hung one is killed instead of hanging `cargo test`), mapping checks over a few
//! threads, and the `0xADDR` normalisation of object addresses.

// Each test binary compiles this module and uses part of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// The `pyvm` binary under test.
pub fn pyvm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyvm"))
}

/// A process that ended by itself.
pub struct Finished {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: ExitStatus,
}

impl Finished {
    pub fn stdout_text(&self) -> String {
        text(&self.stdout)
    }

    pub fn stderr_text(&self) -> String {
        text(&self.stderr)
    }
}

/// Runs `cmd` with `stdin` as its input; `None` when it was still running at `timeout` (it
/// is then killed).
pub fn run_with_deadline(cmd: &mut Command, stdin: &[u8], timeout: Duration) -> Option<Finished> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the child process");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let mut input = child.stdin.take().expect("stdin");
    // A child that exits without reading its input closes the pipe: not an error here.
    let _ = input.write_all(stdin);
    drop(input);
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait().expect("wait for the child") {
            Some(status) => break Some(status),
            None if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
            None => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
    status.map(|status| Finished {
        stdout,
        stderr,
        status,
    })
}

/// `f` over `items` on a few threads (each item usually starts processes); results in
/// order. A panic in `f` fails the caller once every worker has stopped.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new((0..items.len()).map(|_| None).collect::<Vec<Option<R>>>());
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 8);
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let result = f(item);
                results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(result);
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results
        .into_iter()
        .map(|r| r.expect("every item mapped"))
        .collect()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Object addresses (` at 0x7f...`) written ` at 0xADDR`, as the goldens have them.
pub fn without_addresses(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i]);
        out.push_str(" at 0xADDR");
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out + rest
}
