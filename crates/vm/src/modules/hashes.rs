//! The hash modules `hashlib` builds on: `_md5`, `_sha1`, `_sha256` (sha224, sha256),
//! `_sha512` (sha384, sha512), `_sha3` (sha3_*, shake_*) and `_blake2` (blake2b, blake2s
//! with a chosen `digest_size`), computed by the RustCrypto crates. Each hash object has
//! `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size` and `block_size` as
//! CPython's built-in hash objects do.

use std::cell::RefCell;

use blake2::digest::{Update, VariableOutput};
use sha2::Digest;
use sha3::digest::ExtendableOutput;

use crate::builtins::{function, method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The running state of one algorithm.
#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2::Blake2bVar),
    Blake2s(blake2::Blake2sVar),
}

/// A hash object's state.
#[derive(Clone)]
struct HashState {
    name: &'static str,
    hasher: Hasher,
    digest_size: usize,
    block_size: usize,
}

impl HashState {
    fn new(name: &'static str, digest_size: usize) -> Option<HashState> {
        let (hasher, size, block) = match name {
            "md5" => (Hasher::Md5(md5::Md5::new()), 16, 64),
            "sha1" => (Hasher::Sha1(sha1::Sha1::new()), 20, 64),
            "sha224" => (Hasher::Sha224(sha2::Sha224::new()), 28, 64),
            "sha256" => (Hasher::Sha256(sha2::Sha256::new()), 32, 64),
            "sha384" => (Hasher::Sha384(sha2::Sha384::new()), 48, 128),
            "sha512" => (Hasher::Sha512(sha2::Sha512::new()), 64, 128),
            "sha3_224" => (Hasher::Sha3_224(sha3::Sha3_224::new()), 28, 144),
            "sha3_256" => (Hasher::Sha3_256(sha3::Sha3_256::new()), 32, 136),
            "sha3_384" => (Hasher::Sha3_384(sha3::Sha3_384::new()), 48, 104),
            "sha3_512" => (Hasher::Sha3_512(sha3::Sha3_512::new()), 64, 72),
            "shake_128" => (Hasher::Shake128(sha3::Shake128::default()), 0, 168),
            "shake_256" => (Hasher::Shake256(sha3::Shake256::default()), 0, 136),
            "blake2b" => (
                Hasher::Blake2b(blake2::Blake2bVar::new(digest_size).ok()?),
                digest_size,
                128,
            ),
            "blake2s" => (
                Hasher::Blake2s(blake2::Blake2sVar::new(digest_size).ok()?),
                digest_size,
                64,
            ),
            _ => return None,
        };
        Some(HashState {
            name,
            hasher,
            digest_size: size,
            block_size: block,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match &mut self.hasher {
            Hasher::Md5(h) => Digest::update(h, data),
            Hasher::Sha1(h) => Digest::update(h, data),
            Hasher::Sha224(h) => Digest::update(h, data),
            Hasher::Sha256(h) => Digest::update(h, data),
            Hasher::Sha384(h) => Digest::update(h, data),
            Hasher::Sha512(h) => Digest::update(h, data),
            Hasher::Sha3_224(h) => Digest::update(h, data),
            Hasher::Sha3_256(h) => Digest::update(h, data),
            Hasher::Sha3_384(h) => Digest::update(h, data),
            Hasher::Sha3_512(h) => Digest::update(h, data),
            Hasher::Shake128(h) => Update::update(h, data),
            Hasher::Shake256(h) => Update::update(h, data),
            Hasher::Blake2b(h) => Update::update(h, data),
            Hasher::Blake2s(h) => Update::update(h, data),
        }
    }

    /// The digest so far (`length` bytes for the shake algorithms); the state goes on.
    fn digest(&self, length: usize) -> Vec<u8> {
        match self.hasher.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Sha3_224(h) => h.finalize().to_vec(),
            Hasher::Sha3_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_384(h) => h.finalize().to_vec(),
            Hasher::Sha3_512(h) => h.finalize().to_vec(),
            Hasher::Shake128(h) => h.finalize_boxed(length).to_vec(),
            Hasher::Shake256(h) => h.finalize_boxed(length).to_vec(),
            Hasher::Blake2b(h) => {
                let mut out = vec![0u8; self.digest_size];
                let _ = h.finalize_variable(&mut out);
                out
            }
            Hasher::Blake2s(h) => {
                let mut out = vec![0u8; self.digest_size];
                let _ = h.finalize_variable(&mut out);
                out
            }
        }
    }

    fn is_shake(&self) -> bool {
        matches!(self.hasher, Hasher::Shake128(_) | Hasher::Shake256(_))
    }
}

/// Fills module `module` (one of the `_md5`, `_sha1`, ... names).
pub fn init(vm: &Vm, ns: &PyRef, module: &'static str) {
    match module {
        "_md5" => function(vm, ns, module, "md5", new_md5),
        "_sha1" => function(vm, ns, module, "sha1", new_sha1),
        "_sha256" => {
            function(vm, ns, module, "sha224", new_sha224);
            function(vm, ns, module, "sha256", new_sha256);
        }
        "_sha512" => {
            function(vm, ns, module, "sha384", new_sha384);
            function(vm, ns, module, "sha512", new_sha512);
        }
        "_sha3" => {
            for name in [
                "sha3_224",
                "sha3_256",
                "sha3_384",
                "sha3_512",
                "shake_128",
                "shake_256",
            ] {
                vm.dict_set_str(ns, name, Value::Obj(hash_type(vm, module, name)));
            }
            vm.dict_set_str(ns, "implementation", vm.new_str("RustCrypto sha3"));
            vm.dict_set_str(ns, "keccakopt", Value::Int(64));
        }
        "_blake2" => {
            for (name, max_digest, salt) in [("blake2b", 64, 16), ("blake2s", 32, 8)] {
                let t = hash_type(vm, module, name);
                if let Some(d) = &t.dict {
                    vm.dict_set_str(d, "SALT_SIZE", Value::Int(salt));
                    vm.dict_set_str(d, "PERSON_SIZE", Value::Int(salt));
                    vm.dict_set_str(d, "MAX_KEY_SIZE", Value::Int(max_digest));
                    vm.dict_set_str(d, "MAX_DIGEST_SIZE", Value::Int(max_digest));
                }
                vm.dict_set_str(ns, name, Value::Obj(t));
                let upper = name.to_uppercase();
                vm.dict_set_str(ns, &format!("{upper}_SALT_SIZE"), Value::Int(salt));
                vm.dict_set_str(ns, &format!("{upper}_PERSON_SIZE"), Value::Int(salt));
                vm.dict_set_str(ns, &format!("{upper}_MAX_KEY_SIZE"), Value::Int(max_digest));
                vm.dict_set_str(
                    ns,
                    &format!("{upper}_MAX_DIGEST_SIZE"),
                    Value::Int(max_digest),
                );
            }
        }
        _ => {}
    }
}

/// The type of `module.name` hash objects.
fn hash_type(vm: &Vm, module: &'static str, name: &'static str) -> PyRef {
    let key: &'static str = match name {
        "md5" => "_md5.md5",
        "sha1" => "_sha1.sha1",
        "sha224" => "_sha256.sha224",
        "sha256" => "_sha256.sha256",
        "sha384" => "_sha512.sha384",
        "sha512" => "_sha512.sha512",
        "sha3_224" => "_sha3.sha3_224",
        "sha3_256" => "_sha3.sha3_256",
        "sha3_384" => "_sha3.sha3_384",
        "sha3_512" => "_sha3.sha3_512",
        "shake_128" => "_sha3.shake_128",
        "shake_256" => "_sha3.shake_256",
        "blake2b" => "_blake2.blake2b",
        _ => "_blake2.blake2s",
    };
    vm.native_type(key, |vm| {
        let object = vm.types().object.clone();
        let t = super::weakref::native_class(vm, name, module, &object, false);
        if module == "_sha3" || module == "_blake2" {
            static_method(vm, &t, "__new__", type_new);
        }
        method(vm, &t, "update", update);
        method(vm, &t, "digest", digest);
        method(vm, &t, "hexdigest", hexdigest);
        method(vm, &t, "copy", copy);
        method(vm, &t, "__getattr__", getattr);
        t
    })
}

