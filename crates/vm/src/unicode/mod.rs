//! Python's character database as the str methods use it: the `isX()` properties, decimal
//! digit values, and the full case mappings (lower, upper, title, casefold, with the final
//! sigma rule), from tables generated out of Python 3.11 (`tools/gen_unicode_tables.py`).
//!
//! Rust's own `char` methods follow a newer Unicode version and different definitions
//! (Python's `isdigit`, `isspace` and title case have no Rust counterpart), hence the tables.

mod tables;

pub use tables::UNICODE_VERSION;
use tables::{
    ALPHA, CASE, CASE_IGNORABLE, DECIMAL, DECIMAL_RUNS, DIGIT, LOWER, NUMERIC, PROPS, SPACE, TITLE,
    UPPER, XID_CONTINUE, XID_START,
};

/// The property flags of `c`.
fn props(c: char) -> u16 {
    let cp = c as u32;
    let i = PROPS.partition_point(|&(start, _)| start <= cp);
    PROPS[i - 1].1
}

fn has(c: char, flag: u16) -> bool {
    props(c) & flag != 0
}

pub fn is_alpha(c: char) -> bool {
    has(c, ALPHA)
}

pub fn is_decimal(c: char) -> bool {
    has(c, DECIMAL)
}

pub fn is_digit(c: char) -> bool {
    has(c, DIGIT)
}

pub fn is_numeric(c: char) -> bool {
    has(c, NUMERIC)
}

/// `str.isalnum()` of one character.
pub fn is_alnum(c: char) -> bool {
    has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

pub fn is_lower(c: char) -> bool {
    has(c, LOWER)
}

pub fn is_upper(c: char) -> bool {
    has(c, UPPER)
}

pub fn is_title(c: char) -> bool {
    has(c, TITLE)
}

/// Python's whitespace (`str.isspace`, `str.split()`, `str.strip()`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f');
    }
    has(c, SPACE)
}

/// Lowercase, uppercase or titlecase (`_PyUnicode_IsCased`).
pub fn is_cased(c: char) -> bool {
    has(c, LOWER | UPPER | TITLE)
}

pub fn is_case_ignorable(c: char) -> bool {
    has(c, CASE_IGNORABLE)
}

pub fn is_xid_start(c: char) -> bool {
    has(c, XID_START)
}

pub fn is_xid_continue(c: char) -> bool {
    has(c, XID_CONTINUE)
}

pub fn is_printable(c: char) -> bool {
    bytecode::unicode_printable::is_printable(c as u32)
}

/// The value of a decimal digit (`unicodedata.decimal`), if `c` is one.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let i = DECIMAL_RUNS.partition_point(|&(start, _)| start <= cp);
    let (start, end) = *DECIMAL_RUNS.get(i.checked_sub(1)?)?;
    (cp <= end).then_some(cp - start)
}

/// Which mapping of the case table.
#[derive(Clone, Copy)]
enum Case {
    Lower = 1,
    Upper = 2,
    Title = 3,
    Fold = 4,
}

/// Appends the full `case` mapping of `c` to `out`.
fn push_mapped(out: &mut String, c: char, case: Case) {
    if c.is_ascii() {
        out.push(match case {
            Case::Lower | Case::Fold => c.to_ascii_lowercase(),
            Case::Upper | Case::Title => c.to_ascii_uppercase(),
        });
        return;
    }
    let cp = c as u32;
    match CASE.binary_search_by_key(&cp, |e| e.0) {
        Ok(i) => {
            let e = CASE[i];
            let m = match case {
                Case::Lower => e.1,
                Case::Upper => e.2,
                Case::Title => e.3,
                Case::Fold => e.4,
            };
            if m.is_empty() {
                out.push(c);
            } else {
                out.push_str(m);
            }
        }
        Err(_) => out.push(c),
    }
}

/// Whether the capital sigma at `chars[i]` ends a word (then it lowers to `ς`):
/// CPython's `handle_capital_sigma`.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let before = loop {
        if j == 0 {
            break None;
        }
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            break Some(chars[j]);
        }
    };
    if !before.is_some_and(is_cased) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    !after.is_some_and(|c| is_cased(*c))
}

/// Lowers `chars[i]` into `out`, with the final sigma rule.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_mapped(out, chars[i], Case::Lower);
    }
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, c, Case::Upper);
    }
    out
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, c, Case::Fold);
    }
    out
}

/// `str.title()`: title case after an uncased character, lower case after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_mapped(&mut out, c, Case::Title);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first character in title case, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_mapped(&mut out, c, Case::Title);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_mapped(&mut out, c, Case::Upper);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties() {
        assert!(is_decimal('\u{663}') && is_digit('\u{b2}') && !is_decimal('\u{b2}'));
        assert!(is_numeric('\u{2167}') && !is_alpha('\u{2167}'));
        assert!(is_space('\u{3000}') && is_space('\x1c') && !is_space('\u{200b}'));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{b2}'), None);
        assert!(is_title('\u{1c5}') && !is_upper('\u{1c5}'));
    }

    #[test]
    fn case_mappings() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(casefold("straße"), "strasse");
        assert_eq!(lower("ΣΑΣ"), "σας");
        assert_eq!(casefold("ΣΑΣ"), "σασ");
        assert_eq!(title("ﬁne"), "Fine");
        assert_eq!(title("ǆemal"), "ǅemal");
        assert_eq!(capitalize("ǆEMAL"), "ǅemal");
        assert_eq!(swapcase("ǅa"), "ǅA");
    }
}
