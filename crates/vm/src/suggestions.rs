//! "Did you mean: 'x'?" after an uncaught `NameError` or `AttributeError`: the closest name
//! by CPython 3.11's weighted edit distance (`Python/suggestions.c`): case flips cost 1, other
//! edits 2, and a candidate is only offered when at most about a third of the characters
//! change.

use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
/// Longer names (after trimming common affixes) are never compared.
const MAX_STRING_SIZE: usize = 40;
/// Namespaces this large are not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance of two byte strings, or `max_cost + 1` once it is certain to
/// exceed `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix: row[i] = cost(b[..j], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(bc, ac);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if any is close enough.
fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let limit = (name.len() + c.len() + 3) * MOVE_COST / 6;
        let limit = best.map_or(limit, |(_, d)| limit.min(d.saturating_sub(1)));
        let d = distance(name.as_bytes(), c.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

fn str_items(vm: &Vm, v: &Value) -> Vec<String> {
    vm.collect(v)
        .unwrap_or_default()
        .iter()
        .filter_map(|k| {
            k.as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str().to_string())
        })
        .collect()
}

fn dict_keys(vm: &Vm, d: &PyRef) -> Vec<String> {
    str_items(vm, &Value::Obj(d.clone()))
}

/// The suggestion for an uncaught exception `e`, as CPython prints it after the message.
pub fn suggestion(vm: &Vm, e: &PyRef) -> Option<String> {
    let exc = &vm.types().exc;
    let cls = e.class();
    let d = e.dict.as_ref()?;
    let name = vm.dict_get_str(d, "name").ok().flatten()?;
    let name = name.as_obj()?.as_str()?.as_str().to_string();
    let found = if crate::types::typeobj::is_subtype(cls, &exc.name_error) {
        name_error_suggestion(vm, e, &name)
    } else if crate::types::typeobj::is_subtype(cls, &exc.attribute_error) {
        let obj = vm.dict_get_str(d, "obj").ok().flatten()?;
        let dir = vm.builtin("dir").ok()?;
        let names = vm.call_positional(&dir, &[obj]).ok()?;
        best_match(&str_items(vm, &names), &name)
    } else {
        None
    }?;
    Some(format!(". Did you mean: '{found}'?"))
}

/// A NameError looks in the innermost frame's locals, then its globals, then builtins.
fn name_error_suggestion(vm: &Vm, e: &PyRef, name: &str) -> Option<String> {
    let Payload::Exception(data) = &e.payload else {
        return None;
    };
    let mut tb = data.borrow().traceback.clone()?;
    loop {
        let next = match &tb.payload {
            Payload::Traceback(t) => t.next.clone(),
            _ => return None,
        };
        match next {
            Some(n) => tb = n,
            None => break,
        }
    }
    let Payload::Traceback(t) = &tb.payload else {
        return None;
    };
    let locals: Vec<String> = {
        let values = t.locals.borrow();
        t.code
            .localsplus_names
            .iter()
            .zip(values.iter())
            .filter(|(_, v)| v.is_some())
            .filter_map(|(n, _)| n.as_str().map(|s| s.as_str().to_string()))
            .collect()
    };
    if let Some(s) = best_match(&locals, name) {
        return Some(s);
    }
    if let Some(s) = best_match(&dict_keys(vm, &t.globals), name) {
        return Some(s);
    }
    let builtins = vm.interp.builtins.borrow().clone()?;
    let ns = match &builtins.payload {
        Payload::Dict(_) => builtins.clone(),
        _ => builtins.dict.clone()?,
    };
    best_match(&dict_keys(vm, &ns), name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance(b"hieght", b"height", 100), 4);
        assert_eq!(distance(b"abc", b"ABC", 100), 3);
        assert_eq!(distance(b"mesage", b"message", 100), 2);
    }

    #[test]
    fn picks_closest() {
        let c = vec![
            "width".to_string(),
            "height".to_string(),
            "area".to_string(),
        ];
        assert_eq!(best_match(&c, "hieght").as_deref(), Some("height"));
        assert_eq!(best_match(&c, "zzzzzz"), None);
    }
}
