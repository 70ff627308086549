//! Argument binding for built-in methods declared the way CPython's Argument Clinic
//! declares them (`str.split(sep=None, maxsplit=-1)`, `int.to_bytes(length=1, ...)`), with
//! the messages of `_PyArg_UnpackKeywords`: "takes at most 2 arguments (3 given)",
//! "'x' is an invalid keyword argument for split()", "missing required argument ...".

use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The parameter list of a built-in.
pub struct Sig<'s> {
    /// The function name in messages (`split`, `to_bytes`).
    pub name: &'s str,
    /// Parameter names, positional ones first; the first `posonly` cannot be given by
    /// keyword and the ones from `maxpos` on are keyword-only.
    pub params: &'s [&'s str],
    pub posonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
    pub maxpos: usize,
}

impl<'s> Sig<'s> {
    /// A signature whose parameters can all be passed by position or keyword.
    pub const fn new(name: &'s str, params: &'s [&'s str], required: usize) -> Sig<'s> {
        Sig {
            name,
            params,
            posonly: 0,
            required,
            maxpos: params.len(),
        }
    }

    /// Binds `args` (without `self`) to the parameters: one slot per parameter.
    pub fn bind<'a>(&self, vm: &Vm, args: &Args<'a>) -> PyResult<Vec<Option<&'a Value>>> {
        let pos = args.pos();
        let nargs = pos.len();
        let nkw = args.kwnames.len();
        let maxargs = self.params.len();
        let f = self.name;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if nargs + nkw > maxargs {
            return Err(vm.type_error(format!(
                "{f}() takes at most {maxargs} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs),
                nargs + nkw
            )));
        }
        if nargs > self.maxpos {
            return Err(vm.type_error(if self.maxpos == 0 {
                format!("{f}() takes no positional arguments")
            } else {
                format!(
                    "{f}() takes {} {} positional argument{} ({nargs} given)",
                    if self.required.min(self.posonly) < self.maxpos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    self.maxpos,
                    plural(self.maxpos)
                )
            }));
        }
        let minposonly = self.required.min(self.posonly);
        if nargs < minposonly {
            return Err(vm.type_error(format!(
                "{f}() takes {} {minposonly} positional argument{} ({nargs} given)",
                if minposonly < self.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly)
            )));
        }
        let mut out: Vec<Option<&'a Value>> = vec![None; maxargs];
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        let mut used = 0;
        for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(self.posonly)) {
            if let Some(v) = args.kwarg(self.params[i]) {
                *slot = Some(v);
                used += 1;
            } else if i < self.required {
                return Err(vm.type_error(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    self.params[i],
                    i + 1
                )));
            }
        }
        if used < nkw {
            for (i, name) in self
                .params
                .iter()
                .enumerate()
                .take(nargs)
                .skip(self.posonly)
            {
                if args.kwarg(name).is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {f}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
            }
            for (k, _) in args.kwargs() {
                if !self.params[self.posonly..].contains(&k) {
                    return Err(
                        vm.type_error(format!("'{k}' is an invalid keyword argument for {f}()"))
                    );
                }
            }
        }
        Ok(out)
    }
}

/// `name()` takes no arguments at all (CPython's `METH_NOARGS`): `qualname` is the message's
/// `str.upper`.
pub fn no_args(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    if n > 0 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// The single argument of a `METH_O` built-in (`str.join`, `list.append`).
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    match args.pos() {
        [v] => Ok(v),
        a => Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}
