//! `_random.Random`: the Mersenne Twister (MT19937) generator, seeded exactly as CPython
//! seeds it, so `random.seed(n)` gives CPython's sequences. `random.Random` subclasses it.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;

/// The generator state.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

pub fn init(vm: &Vm, ns: &PyRef) {
    let object = vm.types().object.clone();
    let t = super::weakref::native_class(vm, "Random", "_random", &object, true);
    static_method(vm, &t, "__new__", random_new);
    method(vm, &t, "__init__", random_init);
    method(vm, &t, "random", random);
    method(vm, &t, "seed", seed);
    method(vm, &t, "getrandbits", getrandbits);
    method(vm, &t, "getstate", getstate);
    method(vm, &t, "setstate", setstate);
    vm.dict_set_str(ns, "Random", Value::Obj(t));
}

fn random_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("Random.__new__(X): X is not a type object")),
    };
    let obj = PyObject::with_dict(
        cls,
        Payload::Native(Box::new(RefCell::new(Mt::new()))),
        vm.new_dict(),
    );
    let v = Value::Obj(obj);
    // Like CPython, a new generator is seeded from the arguments (or the OS).
    let pos = &args.pos()[1..];
    seed_with(vm, &v, pos.first().unwrap_or(&Value::None))?;
    Ok(v)
}

fn random_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn with_mt<T>(vm: &Vm, this: &Value, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(mt) = cell.borrow_mut().downcast_mut::<Mt>() {
            return Ok(f(mt));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '_random.Random' object but received '{}'",
        vm.type_name(this)
    )))
}

fn random(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "random")?;
    rest(&args).fixed(vm, "random", 0, 0)?;
    Ok(Value::Float(with_mt(vm, this, |mt| mt.random())?))
}

fn seed(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "seed")?.clone();
    let a = rest(&args).fixed(vm, "seed", 0, 1)?.to_vec();
    seed_with(vm, &this, a.first().unwrap_or(&Value::None))?;
    Ok(Value::None)
}

/// Seeds from `arg`: an int's absolute value as 32-bit words, least significant first;
/// anything else by its hash; `None` from the OS's randomness.
fn seed_with(vm: &Vm, this: &Value, arg: &Value) -> PyResult<()> {
    let n: num_bigint::BigInt = match arg {
        Value::None => {
            let mut buf = [0u8; 32];
            use std::io::Read;
            let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
            if ok.is_err() {
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default();
                buf[..16].copy_from_slice(&t.as_nanos().to_le_bytes());
            }
            num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &buf)
        }
        Value::Int(i) => num_bigint::BigInt::from(*i),
        Value::Bool(b) => num_bigint::BigInt::from(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.clone(),
            _ => num_bigint::BigInt::from(vm.hash(arg)?),
        },
        Value::Float(_) => num_bigint::BigInt::from(vm.hash(arg)?),
    };
    let (_, mut key) = num_traits::Signed::abs(&n).to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    with_mt(vm, this, |mt| mt.init_by_array(&key))
}

fn getrandbits(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "getrandbits")?;
    let a = rest(&args).fixed(vm, "getrandbits", 1, 1)?.to_vec();
    let k = vm.index_arg(&a[0])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let v = with_mt(vm, this, |mt| mt.next_u32() >> (32 - k))?;
        return Ok(Value::Int(v as i64));
    }
    let words = with_mt(vm, this, |mt| {
        let mut words = Vec::new();
        let mut left = k;
        while left > 0 {
            let r = mt.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left -= 32;
        }
        words
    })?;
    let n = num_bigint::BigInt::from_slice(num_bigint::Sign::Plus, &words);
    Ok(vm.new_bigint(n))
}

fn getstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "getstate")?;
    let (state, index) = with_mt(vm, this, |mt| (mt.state, mt.index))?;
    let mut items: Vec<Value> = state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "setstate")?.clone();
    let a = rest(&args).fixed(vm, "setstate", 1, 1)?.to_vec();
    let Some(items) = a[0].as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, v) in state.iter_mut().zip(&items) {
        let w = vm.index_arg(v)?;
        if !(0..=u32::MAX as i64).contains(&w) {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        }
        *slot = w as u32;
    }
    let index = vm.index_arg(&items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    with_mt(vm, &this, |mt| {
        mt.state = state;
        mt.index = index as usize;
    })?;
    Ok(Value::None)
}
