//! Checks pyvm's single opcode table against CPython 3.11's `opcode`, `_opcode.stack_effect`
//! and `dis` facts, recorded in `golden/opcode.txt` by `tools/regen_opcode_golden.py`.

use bytecode::opcode::{self, byte_info, ArgKind, Opcode, BY_CODE, CMP_OP, HAVE_ARGUMENT, NB_OPS};

const GOLDEN: &str = include_str!("golden/opcode.txt");

fn rows(tag: &str) -> impl Iterator<Item = Vec<&'static str>> + '_ {
    GOLDEN
        .lines()
        .map(|l| l.split(' ').collect::<Vec<_>>())
        .filter(move |f| f[0] == tag)
}

fn field<'a>(fields: &[&'a str], key: &str) -> &'a str {
    fields
        .iter()
        .find_map(|f| f.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
        .unwrap_or_else(|| panic!("golden row lacks {key}: {fields:?}"))
}

#[test]
fn every_opcode_matches_cpython() {
    let mut seen = 0;
    for f in rows("op") {
        let code: u8 = f[1].parse().unwrap();
        let info =
            BY_CODE[code as usize].unwrap_or_else(|| panic!("pyvm lacks opcode {code} {}", f[2]));
        assert_eq!(info.name, f[2], "name of {code}");
        assert_eq!(
            info.caches.to_string(),
            field(&f, "caches"),
            "caches of {}",
            info.name
        );
        let kinds: Vec<&str> = field(&f, "kinds")
            .split(',')
            .filter(|k| *k != "-")
            .collect();
        let expected = match info.arg {
            ArgKind::Const => vec!["hasconst"],
            ArgKind::Name | ArgKind::GlobalName => vec!["hasname"],
            ArgKind::JumpForward => vec!["hasjrel"],
            ArgKind::JumpBackward => vec!["hasjrel", "backward"],
            ArgKind::Local => vec!["haslocal"],
            ArgKind::Compare => vec!["hascompare"],
            ArgKind::Free => vec!["hasfree"],
            ArgKind::None
            | ArgKind::Plain
            | ArgKind::BinaryOp
            | ArgKind::FormatValue
            | ArgKind::MakeFunction => vec![],
        };
        assert_eq!(kinds, expected, "argument kind of {}", info.name);
        let op = Opcode::from_byte(code).unwrap();
        assert_eq!(op.has_arg(), code >= HAVE_ARGUMENT);
        assert_eq!(
            matches!(info.arg, ArgKind::None),
            !op.has_arg(),
            "{}",
            info.name
        );
        for effect in field(&f, "effects").split(',') {
            let (arg, rest) = effect.split_once(':').unwrap();
            let (nojump, jump) = rest.split_once('/').unwrap();
            let arg: i32 = if arg == "-" { 0 } else { arg.parse().unwrap() };
            assert_eq!(
                op.stack_effect(arg, false).to_string(),
                nojump,
                "stack_effect({}, {arg}, jump=False)",
                info.name
            );
            assert_eq!(
                op.stack_effect(arg, true).to_string(),
                jump,
                "stack_effect({}, {arg}, jump=True)",
                info.name
            );
        }
        assert_eq!(opcode::opmap(info.name), Some(op));
        seen += 1;
    }
    assert_eq!(
        seen,
        opcode::OPCODES.len(),
        "pyvm has opcodes CPython lacks"
    );
    assert_eq!(seen, 110, "3.11 defines 110 opcodes, CACHE included");
}

#[test]
fn constants_match_cpython() {
    let value = |tag| rows(tag).next().unwrap()[1].parse::<u8>().unwrap();
    assert_eq!(HAVE_ARGUMENT, value("have_argument"));
    assert_eq!(Opcode::EXTENDED_ARG as u8, value("extended_arg"));
    let cmp: Vec<_> = rows("cmp_op").map(|f| f[2]).collect();
    assert_eq!(cmp, CMP_OP);
    let nb: Vec<_> = rows("nb_op").map(|f| f[2]).collect();
    assert_eq!(nb, NB_OPS);
}

#[test]
fn every_byte_names_and_deopts_like_dis() {
    for f in rows("allname") {
        let byte: u8 = f[1].parse().unwrap();
        let info = byte_info(byte);
        assert_eq!(info.name.to_string(), f[2], "dis._all_opname[{byte}]");
        let deopt = info.deopt.map_or(byte, |d| d.code);
        assert_eq!(deopt.to_string(), f[3], "dis._deoptop({byte})");
    }
}

#[test]
fn cache_layouts_match_cpython() {
    let mut expected: Vec<(String, String, String)> = rows("cache_format")
        .map(|f| (f[1].to_string(), f[2].to_string(), f[3].to_string()))
        .collect();
    let mut ours: Vec<(String, String, String)> = opcode::CACHE_FORMAT
        .iter()
        .flat_map(|(code, fields)| {
            let name = BY_CODE[*code as usize].unwrap().name;
            fields
                .iter()
                .map(move |(f, s)| (name.to_string(), f.to_string(), s.to_string()))
        })
        .collect();
    expected.sort();
    ours.sort();
    assert_eq!(ours, expected);
}