/// The bytes of a value to hash, with CPython's messages.
fn data_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_obj().and_then(|o| o.as_str()).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    super::buffer::bytes_of(vm, v)
        .map_err(|_| vm.type_error("object supporting the buffer API required"))
}

fn new_object(vm: &Vm, cls: PyRef, mut state: HashState, data: Option<&Value>) -> PyResult<Value> {
    if let Some(d) = data.filter(|d| !d.is_none()) {
        state.update(&data_of(vm, d)?);
    }
    Ok(Value::Obj(PyObject::new(
        cls,
        Payload::Native(Box::new(RefCell::new(state))),
    )))
}

/// `md5(string=b'', *, usedforsecurity=True)` and the like.
fn constructor(vm: &Vm, args: Args, module: &'static str, name: &'static str) -> PyResult<Value> {
    args.only_kwargs(vm, name, &["string", "usedforsecurity"])?;
    let pos = args.count(vm, name, 0, 1)?;
    let data = pos.first().or_else(|| args.kwarg("string"));
    let state = HashState::new(name, 0).expect("known algorithm");
    new_object(vm, hash_type(vm, module, name), state, data)
}

fn new_md5(vm: &Vm, args: Args) -> PyResult<Value> {
    constructor(vm, args, "_md5", "md5")
}
fn new_sha1(vm: &Vm, args: Args) -> PyResult<Value> {
    constructor(vm, args, "_sha1", "sha1")
}
fn new_sha224(vm: &Vm, args: Args) -> PyResult<Value> {
    constructor(vm, args, "_sha256", "sha224")
}
fn new_sha256(vm: &Vm, args: Args) -> PyResult<Value> {
    constructor(vm, args, "_sha256", "sha256")
}
fn new_sha384(vm: &Vm, args: Args) -> PyResult<Value> {
    constructor(vm, args, "_sha512", "sha384")
}
fn new_sha512(vm: &Vm, args: Args) -> PyResult<Value> {
    constructor(vm, args, "_sha512", "sha512")
}

