//! A reader for the ASDL table `python.asdl` (CPython 3.11's `Parser/Python.asdl`): the one
//! description of the syntax tree that `_ast`'s node classes, their `_fields`,
//! `_attributes`, `__match_args__`, optional-field defaults and docstrings come from.
//!
//! Only the subset the table uses is read: `name = Ctor(type[*?] field, ...) | ...`,
//! product types `name = (fields)`, `attributes (...)` and `--` comments.

/// One field: its ASDL type, name, and whether it is optional (`?`) or a sequence (`*`).
#[derive(Debug, Clone)]
pub struct Field {
    pub ty: String,
    pub name: String,
    pub optional: bool,
    pub sequence: bool,
}

/// A constructor of a sum type (`BinOp(expr left, operator op, expr right)`).
#[derive(Debug, Clone)]
pub struct Constructor {
    pub name: String,
    pub fields: Vec<Field>,
}

/// A type definition: a sum of constructors, or a product (one unnamed constructor).
#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    /// `None` for a product type, whose fields are in `product`.
    pub constructors: Option<Vec<Constructor>>,
    pub product: Vec<Field>,
    pub attributes: Vec<Field>,
}

impl Field {
    /// `expr* body`, as the docstrings write it.
    fn describe(&self) -> String {
        let mark = if self.sequence {
            "*"
        } else if self.optional {
            "?"
        } else {
            ""
        };
        format!("{}{mark} {}", self.ty, self.name)
    }
}

/// `Name(type field, ...)`, or the bare name of a constructor without fields.
pub fn signature(name: &str, fields: &[Field]) -> String {
    if fields.is_empty() {
        return name.to_string();
    }
    let parts: Vec<String> = fields.iter().map(Field::describe).collect();
    format!("{name}({})", parts.join(", "))
}

impl TypeDef {
    /// A sum type is "simple" when no constructor has fields (`operator = Add | Sub`).
    pub fn is_simple(&self) -> bool {
        self.constructors
            .as_ref()
            .is_some_and(|cs| cs.iter().all(|c| c.fields.is_empty()))
    }

    /// The docstring CPython gives the abstract class: the definition, one constructor a
    /// line unless every constructor is bare.
    pub fn doc(&self) -> String {
        match &self.constructors {
            None => signature(&self.name, &self.product),
            Some(cs) => {
                let sep = if self.is_simple() {
                    " | ".to_string()
                } else {
                    format!("\n{}| ", " ".repeat(self.name.len() + 1))
                };
                let parts: Vec<String> = cs.iter().map(|c| signature(&c.name, &c.fields)).collect();
                format!("{} = {}", self.name, parts.join(&sep))
            }
        }
    }
}

/// Splits the table into identifiers and the punctuation `= | ( ) , * ? { }`.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split("--").next().unwrap_or("");
        let mut word = String::new();
        for c in line.chars() {
            if c.is_alphanumeric() || c == '_' {
                word.push(c);
                continue;
            }
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

/// Reads `type[*?] name, ...` up to the closing parenthesis (the opening one is consumed).
fn fields(toks: &[String], pos: &mut usize) -> Vec<Field> {
    let mut out = Vec::new();
    while *pos < toks.len() && toks[*pos] != ")" {
        let ty = toks[*pos].clone();
        *pos += 1;
        let (mut optional, mut sequence) = (false, false);
        match toks.get(*pos).map(String::as_str) {
            Some("?") => {
                optional = true;
                *pos += 1;
            }
            Some("*") => {
                sequence = true;
                *pos += 1;
            }
            _ => {}
        }
        let name = toks.get(*pos).cloned().unwrap_or_default();
        *pos += 1;
        out.push(Field {
            ty,
            name,
            optional,
            sequence,
        });
        if toks.get(*pos).map(String::as_str) == Some(",") {
            *pos += 1;
        }
    }
    *pos += 1;
    out
}

/// The type definitions of the table, in order. The table is built into the binary, so a
/// malformed one is a build-time mistake caught by the module's tests.
pub fn parse(text: &str) -> Vec<TypeDef> {
    let toks = tokens(text);
    let mut pos = toks.iter().position(|t| t == "{").map_or(0, |p| p + 1);
    let mut out = Vec::new();
    while pos + 1 < toks.len() && toks[pos] != "}" {
        let name = toks[pos].clone();
        pos += 2; // name '='
        let mut def = TypeDef {
            name,
            constructors: None,
            product: Vec::new(),
            attributes: Vec::new(),
        };
        if toks.get(pos).map(String::as_str) == Some("(") {
            pos += 1;
            def.product = fields(&toks, &mut pos);
        } else {
            let mut cs = Vec::new();
            loop {
                let cname = toks[pos].clone();
                pos += 1;
                let cfields = if toks.get(pos).map(String::as_str) == Some("(") {
                    pos += 1;
                    fields(&toks, &mut pos)
                } else {
                    Vec::new()
                };
                cs.push(Constructor {
                    name: cname,
                    fields: cfields,
                });
                if toks.get(pos).map(String::as_str) == Some("|") {
                    pos += 1;
                } else {
                    break;
                }
            }
            def.constructors = Some(cs);
        }
        if toks.get(pos).map(String::as_str) == Some("attributes") {
            pos += 2; // 'attributes' '('
            def.attributes = fields(&toks, &mut pos);
        }
        out.push(def);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads() {
        let defs = parse(super::super::ASDL);
        let names: Vec<&str> = defs.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names.len(), 18);
        assert_eq!(names[0], "mod");
        let expr = defs.iter().find(|d| d.name == "expr").unwrap();
        assert_eq!(expr.constructors.as_ref().unwrap().len(), 27);
        assert_eq!(expr.attributes.len(), 4);
        let ops = defs.iter().find(|d| d.name == "operator").unwrap();
        assert!(ops.is_simple());
        assert!(ops.doc().starts_with("operator = Add | Sub | Mult"));
        let args = defs.iter().find(|d| d.name == "arguments").unwrap();
        assert_eq!(args.product.len(), 7);
    }
}
