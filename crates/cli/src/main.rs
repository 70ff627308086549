//! The `pyvm` command: options as `python3.11` takes them.
//!
//! `pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...`. Options are read up to the first
//! of `-c`, `-m` or a file name; everything after belongs to the program (`sys.argv`), as in
//! CPython. `lexopt` does the option tokenising (it handles `-Bc code`, `-mdis`, `--`).

mod compile_tools;
mod dis_tool;
mod options;
mod repl;
mod run;

use std::process::ExitCode;

fn main() -> ExitCode {
    let opts = match options::parse(std::env::args_os().skip(1)) {
        Ok(opts) => opts,
        Err(message) => {
            // CPython's text, with this program's own name as CPython prints its argv[0].
            let argv0 = std::env::args_os()
                .next()
                .map_or("pyvm".into(), |a| a.to_string_lossy().into_owned());
            eprintln!("{message}");
            eprintln!("usage: {argv0} [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            eprintln!("Try `python -h' for more information.");
            return ExitCode::from(2);
        }
    };
    match opts.action {
        options::Action::Help => {
            print!("{}", options::HELP);
            ExitCode::SUCCESS
        }
        options::Action::Version(verbose) => {
            if verbose {
                println!("Python 3.11.7 (pyvm {})", env!("CARGO_PKG_VERSION"));
            } else {
                println!("Python 3.11.7");
            }
            ExitCode::SUCCESS
        }
        options::Action::Module(name, args)
            if matches!(name.as_str(), "dis" | "py_compile" | "compileall") =>
        {
            run_module(&name, &args)
        }
        _ => run::run(opts),
    }
}

/// `-m MODULE`: the tools pyvm provides natively.
fn run_module(name: &str, args: &[std::ffi::OsString]) -> ExitCode {
    match name {
        "dis" => dis_tool::main(args),
        "py_compile" => compile_tools::py_compile_main(args),
        "compileall" => compile_tools::compileall_main(args),
        _ => {
            eprintln!("pyvm: No module named {name}");
            ExitCode::from(1)
        }
    }
}