/// `__new__` of the `_sha3` and `_blake2` types, which are their own constructors.
fn type_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("hash.__new__(X): X is not a type object")),
    };
    let r = rest(&args);
    let type_name = crate::types::typeobj::data(&cls).name().to_string();
    let name: &'static str = [
        "sha3_224",
        "sha3_256",
        "sha3_384",
        "sha3_512",
        "shake_128",
        "shake_256",
        "blake2b",
        "blake2s",
    ]
    .into_iter()
    .find(|n| *n == type_name)
    .ok_or_else(|| vm.type_error("unknown hash type"))?;
    let is_blake = name.starts_with("blake2");
    let pos = r.count(vm, name, 0, 1)?;
    let data = if is_blake {
        r.only_kwargs(
            vm,
            name,
            &[
                "data",
                "digest_size",
                "key",
                "salt",
                "person",
                "fanout",
                "depth",
                "leaf_size",
                "node_offset",
                "node_depth",
                "inner_size",
                "last_node",
                "usedforsecurity",
            ],
        )?;
        pos.first().or_else(|| r.kwarg("data"))
    } else {
        r.only_kwargs(vm, name, &["usedforsecurity"])?;
        pos.first()
    };
    let max = if name == "blake2b" { 64 } else { 32 };
    let mut digest_size = max;
    if is_blake {
        if let Some(v) = r.kwarg("digest_size") {
            let n = vm.index_arg(v)?;
            if !(1..=max as i64).contains(&n) {
                return Err(
                    vm.value_error(format!("digest_size must be between 1 and {max} bytes"))
                );
            }
            digest_size = n as usize;
        }
        for p in ["key", "salt", "person"] {
            if let Some(v) = r.kwarg(p) {
                if !data_of(vm, v)?.is_empty() {
                    return Err(vm.new_error(
                        &vm.types().exc.not_implemented_error,
                        format!("pyvm's {name} does not support '{p}'"),
                    ));
                }
            }
        }
    }
    let state = HashState::new(name, digest_size).expect("known algorithm");
    new_object(vm, cls, state, data)
}

fn with_state<T>(vm: &Vm, this: &Value, f: impl FnOnce(&mut HashState) -> T) -> PyResult<T> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(s) = cell.borrow_mut().downcast_mut::<HashState>() {
            return Ok(f(s));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a hash object but received '{}'",
        vm.type_name(this)
    )))
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "update")?;
    let a = rest(&args).fixed(vm, "update", 1, 1)?;
    let data = data_of(vm, &a[0])?;
    with_state(vm, this, |s| s.update(&data))?;
    Ok(Value::None)
}

/// The digest of `self`, reading the shake algorithms' `length` argument.
fn digest_bytes(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    let this = self_arg(vm, args, name)?;
    let state = with_state(vm, this, |s| s.clone())?;
    let r = rest(args);
    if state.is_shake() {
        r.only_kwargs(vm, name, &["length"])?;
        let pos = r.pos();
        let len = pos.first().or_else(|| r.kwarg("length")).ok_or_else(|| {
            vm.type_error(format!(
                "{}.{name}() takes exactly one argument (0 given)",
                state.name
            ))
        })?;
        let n = vm.index_arg(len)?;
        if n < 0 {
            return Err(vm.value_error("length must be non-negative"));
        }
        if n >= 1 << 29 {
            return Err(vm.value_error("length is too large"));
        }
        return Ok(state.digest(n as usize));
    }
    r.fixed(vm, name, 0, 0)?;
    Ok(state.digest(0))
}

fn digest(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_bytes(digest_bytes(vm, &args, "digest")?))
}

fn hexdigest(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = digest_bytes(vm, &args, "hexdigest")?;
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(hex))
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "copy")?;
    rest(&args).fixed(vm, "copy", 0, 0)?;
    let state = with_state(vm, this, |s| s.clone())?;
    Ok(Value::Obj(PyObject::new(
        vm.type_of(this).clone(),
        Payload::Native(Box::new(RefCell::new(state))),
    )))
}

fn getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getattr__")?;
    let a = rest(&args).fixed(vm, "__getattr__", 1, 1)?;
    let name = vm.str_of(&a[0])?;
    let s = with_state(vm, this, |s| (s.name, s.digest_size, s.block_size))?;
    match name.as_str() {
        "name" => Ok(vm.new_str(s.0)),
        "digest_size" => Ok(Value::Int(s.1 as i64)),
        "block_size" => Ok(Value::Int(s.2 as i64)),
        "_capacity_bits" if s.0.starts_with("s") => Ok(Value::Int(1600 - 8 * s.2 as i64)),
        "_rate_bits" if s.0.starts_with("s") => Ok(Value::Int(8 * s.2 as i64)),
        "_suffix" if s.0.starts_with("sha3") => Ok(vm.new_bytes(vec![6])),
        "_suffix" if s.0.starts_with("shake") => Ok(vm.new_bytes(vec![0x1f])),
        _ => Err(vm.no_attribute(this, &name)),
    }
}
