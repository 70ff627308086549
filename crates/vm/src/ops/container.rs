//! Containers: `len()`, subscripts (`x[i]`, `x[a:b:c]`, assignment and deletion) with
//! CPython's messages, `in`, and the mapping helpers the evaluation loop needs (`**kwargs`,
//! class namespaces, pattern matching).

use crate::object::{Payload, PyObject};
use crate::ops::number::{num_of, user_method, Num};
use crate::types::typeobj;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// A slice resolved against a length: CPython's `PySlice_AdjustIndices`.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The indices the slice selects, in order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// `len(v)`.
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            let cls = o.class().clone();
            if let Some(m) = user_method(self, &cls, "__len__") {
                let r = self.call_method_value(&m, v, &[])?;
                return match num_of(&r) {
                    Some(Num::Int(i)) if i >= 0 => Ok(i as usize),
                    Some(Num::Int(_)) | Some(Num::Big(_))
                        if matches!(num_of(&r), Some(Num::Int(_))) =>
                    {
                        Err(self.value_error("__len__() should return >= 0"))
                    }
                    Some(Num::Big(_)) => {
                        Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                    }
                    _ => Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(&r)
                    ))),
                };
            }
            if let Some(n) = native_len(o) {
                return Ok(n);
            }
            if let Payload::BigRange(r) = &o.payload {
                return crate::builtins::range::length(self, r);
            }
        }
        Err(self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    /// `obj[key]`.
    pub fn getitem(&self, obj: &Value, key: &Value) -> PyResult<Value> {
        let Value::Obj(o) = obj else {
            return Err(self.not_subscriptable(obj));
        };
        let cls = o.class().clone();
        if let Some(m) = user_method(self, &cls, "__getitem__") {
            return self.call_method_value(&m, obj, std::slice::from_ref(key));
        }
        match &o.payload {
            Payload::List(l) => {
                if let Some(s) = as_slice(key) {
                    let items = l.borrow();
                    let ix = self.slice_indices(s, items.len())?;
                    return Ok(self.new_list(ix.iter().map(|i| items[i].clone()).collect()));
                }
                let i = self.seq_index(key, "list")?;
                let items = l.borrow();
                norm_index(i, items.len())
                    .map(|i| items[i].clone())
                    .ok_or_else(|| self.index_error("list index out of range"))
            }
            Payload::Tuple(t) => {
                if let Some(s) = as_slice(key) {
                    let ix = self.slice_indices(s, t.len())?;
                    if ix.len == t.len()
                        && ix.step == 1
                        && std::rc::Rc::ptr_eq(o.class(), &self.types().tuple)
                    {
                        return Ok(obj.clone());
                    }
                    return Ok(self.new_tuple(ix.iter().map(|i| t[i].clone()).collect()));
                }
                let i = self.seq_index(key, "tuple")?;
                norm_index(i, t.len())
                    .map(|i| t[i].clone())
                    .ok_or_else(|| self.index_error("tuple index out of range"))
            }
            Payload::Str(s) => {
                if let Some(sl) = as_slice(key) {
                    let ix = self.slice_indices(sl, s.char_len())?;
                    if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        let out: String = ix.iter().map(|i| b[i] as char).collect();
                        return Ok(self.new_str(out));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = ix.iter().map(|i| chars[i]).collect();
                    return Ok(self.new_str(out));
                }
                let i = match num_of(key) {
                    Some(Num::Int(i)) => i,
                    _ => match self.index_opt(key)? {
                        Some(i) => i,
                        None => {
                            return Err(self.type_error(format!(
                                "string indices must be integers, not '{}'",
                                self.type_name(key)
                            )))
                        }
                    },
                };
                let i = norm_index(i, s.char_len())
                    .ok_or_else(|| self.index_error("string index out of range"))?;
                let c = if s.is_ascii() {
                    s.as_str().as_bytes()[i] as char
                } else {
                    s.as_str().chars().nth(i).unwrap_or('\0')
                };
                Ok(self.new_char(c))
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let bytes = self.bytes_like(obj).unwrap_or_default();
                let is_array = matches!(o.payload, Payload::ByteArray(_));
                if let Some(sl) = as_slice(key) {
                    let ix = self.slice_indices(sl, bytes.len())?;
                    let out: Vec<u8> = ix.iter().map(|i| bytes[i]).collect();
                    return Ok(if is_array {
                        crate::builtins::bytes::new_bytearray(self, out)
                    } else {
                        self.new_bytes(out)
                    });
                }
                let kind = if is_array { "bytearray" } else { "byte" };
                let i = self.seq_index(key, kind)?;
                norm_index(i, bytes.len())
                    .map(|i| Value::Int(bytes[i] as i64))
                    .ok_or_else(|| {
                        self.index_error(if is_array {
                            "bytearray index out of range"
                        } else {
                            "index out of range"
                        })
                    })
            }
            Payload::Range(_) | Payload::BigRange(_) => self.range_getitem(o, key),
            Payload::Dict(d) => {
                if let Some(v) = crate::dict::get(self, d, key)? {
                    return Ok(v);
                }
                if !std::rc::Rc::ptr_eq(o.class(), &self.types().dict) {
                    if let Some(m) = user_method(self, &cls, "__missing__") {
                        return self.call_method_value(&m, obj, std::slice::from_ref(key));
                    }
                }
                Err(self.key_error(key.clone()))
            }
            Payload::Type(_) => {
                if let Some(m) = typeobj::lookup_str(self, o, "__class_getitem__") {
                    let f = match m.as_obj().map(|x| &x.payload) {
                        Some(Payload::ClassMethod(f)) => f.clone(),
                        _ => m,
                    };
                    return self.call_positional(&f, &[obj.clone(), key.clone()]);
                }
                if let Some(alias) = crate::builtins::generic_alias(self, o, key)? {
                    return Ok(alias);
                }
                Err(self.type_error(format!(
                    "type '{}' is not subscriptable",
                    typeobj::data(o).name()
                )))
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    /// `range[i]` and `range[a:b:c]` (a range of the selected elements).
    fn range_getitem(&self, o: &PyRef, key: &Value) -> PyResult<Value> {
        use crate::builtins::range::{bounds, item, make_range, slice_big};
        let Some(r) = bounds(&o.payload) else {
            return Err(self.not_subscriptable(&Value::Obj(o.clone())));
        };
        if let Some(sl) = as_slice(key) {
            let (start, stop, step) = slice_big(self, sl, &r.len())?;
            return Ok(make_range(
                self,
                r.item(&start),
                r.item(&stop),
                &r.step * step,
            ));
        }
        match num_of(key) {
            Some(Num::Int(i)) => item(self, &r, &i.into()),
            Some(Num::Big(b)) => item(self, &r, b),
            _ => match self.index_opt(key)? {
                Some(i) => item(self, &r, &i.into()),
                None => Err(self.type_error(format!(
                    "range indices must be integers or slices, not {}",
                    self.type_name(key)
                ))),
            },
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> PyErr {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    /// A one-character str (ASCII ones are interned, as CPython caches Latin-1 ones).
    pub fn new_char(&self, c: char) -> Value {
        if c.is_ascii() {
            let mut buf = [0u8; 4];
            return Value::Obj(self.intern(c.encode_utf8(&mut buf)));
        }
        self.new_str(c.to_string())
    }

    /// An integer index for a sequence of kind `what` (`list indices must be ...`).
    pub fn seq_index(&self, key: &Value, what: &str) -> PyResult<i64> {
        match num_of(key) {
            Some(Num::Int(i)) => Ok(i),
            Some(Num::Big(_)) => {
                Err(self.index_error("cannot fit 'int' into an index-sized integer".to_string()))
            }
            _ => match self.index_opt(key)? {
                Some(i) => Ok(i),
                None => Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(key)
                ))),
            },
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Obj(o) = obj else {
            return Err(self.no_item_assignment(obj));
        };
        let cls = o.class().clone();
        if let Some(m) = user_method(self, &cls, "__setitem__") {
            self.call_method_value(&m, obj, &[key, value])?;
            return Ok(());
        }
        match &o.payload {
            Payload::Dict(d) => crate::dict::set(self, d, key, value),
            Payload::List(l) => {
                if let Some(s) = as_slice(&key) {
                    if !self.is_iterable(&value) {
                        return Err(self.type_error("can only assign an iterable"));
                    }
                    let items = self.collect(&value)?;
                    let len = l.borrow().len();
                    let ix = self.slice_indices(s, len)?;
                    let mut l = l.borrow_mut();
                    if ix.step == 1 {
                        let start = ix.start.clamp(0, len as i64) as usize;
                        let end = (start + ix.len).min(len);
                        l.splice(start..end, items);
                        return Ok(());
                    }
                    if items.len() != ix.len {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            ix.len
                        )));
                    }
                    for (i, v) in ix.iter().zip(items) {
                        l[i] = v;
                    }
                    return Ok(());
                }
                let i = self.seq_index(&key, "list")?;
                let mut l = l.borrow_mut();
                let len = l.len();
                match norm_index(i, len) {
                    Some(i) => {
                        l[i] = value;
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Payload::ByteArray(b) => crate::builtins::bytearray::setitem(self, b, &key, &value),
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&self, obj: &Value) -> PyErr {
        self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        ))
    }

    /// `del obj[key]`.
    pub fn delitem(&self, obj: &Value, key: &Value) -> PyResult<()> {
        let err = || {
            self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))
        };
        let Value::Obj(o) = obj else {
            return Err(err());
        };
        let cls = o.class().clone();
        if let Some(m) = user_method(self, &cls, "__delitem__") {
            self.call_method_value(&m, obj, std::slice::from_ref(key))?;
            return Ok(());
        }
        match &o.payload {
            Payload::Dict(d) => match crate::dict::remove(self, d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Payload::List(l) => {
                if let Some(s) = as_slice(key) {
                    let len = l.borrow().len();
                    let ix = self.slice_indices(s, len)?;
                    let mut drop: Vec<usize> = ix.iter().collect();
                    drop.sort_unstable();
                    let mut l = l.borrow_mut();
                    for i in drop.into_iter().rev() {
                        l.remove(i);
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, "list")?;
                let mut l = l.borrow_mut();
                let len = l.len();
                match norm_index(i, len) {
                    Some(i) => {
                        l.remove(i);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Payload::ByteArray(b) => crate::builtins::bytearray::delitem(self, b, key),
            _ => Err(err()),
        }
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            let cls = o.class().clone();
            if let Some(m) = user_method(self, &cls, "__contains__") {
                let r = self.call_method_value(&m, container, std::slice::from_ref(item))?;
                return self.truthy(&r);
            }
            match &o.payload {
                Payload::Str(s) => {
                    return match item.as_obj().and_then(|i| i.as_str()) {
                        Some(sub) => Ok(s.as_str().contains(sub.as_str())),
                        None => Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ))),
                    }
                }
                Payload::Dict(d) => return Ok(crate::dict::get(self, d, item)?.is_some()),
                Payload::DictView { dict, part } => {
                    let Some(d) = dict.as_dict() else {
                        return Ok(false);
                    };
                    match part {
                        crate::types::iter::DictPart::Keys => {
                            return Ok(crate::dict::get(self, d, item)?.is_some())
                        }
                        crate::types::iter::DictPart::Items => {
                            let Some(pair) = item
                                .as_obj()
                                .and_then(|o| o.as_tuple())
                                .filter(|t| t.len() == 2)
                            else {
                                return Ok(false);
                            };
                            return match crate::dict::get(self, d, &pair[0])? {
                                Some(v) => self.eq(&v, &pair[1]),
                                None => Ok(false),
                            };
                        }
                        crate::types::iter::DictPart::Values => {}
                    }
                }
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    return crate::builtins::sets::contains_key(self, o, item)
                }
                Payload::List(l) => {
                    let mut i = 0;
                    loop {
                        let v = match l.borrow().get(i) {
                            Some(v) => v.clone(),
                            None => return Ok(false),
                        };
                        if self.eq(&v, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Payload::Tuple(t) => {
                    for v in t.iter() {
                        if self.eq(v, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Range(r) => {
                    if let Some(Num::Int(i)) = num_of(item) {
                        let inside = if r.step > 0 {
                            r.start <= i && i < r.stop
                        } else {
                            r.stop < i && i <= r.start
                        };
                        return Ok(inside && (i - r.start) % r.step == 0);
                    }
                    if let Some(b) = crate::builtins::range::bounds(&o.payload) {
                        return crate::builtins::range::contains(self, container, &b, item);
                    }
                }
                Payload::BigRange(r) => {
                    return crate::builtins::range::contains(self, container, r, item);
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    let hay = self.bytes_like(container).unwrap_or_default();
                    if let Some(Num::Int(i)) = num_of(item) {
                        if !(0..256).contains(&i) {
                            return Err(self.value_error("byte must be in range(0, 256)"));
                        }
                        return Ok(hay.contains(&(i as u8)));
                    }
                    if let Some(needle) = self.bytes_like(item) {
                        return Ok(
                            needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
                        );
                    }
                    return Err(self.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(item)
                    )));
                }
                _ => {}
            }
        }
        if !self.is_iterable(container) {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Resolves a slice object against a sequence length.
    pub fn slice_indices(&self, s: &[Value; 3], len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        let get = |v: &Value, what: &str| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match num_of(v) {
                Some(Num::Int(i)) => Ok(Some(i)),
                Some(Num::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => match self.index_opt(v)? {
                    Some(i) => Ok(Some(i)),
                    None => Err(self.type_error(format!(
                        "slice indices must be integers or None or have an __index__ method{what}"
                    ))),
                },
            }
        };
        let step = get(&s[2], "")?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + len).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = adjust(get(&s[0], "")?, if step < 0 { upper } else { lower });
        let stop = adjust(get(&s[1], "")?, if step < 0 { lower } else { upper });
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// `mapping[key]` or `None` when missing (dicts directly, else `__getitem__` with
    /// KeyError meaning absent).
    pub fn mapping_get(&self, mapping: &PyRef, key: &Value) -> PyResult<Option<Value>> {
        if let (Some(d), true) = (
            mapping.as_dict(),
            std::rc::Rc::ptr_eq(mapping.class(), &self.types().dict),
        ) {
            return crate::dict::get(self, d, key);
        }
        match self.getitem(&Value::Obj(mapping.clone()), key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.types().exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn mapping_get_str(&self, mapping: &PyRef, key: &str) -> PyResult<Option<Value>> {
        if std::rc::Rc::ptr_eq(mapping.class(), &self.types().dict) {
            return self.dict_get_str(mapping, key);
        }
        self.mapping_get(mapping, &Value::Obj(self.intern(key)))
    }

    /// The `(key, value)` pairs of a mapping: a dict's entries, else `keys()` and
    /// `__getitem__` (an `AttributeError` when there is no `keys`).
    pub fn mapping_items(&self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(Payload::Dict(d)) = m.as_obj().map(|o| &o.payload) {
            if std::rc::Rc::ptr_eq(
                m.as_obj().map(|o| o.class()).unwrap_or(&self.types().dict),
                &self.types().dict,
            ) {
                return Ok(d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect());
            }
        }
        let keys = self.getattr_str(m, "keys")?;
        let keys = self.call_positional(&keys, &[])?;
        let mut out = Vec::new();
        for k in self.collect(&keys)? {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// `MATCH_MAPPING`: a dict or a registered `collections.abc.Mapping`.
    pub fn is_mapping_for_match(&self, v: &Value) -> bool {
        matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Dict(_)))
            || self.has_flag_attr(v, "__pyvm_mapping__")
    }

    /// `MATCH_SEQUENCE`: list, tuple, range and sequence types, never str/bytes/bytearray.
    pub fn is_sequence_for_match(&self, v: &Value) -> bool {
        matches!(
            v.as_obj().map(|o| &o.payload),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_))
        ) || self.has_flag_attr(v, "__pyvm_sequence__")
    }

    fn has_flag_attr(&self, v: &Value, name: &str) -> bool {
        let cls = self.type_of(v).clone();
        typeobj::lookup_str(self, &cls, name).is_some()
    }

    /// A new slice object.
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        Value::Obj(PyObject::new(
            self.types().slice.clone(),
            Payload::Slice(Box::new([start, stop, step])),
        ))
    }
}

/// The three fields of a slice object.
pub fn as_slice(v: &Value) -> Option<&[Value; 3]> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}

/// A possibly negative index into a sequence of length `len`.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0 <= i && (i as usize) < len).then_some(i as usize)
}

/// The length of a built-in container, without calling Python code.
pub fn native_len(o: &PyObject) -> Option<usize> {
    Some(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        Payload::Range(r) => r.len() as usize,
        Payload::DictView { dict, .. } => dict.as_dict().map_or(0, |d| d.borrow().len()),
        _ => return None,
    })
}
