//! "Did you mean: 'x'?" for uncaught `AttributeError` and `NameError`, computed as CPython
//! 3.11's `Python/suggestions.c` does: a Levenshtein distance over UTF-8 bytes where a case
//! change costs less than another substitution, and the closest name within a budget that
//! grows with the lengths of both names.

use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b`, or something above `max_cost` once it is known to
/// exceed it.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a = &a[..a.len() - suffix];
    b = &b[..b.len() - suffix];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (a_index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[a_index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[a_index] = result;
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
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn str_list(vm: &Vm, v: &Value) -> Vec<String> {
    vm.collect(v)
        .unwrap_or_default()
        .iter()
        .filter_map(|x| {
            x.as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str().to_string())
        })
        .collect()
}

fn exc_attr(vm: &Vm, e: &PyRef, name: &str) -> Option<Value> {
    e.dict
        .as_ref()
        .and_then(|d| vm.dict_get_str(d, name).ok().flatten())
}

/// The suggestion for an uncaught exception (`None` for other kinds or when nothing is
/// close).
pub fn offer(vm: &Vm, e: &PyRef) -> Option<String> {
    let exc = &vm.types().exc;
    let cls = e.class();
    let name = exc_attr(vm, e, "name")?;
    let name = name.as_obj()?.as_str()?.as_str().to_string();
    if crate::types::typeobj::is_subtype(cls, &exc.attribute_error) {
        let obj = exc_attr(vm, e, "obj")?;
        let dir = vm.builtin("dir").ok()?;
        let names = vm.call_positional(&dir, &[obj]).ok()?;
        return best_match(&str_list(vm, &names), &name);
    }
    if crate::types::typeobj::is_subtype(cls, &exc.name_error) {
        // The innermost frame's local variable names, then its globals, then builtins.
        let mut tb = match &e.payload {
            Payload::Exception(d) => d.borrow().traceback.clone()?,
            _ => return None,
        };
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
        let varnames: Vec<String> = t
            .code
            .raw()
            .varnames()
            .map(|s| s.to_string_lossy())
            .collect();
        if let Some(s) = best_match(&varnames, &name) {
            return Some(s);
        }
        let globals = str_list(vm, &Value::Obj(t.globals.clone()));
        if let Some(s) = best_match(&globals, &name) {
            return Some(s);
        }
        let builtins = str_list(vm, &Value::Obj(vm.builtins_dict()));
        return best_match(&builtins, &name);
    }
    None
}
