//! The import system: `IMPORT_NAME` (absolute and relative, packages, `fromlist`),
//! `IMPORT_FROM` and `import *`, finding modules on `sys.path` (`name.py`, `name/__init__.py`),
//! the native modules, `sys.modules`, and CPython's messages for what cannot be found.

use std::path::{Path, PathBuf};

use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A new empty module object named `name`.
    pub fn new_module(&self, name: &str) -> PyRef {
        let dict = self.new_dict();
        self.dict_set_str(&dict, "__name__", self.new_str(name));
        self.dict_set_str(&dict, "__doc__", Value::None);
        self.dict_set_str(&dict, "__package__", Value::None);
        self.dict_set_str(&dict, "__loader__", Value::None);
        self.dict_set_str(&dict, "__spec__", Value::None);
        PyObject::with_dict(self.types().module.clone(), Payload::Module, dict)
    }

    /// `sys.modules[name]`, if present.
    pub fn sys_module(&self, name: &str) -> PyResult<Option<Value>> {
        self.dict_get_str(&self.interp.modules, name)
    }

    /// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`.
    pub fn import(
        &self,
        name: &str,
        globals: &PyRef,
        fromlist: &Value,
        level: i64,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            self.resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_dotted(&full)?;
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if has_fromlist {
            // `from pkg import sub`: import submodules named in the fromlist.
            if let Some(m) = module.as_obj() {
                let is_pkg = m
                    .dict
                    .as_ref()
                    .map(|d| self.dict_get_str(d, "__path__"))
                    .transpose()?
                    .flatten()
                    .is_some();
                if is_pkg {
                    for item in self.collect(fromlist)? {
                        let item = self.str_of(&item)?;
                        if item == "*" {
                            continue;
                        }
                        if self.getattr_opt(&module, &item)?.is_none() {
                            let sub = format!("{full}.{item}");
                            match self.import_dotted(&sub) {
                                Ok(_) => {}
                                // Only the submodule itself being absent is ignored
                                // (CPython's `_handle_fromlist`); a module *it*
                                // imports failing is an error.
                                Err(e)
                                    if self.err_matches(
                                        &e,
                                        &self.types().exc.module_not_found_error,
                                    ) && self.missing_module_name(&e).as_deref()
                                        == Some(sub.as_str()) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 || !name.is_empty() {
            // `import a.b.c` binds `a`.
            let top = if level > 0 {
                let base_len = full.len() - name.len();
                let first = name.split('.').next().unwrap_or(name);
                format!("{}{first}", &full[..base_len])
            } else {
                name.split('.').next().unwrap_or(name).to_string()
            };
            if top != full {
                return self
                    .sys_module(&top)?
                    .ok_or_else(|| self.module_not_found(&top));
            }
        }
        Ok(module)
    }

    /// The absolute name for a relative import from the module owning `globals`.
    fn resolve_relative(&self, name: &str, globals: &PyRef, level: i64) -> PyResult<String> {
        let package = match self.dict_get_str(globals, "__package__")? {
            Some(p) if !p.is_none() => self.str_of(&p)?,
            _ => {
                let modname = self
                    .dict_get_str(globals, "__name__")?
                    .map(|n| self.str_of(&n))
                    .transpose()?
                    .unwrap_or_default();
                if self.dict_get_str(globals, "__path__")?.is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.import_error_attrs(
                &self.types().exc.import_error,
                "attempted relative import with no known parent package",
                None,
                None,
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((b, _)) => base = b,
                None => {
                    return Err(self.import_error_attrs(
                        &self.types().exc.import_error,
                        "attempted relative import beyond top-level package",
                        None,
                        None,
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports `a`, `a.b`, `a.b.c` in turn and returns the last.
    pub fn import_dotted(&self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_module(full)? {
            return Ok(m);
        }
        let mut parent: Option<Value> = None;
        let mut so_far = String::new();
        for part in full.split('.') {
            if !so_far.is_empty() {
                so_far.push('.');
            }
            so_far.push_str(part);
            if let Some(m) = self.sys_module(&so_far)? {
                parent = Some(m);
                continue;
            }
            let search: Vec<PathBuf> = match &parent {
                None => self.search_path()?,
                Some(p) => {
                    let path = self.getattr_opt(p, "__path__")?;
                    match path {
                        Some(list) => self
                            .collect(&list)?
                            .iter()
                            .filter_map(|v| self.str_of(v).ok())
                            .map(PathBuf::from)
                            .collect(),
                        None => {
                            let pname = so_far.rsplit_once('.').map_or("", |(a, _)| a).to_string();
                            return Err(self.module_not_found_msg(
                                &so_far,
                                format!("No module named '{so_far}'; '{pname}' is not a package"),
                            ));
                        }
                    }
                }
            };
            let module = match crate::modules::native_module(self, &so_far)? {
                Some(m) => m,
                None => self.load_from_path(&so_far, part, &search)?,
            };
            if let Some(Value::Obj(po)) = &parent {
                if let Some(d) = &po.dict {
                    self.dict_set_str(d, part, Value::Obj(module.clone()));
                }
            }
            // The module may have replaced itself in sys.modules while executing.
            parent = Some(self.sys_module(&so_far)?.unwrap_or(Value::Obj(module)));
        }
        parent.ok_or_else(|| self.module_not_found(full))
    }

    /// The top-level search path: the live `sys.path` list (programs insert into it), or
    /// the path the run started with if `sys.path` is gone or not a list.
    fn search_path(&self) -> PyResult<Vec<PathBuf>> {
        let sys = self.sys_module("sys")?;
        let live = match &sys {
            Some(m) => self.getattr_opt(m, "path")?,
            None => None,
        };
        if let Some(list) = live.filter(|l| {
            l.as_obj()
                .is_some_and(|o| matches!(o.payload, Payload::List(_)))
        }) {
            return Ok(self
                .collect(&list)?
                .iter()
                .filter_map(|v| {
                    v.as_obj()
                        .and_then(|o| o.as_str())
                        .map(|s| s.as_str().to_string())
                })
                .map(PathBuf::from)
                .collect());
        }
        Ok(self
            .interp
            .path
            .borrow()
            .iter()
            .map(PathBuf::from)
            .collect())
    }

    /// Finds `part` in `search` and executes it as module `name`.
    fn load_from_path(&self, name: &str, part: &str, search: &[PathBuf]) -> PyResult<PyRef> {
        for dir in search {
            let pkg_init = dir.join(part).join("__init__.py");
            if pkg_init.is_file() {
                let m = self.new_module(name);
                let d = m.dict.clone().expect("module dict");
                let pkg_dir = dir.join(part);
                self.dict_set_str(
                    &d,
                    "__path__",
                    self.new_list(vec![self.new_str(pkg_dir.to_string_lossy())]),
                );
                self.dict_set_str(&d, "__package__", self.new_str(name));
                self.exec_module_file(&m, name, &pkg_init, Some(&pkg_dir))?;
                return Ok(m);
            }
            let file = dir.join(format!("{part}.py"));
            if file.is_file() {
                let m = self.new_module(name);
                let d = m.dict.clone().expect("module dict");
                let package = name.rsplit_once('.').map_or("", |(p, _)| p);
                self.dict_set_str(&d, "__package__", self.new_str(package));
                self.exec_module_file(&m, name, &file, None)?;
                return Ok(m);
            }
        }
        Err(self.module_not_found(name))
    }

    /// Compiles and runs a module's source file in its namespace, registered in
    /// `sys.modules` first (so circular imports see the partial module) and removed again
    /// if it fails.
    fn exec_module_file(
        &self,
        m: &PyRef,
        name: &str,
        path: &Path,
        package_dir: Option<&Path>,
    ) -> PyResult<()> {
        let d = m.dict.clone().expect("module dict");
        let file = path.to_string_lossy().to_string();
        let cached = crate::run::cache_path(path).to_string_lossy().to_string();
        self.dict_set_str(&d, "__file__", self.new_str(file.as_str()));
        self.dict_set_str(&d, "__cached__", self.new_str(cached.as_str()));
        self.set_module_spec(&d, name, &file, &cached, package_dir)?;
        self.dict_set_str(&self.interp.modules, name, Value::Obj(m.clone()));
        let r = self
            .load_module_code(path)
            .and_then(|code| self.run_code(&code, d.clone(), Some(d.clone())).map(|_| ()));
        if let Err(e) = r {
            let key = self.new_str(name);
            if let Some(cell) = self.interp.modules.as_dict() {
                let _ = crate::dict::remove(self, cell, &key);
            }
            return Err(e);
        }
        Ok(())
    }

    /// Sets `__spec__` and `__loader__` of a module loaded from source file `file`: the
    /// objects `_pyvm_import.spec_for_file` makes (a ModuleSpec and a SourceFileLoader).
    fn set_module_spec(
        &self,
        d: &PyRef,
        name: &str,
        file: &str,
        cached: &str,
        package_dir: Option<&Path>,
    ) -> PyResult<()> {
        let helper = self.import_dotted("_pyvm_import")?;
        let make = self.getattr_str(&helper, "spec_for_file")?;
        let pkg = match package_dir {
            Some(p) => self.new_str(p.to_string_lossy()),
            None => Value::None,
        };
        let pair = self.call_positional(
            &make,
            &[
                self.new_str(name),
                self.new_str(file),
                self.new_str(cached),
                pkg,
            ],
        )?;
        let items = self.collect(&pair)?;
        if let [spec, loader] = items.as_slice() {
            self.dict_set_str(d, "__spec__", spec.clone());
            self.dict_set_str(d, "__loader__", loader.clone());
        }
        Ok(())
    }

    /// A module's code: from its `__pycache__` file when that matches the source's mtime and
    /// size, else compiled from source (as `compile(bytes)`) and, unless
    /// `dont_write_bytecode`, cached. A cache that cannot be written is skipped silently, as
    /// importlib does.
    fn load_module_code(&self, path: &Path) -> PyResult<std::rc::Rc<crate::code::Code>> {
        use crate::bytecode_cache as cache;
        let meta = std::fs::metadata(path).map_err(|e| self.os_error_from(&e, Some(path)))?;
        let stamp = cache::source_stamp(&meta);
        let cached = cache::cache_path(path);
        if let Some(code) = cache::read_if_fresh(&cached, stamp) {
            if let Ok(code) = crate::code::load_code(self, &code) {
                return Ok(code);
            }
        }
        let bytes = std::fs::read(path).map_err(|e| self.os_error_from(&e, Some(path)))?;
        let code = compiler::decode::compile_bytes(&bytes, &path.to_string_lossy())
            .map_err(|e| self.syntax_error_from(&e))?;
        let obj = bytecode::object::Obj::new(bytecode::object::Value::Code(Box::new(code)));
        if !self.interp.dont_write_bytecode.get() {
            let data = bytecode::pyc::write(&bytecode::pyc::Pyc {
                flags: 0,
                validation: cache::validation(stamp),
                code: obj.clone(),
            });
            let _ = cache::write_atomic(&cached, &data);
        }
        crate::code::load_code(self, &obj)
    }

    /// The `name` attribute of an `ImportError`.
    fn missing_module_name(&self, e: &crate::vm::PyErr) -> Option<String> {
        let d = e.0.dict.as_ref()?;
        let n = self.dict_get_str(d, "name").ok()??;
        n.as_obj()
            .and_then(|o| o.as_str())
            .map(|s| s.as_str().to_string())
    }

    pub fn module_not_found(&self, name: &str) -> crate::vm::PyErr {
        self.module_not_found_msg(name, format!("No module named '{name}'"))
    }

    fn module_not_found_msg(&self, name: &str, msg: String) -> crate::vm::PyErr {
        self.import_error_attrs(
            &self.types().exc.module_not_found_error,
            msg,
            Some(name),
            None,
        )
    }

    /// An ImportError (or subclass) with its `msg`, `name` and `path` attributes set, as
    /// `ImportError(msg, name=..., path=...)` sets them.
    fn import_error_attrs(
        &self,
        class: &PyRef,
        msg: impl Into<Box<str>>,
        name: Option<&str>,
        path: Option<&str>,
    ) -> crate::vm::PyErr {
        let msg: Box<str> = msg.into();
        let err = self.new_error(class, &*msg);
        if let Some(d) = &err.0.dict {
            let opt = |v: Option<&str>| v.map_or(Value::None, |s| self.new_str(s));
            self.dict_set_str(d, "msg", self.new_str(&*msg));
            self.dict_set_str(d, "name", opt(name));
            self.dict_set_str(d, "path", opt(path));
        }
        err
    }

    /// `IMPORT_FROM`: `module.name`, falling back to the submodule `module.name` in
    /// `sys.modules`.
    pub fn import_from(&self, module: &Value, name: &PyRef) -> PyResult<Value> {
        let n = name.as_str().map_or("", |s| s.as_str()).to_string();
        if let Some(v) = self.getattr_opt(module, &n)? {
            return Ok(v);
        }
        let modname = match module.as_obj() {
            Some(m) if matches!(m.payload, Payload::Module) => self.module_name(m),
            _ => "<unknown module name>".into(),
        };
        if let Some(v) = self.sys_module(&format!("{modname}.{n}"))? {
            return Ok(v);
        }
        let file = module
            .as_obj()
            .and_then(|m| m.dict.as_ref())
            .and_then(|d| self.dict_get_str(d, "__file__").ok().flatten())
            .and_then(|f| self.str_of(&f).ok());
        let msg = match &file {
            Some(f) => format!("cannot import name '{n}' from '{modname}' ({f})"),
            None => format!("cannot import name '{n}' from '{modname}' (unknown location)"),
        };
        Err(self.import_error_attrs(
            &self.types().exc.import_error,
            msg,
            Some(&modname),
            file.as_deref(),
        ))
    }

    /// `from module import *` into `locals`.
    pub fn import_star(&self, module: &Value, locals: &PyRef) -> PyResult<()> {
        let names: Vec<Value> = match self.getattr_opt(module, "__all__")? {
            Some(all) => self.collect(&all)?,
            None => {
                let Some(d) = module.as_obj().and_then(|m| m.dict.clone()) else {
                    return Ok(());
                };
                let keys = d.as_dict().map(|c| c.borrow().keys()).unwrap_or_default();
                keys.into_iter()
                    .filter(|k| !self.str_of(k).map(|s| s.starts_with('_')).unwrap_or(true))
                    .collect()
            }
        };
        for n in names {
            let name = self.str_of(&n)?;
            let v = self.getattr_str(module, &name)?;
            self.setitem(
                &Value::Obj(locals.clone()),
                Value::Obj(self.intern(&name)),
                v,
            )?;
        }
        Ok(())
    }
}
