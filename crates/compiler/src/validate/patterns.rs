//! The `match` pattern checks of CPython 3.11's compiler (`compiler_pattern` and helpers):
//! irrefutable patterns before the last case, repeated capture names, several starred names
//! in one sequence, and or-patterns whose alternatives bind different names.
//!
//! CPython sets the error location on entering each pattern and never restores it, so an
//! error found after a sub-pattern was compiled points at the last pattern entered; the
//! checker tracks that in [`Patterns::last`].

use ruff_python_ast::{Pattern, PatternMatchAs};
use ruff_text_size::{Ranged, TextRange};

use super::context::Checker;
use crate::error::SyntaxError;

struct Patterns<'c, 'a> {
    checker: &'c mut Checker<'a>,
    /// Names captured so far by the case's pattern, in order.
    stores: Vec<String>,
    /// The last pattern entered (CPython's current location).
    last: TextRange,
}

/// Check one `case` pattern; irrefutable patterns are allowed only in the last case or with
/// a guard.
pub(super) fn check_case(
    checker: &mut Checker<'_>,
    pattern: &Pattern,
    allow_irrefutable: bool,
) -> Result<(), SyntaxError> {
    let mut patterns = Patterns {
        checker,
        stores: Vec::new(),
        last: pattern.range(),
    };
    patterns.pattern(pattern, allow_irrefutable)
}

impl Patterns<'_, '_> {
    fn error(&self, msg: impl Into<String>, at: TextRange) -> SyntaxError {
        self.checker.error(msg, &at)
    }

    fn store(&mut self, name: &str) -> Result<(), SyntaxError> {
        if self.stores.iter().any(|n| n == name) {
            let msg = format!("multiple assignments to name '{name}' in pattern");
            return Err(self.error(msg, self.last));
        }
        self.stores.push(name.to_string());
        Ok(())
    }

    fn pattern(&mut self, pattern: &Pattern, allow_irrefutable: bool) -> Result<(), SyntaxError> {
        self.last = pattern.range();
        match pattern {
            Pattern::MatchAs(PatternMatchAs {
                pattern: sub, name, ..
            }) => {
                match sub {
                    None if !allow_irrefutable => {
                        let msg = match name {
                            Some(name) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    name.id
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, pattern.range()));
                    }
                    None => {}
                    Some(sub) => self.pattern(sub, allow_irrefutable)?,
                }
                match name {
                    Some(name) => self.store(&name.id),
                    None => Ok(()),
                }
            }
            Pattern::MatchStar(star) => match &star.name {
                Some(name) => self.store(&name.id),
                None => Ok(()),
            },
            Pattern::MatchSequence(seq) => {
                let stars = seq
                    .patterns
                    .iter()
                    .filter(|p| matches!(p, Pattern::MatchStar(_)))
                    .count();
                if stars > 1 {
                    return Err(self.error(
                        "multiple starred names in sequence pattern",
                        pattern.range(),
                    ));
                }
                seq.patterns.iter().try_for_each(|p| self.pattern(p, true))
            }
            Pattern::MatchMapping(mapping) => {
                for key in &mapping.keys {
                    self.checker.expr(key)?;
                }
                mapping
                    .patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p, true))?;
                match &mapping.rest {
                    Some(rest) => self.store(&rest.id),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(class) => {
                self.checker.expr(&class.cls)?;
                let keywords = &class.arguments.keywords;
                for (i, keyword) in keywords.iter().enumerate() {
                    if keywords[..i].iter().any(|k| k.attr.id == keyword.attr.id) {
                        return Err(self.error(
                            format!(
                                "attribute name repeated in class pattern: {}",
                                keyword.attr.id
                            ),
                            keyword.attr.range(),
                        ));
                    }
                }
                for p in &class.arguments.patterns {
                    self.pattern(p, true)?;
                }
                keywords
                    .iter()
                    .try_for_each(|k| self.pattern(&k.pattern, true))
            }
            Pattern::MatchOr(or) => {
                let outer = std::mem::take(&mut self.stores);
                let mut control: Option<Vec<String>> = None;
                let count = or.patterns.len();
                for (i, alternative) in or.patterns.iter().enumerate() {
                    self.stores.clear();
                    self.pattern(alternative, allow_irrefutable && i + 1 == count)?;
                    let mut names = self.stores.clone();
                    names.sort();
                    match &control {
                        None => control = Some(names),
                        Some(expected) if *expected != names => {
                            return Err(
                                self.error("alternative patterns bind different names", self.last)
                            );
                        }
                        Some(_) => {}
                    }
                }
                let bound = std::mem::replace(&mut self.stores, outer);
                bound.iter().try_for_each(|name| self.store(name))
            }
            Pattern::MatchValue(value) => self.checker.expr(&value.value),
            Pattern::MatchSingleton(_) => Ok(()),
        }
    }
}
