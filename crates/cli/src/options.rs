//! Command-line options in CPython's grammar.

use std::ffi::OsString;

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Action {
    Help,
    /// `-V`; `true` for `-VV`.
    Version(bool),
    /// `-c CODE [arg ...]`
    Command(String, Vec<OsString>),
    /// `-m MODULE [arg ...]`
    Module(String, Vec<OsString>),
    /// `FILE [arg ...]` (`-` is standard input)
    Script(OsString, Vec<OsString>),
    Repl,
}

/// The parsed command line.
#[derive(Debug)]
pub struct Options {
    pub action: Action,
    /// `-B`: do not write `.pyc` files.
    pub dont_write_bytecode: bool,
    /// `-E`: ignore `PYTHON*` environment variables.
    pub ignore_environment: bool,
    /// `-I`: isolated mode.
    pub isolated: bool,
    /// `-X` options, in order.
    pub xoptions: Vec<String>,
    /// `-u`: unbuffered stdout.
    pub unbuffered: bool,
    /// `-q`: no version banner in interactive mode.
    pub quiet: bool,
}

pub const HELP: &str = "\
usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-B     : don't write .pyc files on import
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-s     : accepted (pyvm has no user site directory)
-S     : accepted (pyvm has no site module)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Modules pyvm provides natively:
-m dis [-C|--show-caches] [FILE.py|FILE.pyc ...]
       : disassemble as `python3.11 -m dis` (source from stdin without a file)
-m py_compile [-q] FILE... | -
       : write __pycache__/NAME.pyvm-311.pyc (CPython 3.11's .pyc format)
-m compileall [-l] [-r N] [-f] [-q] [-b] [-d DESTDIR] [-i FILE] FILE|DIR...
       : compile directory trees as `python3.11 -m compileall`
";

/// Parses `args` (without the program name).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut opts = Options {
        action: Action::Repl,
        dont_write_bytecode: false,
        ignore_environment: false,
        isolated: false,
        xoptions: Vec::new(),
        unbuffered: false,
        quiet: false,
    };
    let mut versions = 0;
    let rest = |parser: &mut lexopt::Parser| -> Vec<OsString> {
        parser.raw_args().map(|r| r.collect()).unwrap_or_default()
    };
    let text = |v: OsString| {
        v.into_string()
            .map_err(|_| "argument is not valid UTF-8".to_string())
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Short('?') | Long("help") => {
                opts.action = Action::Help;
                return Ok(opts);
            }
            Short('V') | Long("version") => versions += 1,
            Short('B') => opts.dont_write_bytecode = true,
            Short('E') => opts.ignore_environment = true,
            Short('I') => {
                opts.isolated = true;
                opts.ignore_environment = true;
            }
            Short('u') => opts.unbuffered = true,
            Short('q') => opts.quiet = true,
            // pyvm has no site module or user site-packages: nothing to disable.
            Short('s') | Short('S') => {}
            Short('X') => opts.xoptions.push(text(
                parser
                    .value()
                    .map_err(|_| "Argument expected for the -X option")?,
            )?),
            Short('c') => {
                let code = text(
                    parser
                        .value()
                        .map_err(|_| "Argument expected for the -c option")?,
                )?;
                opts.action = Action::Command(code, rest(&mut parser));
                break;
            }
            Short('m') => {
                let module = text(
                    parser
                        .value()
                        .map_err(|_| "Argument expected for the -m option")?,
                )?;
                opts.action = Action::Module(module, rest(&mut parser));
                break;
            }
            Value(file) => {
                opts.action = Action::Script(file, rest(&mut parser));
                break;
            }
            Short(c) => return Err(format!("Unknown option: -{c}")),
            Long(l) => return Err(format!("unknown option --{l}")),
        }
    }
    if versions > 0 && !matches!(opts.action, Action::Help) {
        opts.action = Action::Version(versions > 1);
    }
    Ok(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Options {
        parse(args.iter().map(OsString::from)).expect("valid command line")
    }

    #[test]
    fn module_takes_the_rest_of_the_line() {
        let o = parse_strs(&["-B", "-m", "dis", "-C", "x.pyc"]);
        assert!(o.dont_write_bytecode);
        assert_eq!(
            o.action,
            Action::Module("dis".into(), vec!["-C".into(), "x.pyc".into()])
        );
        let o = parse_strs(&["-mdis", "a"]);
        assert_eq!(o.action, Action::Module("dis".into(), vec!["a".into()]));
    }

    #[test]
    fn combined_flags_and_command() {
        let o = parse_strs(&["-BEc", "print(1)", "-x"]);
        assert!(o.dont_write_bytecode && o.ignore_environment);
        assert_eq!(
            o.action,
            Action::Command("print(1)".into(), vec!["-x".into()])
        );
    }

    #[test]
    fn script_and_version() {
        let o = parse_strs(&["-X", "dev", "prog.py", "--flag"]);
        assert_eq!(o.xoptions, vec!["dev".to_string()]);
        assert_eq!(
            o.action,
            Action::Script("prog.py".into(), vec!["--flag".into()])
        );
        assert_eq!(parse_strs(&["-VV"]).action, Action::Version(true));
        assert_eq!(parse_strs(&[]).action, Action::Repl);
        assert!(parse(["-c"].iter().map(OsString::from)).is_err());
    }
}
