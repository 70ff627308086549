//! Ctrl-C: SIGINT raises KeyboardInterrupt in the main thread, as in CPython 3.11 — in a busy
//! loop (at an eval-breaker checkpoint), in `time.sleep` and in a lock wait — and an uncaught
//! one prints its traceback, then ends the process by SIGINT.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `pyvm -c program`, waits for its first line ("go"), sends SIGINT, and returns
/// (stdout after "go", stderr, exit code, terminating signal).
fn interrupt(program: &str) -> (String, String, Option<i32>, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(["-c", program])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyvm");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert_eq!(first, "go\n");
    std::thread::sleep(Duration::from_millis(100));
    // SAFETY: sending a signal to our own child process has no memory-safety preconditions.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("pyvm ignored SIGINT: {program}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let (mut rest, mut err) = (String::new(), String::new());
    out.read_to_string(&mut rest).unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (rest, err, status.code(), status.signal())
}

#[test]
fn a_busy_loop_gets_a_keyboard_interrupt_it_can_catch() {
    let prog = "print('go', flush=True)\ntry:\n    n = 0\n    while True:\n        n += 1\n\
                except KeyboardInterrupt:\n    print('caught')\n";
    let (out, err, code, _) = interrupt(prog);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("caught\n", "", Some(0))
    );
}

#[test]
fn an_uncaught_interrupt_prints_a_traceback_and_dies_by_sigint() {
    for (what, prog) in [
        ("sleep", "import time\nprint('go', flush=True)\ntime.sleep(60)\n"),
        (
            "lock",
            "import threading\nl = threading.Lock()\nl.acquire()\nprint('go', flush=True)\nl.acquire()\n",
        ),
    ] {
        let (out, err, code, signal) = interrupt(prog);
        assert_eq!(out, "", "{what}");
        assert!(err.starts_with("Traceback (most recent call last):\n"), "{what}: {err}");
        assert!(err.ends_with("\nKeyboardInterrupt\n"), "{what}: {err}");
        assert_eq!((code, signal), (None, Some(libc::SIGINT)), "{what}");
    }
}
