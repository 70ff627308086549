//! The CPython 3.11 instruction set, defined once.
//!
//! Every fact about an opcode — its number, its name, what its argument means, how many inline
//! `CACHE` code units follow it, and its stack effect — is written in the single
//! [`define_opcodes!`] table below. Everything else (`opname`, `opmap`, `HAVE_ARGUMENT`, the
//! `hasjrel`-style predicates, `_inline_cache_entries`, the specialised names that fill the
//! empty slots, the `dis` argument rendering) is derived from that table, so there is no second
//! list to drift. `tests/opcode_golden.rs` checks the table against CPython 3.11's `opcode`
//! module as recorded in `tests/golden/opcode.json`.

/// What an instruction's argument means; decides how `dis` renders it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// Below `HAVE_ARGUMENT`: the argument byte is ignored.
    None,
    /// A plain number (a count, a flag word) shown without a description.
    Plain,
    /// An index into `co_consts` (`hasconst`).
    Const,
    /// An index into `co_names` (`hasname`).
    Name,
    /// `LOAD_GLOBAL`: `co_names[arg >> 1]`, low bit set means "push NULL first".
    GlobalName,
    /// An index into the fast locals (`haslocal`).
    Local,
    /// An index into `localsplus` for a cell or free variable (`hasfree`).
    Free,
    /// A relative jump forward in code units (`hasjrel`).
    JumpForward,
    /// A relative jump backward in code units (`hasjrel`, name contains `JUMP_BACKWARD`).
    JumpBackward,
    /// An index into [`CMP_OP`] (`hascompare`).
    Compare,
    /// An index into [`NB_OPS`] (`BINARY_OP`).
    BinaryOp,
    /// `FORMAT_VALUE`'s conversion and format-spec flags.
    FormatValue,
    /// `MAKE_FUNCTION`'s flags.
    MakeFunction,
}

impl ArgKind {
    /// True for relative jumps (`opcode.hasjrel`). 3.11 has no absolute jumps.
    pub const fn is_jump(self) -> bool {
        matches!(self, ArgKind::JumpForward | ArgKind::JumpBackward)
    }
}

/// One row of the instruction table.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    pub name: &'static str,
    pub code: u8,
    pub arg: ArgKind,
    /// Number of inline `CACHE` code units that follow the instruction.
    pub caches: u8,
    /// Stack effect when the instruction does not jump, and when it does, given the oparg.
    pub stack_effect: fn(i32, bool) -> i32,
}

macro_rules! define_opcodes {
    ($( $name:ident = $code:literal, $arg:ident,
        |$oparg:ident, $jump:ident| $effect:expr; )*) => {
        /// A 3.11 opcode (base instructions only; specialised forms map to these).
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode { $( $name = $code, )* }

        impl Opcode {
            /// The opcode for a byte, if it is a base 3.11 instruction.
            pub const fn from_byte(byte: u8) -> Option<Opcode> {
                match byte { $( $code => Some(Opcode::$name), )* _ => None }
            }
        }

        /// The instruction table, in opcode order.
        pub const OPCODES: &[OpInfo] = &[ $( OpInfo {
            name: stringify!($name),
            code: $code,
            arg: ArgKind::$arg,
            caches: cache_entries($code),
            stack_effect: {
                #[allow(unused_variables)]
                fn effect($oparg: i32, $jump: bool) -> i32 { $effect }
                effect
            },
        }, )* ];
    };
}

define_opcodes! {
    CACHE = 0, None, |o, j| 0;
    POP_TOP = 1, None, |o, j| -1;
    PUSH_NULL = 2, None, |o, j| 1;
    NOP = 9, None, |o, j| 0;
    UNARY_POSITIVE = 10, None, |o, j| 0;
    UNARY_NEGATIVE = 11, None, |o, j| 0;
    UNARY_NOT = 12, None, |o, j| 0;
    UNARY_INVERT = 15, None, |o, j| 0;
    BINARY_SUBSCR = 25, None, |o, j| -1;
    GET_LEN = 30, None, |o, j| 1;
    MATCH_MAPPING = 31, None, |o, j| 1;
    MATCH_SEQUENCE = 32, None, |o, j| 1;
    MATCH_KEYS = 33, None, |o, j| 1;
    PUSH_EXC_INFO = 35, None, |o, j| 1;
    CHECK_EXC_MATCH = 36, None, |o, j| 0;
    CHECK_EG_MATCH = 37, None, |o, j| 0;
    WITH_EXCEPT_START = 49, None, |o, j| 1;
    GET_AITER = 50, None, |o, j| 0;
    GET_ANEXT = 51, None, |o, j| 1;
    BEFORE_ASYNC_WITH = 52, None, |o, j| 1;
    BEFORE_WITH = 53, None, |o, j| 1;
    END_ASYNC_FOR = 54, None, |o, j| -2;
    STORE_SUBSCR = 60, None, |o, j| -3;
    DELETE_SUBSCR = 61, None, |o, j| -2;
    GET_ITER = 68, None, |o, j| 0;
    GET_YIELD_FROM_ITER = 69, None, |o, j| 0;
    PRINT_EXPR = 70, None, |o, j| -1;
    LOAD_BUILD_CLASS = 71, None, |o, j| 1;
    LOAD_ASSERTION_ERROR = 74, None, |o, j| 1;
    RETURN_GENERATOR = 75, None, |o, j| 0;
    LIST_TO_TUPLE = 82, None, |o, j| 0;
    RETURN_VALUE = 83, None, |o, j| -1;
    IMPORT_STAR = 84, None, |o, j| -1;
    SETUP_ANNOTATIONS = 85, None, |o, j| 0;
    YIELD_VALUE = 86, None, |o, j| 0;
    ASYNC_GEN_WRAP = 87, None, |o, j| 0;
    PREP_RERAISE_STAR = 88, None, |o, j| -1;
    POP_EXCEPT = 89, None, |o, j| -1;
    STORE_NAME = 90, Name, |o, j| -1;
    DELETE_NAME = 91, Name, |o, j| 0;
    UNPACK_SEQUENCE = 92, Plain, |o, j| o - 1;
    FOR_ITER = 93, JumpForward, |o, j| if j { -1 } else { 1 };
    UNPACK_EX = 94, Plain, |o, j| (o & 0xFF) + (o >> 8);
    STORE_ATTR = 95, Name, |o, j| -2;
    DELETE_ATTR = 96, Name, |o, j| -1;
    STORE_GLOBAL = 97, Name, |o, j| -1;
    DELETE_GLOBAL = 98, Name, |o, j| 0;
    SWAP = 99, Plain, |o, j| 0;
    LOAD_CONST = 100, Const, |o, j| 1;
    LOAD_NAME = 101, Name, |o, j| 1;
    BUILD_TUPLE = 102, Plain, |o, j| 1 - o;
    BUILD_LIST = 103, Plain, |o, j| 1 - o;
    BUILD_SET = 104, Plain, |o, j| 1 - o;
    BUILD_MAP = 105, Plain, |o, j| 1 - 2 * o;
    LOAD_ATTR = 106, Name, |o, j| 0;
    COMPARE_OP = 107, Compare, |o, j| -1;
    IMPORT_NAME = 108, Name, |o, j| -1;
    IMPORT_FROM = 109, Name, |o, j| 1;
    JUMP_FORWARD = 110, JumpForward, |o, j| 0;
    JUMP_IF_FALSE_OR_POP = 111, JumpForward, |o, j| if j { 0 } else { -1 };
    JUMP_IF_TRUE_OR_POP = 112, JumpForward, |o, j| if j { 0 } else { -1 };
    POP_JUMP_FORWARD_IF_FALSE = 114, JumpForward, |o, j| -1;
    POP_JUMP_FORWARD_IF_TRUE = 115, JumpForward, |o, j| -1;
    LOAD_GLOBAL = 116, GlobalName, |o, j| 1 + (o & 1);
    IS_OP = 117, Plain, |o, j| -1;
    CONTAINS_OP = 118, Plain, |o, j| -1;
    RERAISE = 119, Plain, |o, j| -1;
    COPY = 120, Plain, |o, j| 1;
    BINARY_OP = 122, BinaryOp, |o, j| -1;
    SEND = 123, JumpForward, |o, j| if j { -1 } else { 0 };
    LOAD_FAST = 124, Local, |o, j| 1;
    STORE_FAST = 125, Local, |o, j| -1;
    DELETE_FAST = 126, Local, |o, j| 0;
    POP_JUMP_FORWARD_IF_NOT_NONE = 128, JumpForward, |o, j| -1;
    POP_JUMP_FORWARD_IF_NONE = 129, JumpForward, |o, j| -1;
    RAISE_VARARGS = 130, Plain, |o, j| -o;
    GET_AWAITABLE = 131, Plain, |o, j| 0;
    MAKE_FUNCTION = 132, MakeFunction,
        |o, j| -((o & 1 != 0) as i32) - ((o & 2 != 0) as i32)
            - ((o & 4 != 0) as i32) - ((o & 8 != 0) as i32);
    BUILD_SLICE = 133, Plain, |o, j| if o == 3 { -2 } else { -1 };
    JUMP_BACKWARD_NO_INTERRUPT = 134, JumpBackward, |o, j| 0;
    MAKE_CELL = 135, Free, |o, j| 0;
    LOAD_CLOSURE = 136, Free, |o, j| 1;
    LOAD_DEREF = 137, Free, |o, j| 1;
    STORE_DEREF = 138, Free, |o, j| -1;
    DELETE_DEREF = 139, Free, |o, j| 0;
    JUMP_BACKWARD = 140, JumpBackward, |o, j| 0;
    CALL_FUNCTION_EX = 142, Plain, |o, j| -2 - (o & 1);
    EXTENDED_ARG = 144, Plain, |o, j| 0;
    LIST_APPEND = 145, Plain, |o, j| -1;
    SET_ADD = 146, Plain, |o, j| -1;
    MAP_ADD = 147, Plain, |o, j| -2;
    LOAD_CLASSDEREF = 148, Free, |o, j| 1;
    COPY_FREE_VARS = 149, Plain, |o, j| 0;
    RESUME = 151, Plain, |o, j| 0;
    MATCH_CLASS = 152, Plain, |o, j| -2;
    FORMAT_VALUE = 155, FormatValue, |o, j| if o & 0x04 != 0 { -1 } else { 0 };
    BUILD_CONST_KEY_MAP = 156, Plain, |o, j| -o;
    BUILD_STRING = 157, Plain, |o, j| 1 - o;
    LOAD_METHOD = 160, Name, |o, j| 1;
    LIST_EXTEND = 162, Plain, |o, j| -1;
    SET_UPDATE = 163, Plain, |o, j| -1;
    DICT_MERGE = 164, Plain, |o, j| -1;
    DICT_UPDATE = 165, Plain, |o, j| -1;
    PRECALL = 166, Plain, |o, j| -o;
    CALL = 171, Plain, |o, j| -1;
    KW_NAMES = 172, Const, |o, j| 0;
    POP_JUMP_BACKWARD_IF_NOT_NONE = 173, JumpBackward, |o, j| -1;
    POP_JUMP_BACKWARD_IF_NONE = 174, JumpBackward, |o, j| -1;
    POP_JUMP_BACKWARD_IF_FALSE = 175, JumpBackward, |o, j| -1;
    POP_JUMP_BACKWARD_IF_TRUE = 176, JumpBackward, |o, j| -1;
}

/// The specialised (quickened) instruction families of 3.11, in `opcode._specializations`
/// order. They never appear in a `.pyc`, but `dis` names any byte in an empty slot after
/// them, so a damaged file disassembles exactly as CPython shows it.
pub const SPECIALIZATIONS: &[(Opcode, &[&str])] = &[
    (
        Opcode::BINARY_OP,
        &[
            "BINARY_OP_ADAPTIVE",
            "BINARY_OP_ADD_FLOAT",
            "BINARY_OP_ADD_INT",
            "BINARY_OP_ADD_UNICODE",
            "BINARY_OP_INPLACE_ADD_UNICODE",
            "BINARY_OP_MULTIPLY_FLOAT",
            "BINARY_OP_MULTIPLY_INT",
            "BINARY_OP_SUBTRACT_FLOAT",
            "BINARY_OP_SUBTRACT_INT",
        ],
    ),
    (
        Opcode::BINARY_SUBSCR,
        &[
            "BINARY_SUBSCR_ADAPTIVE",
            "BINARY_SUBSCR_DICT",
            "BINARY_SUBSCR_GETITEM",
            "BINARY_SUBSCR_LIST_INT",
            "BINARY_SUBSCR_TUPLE_INT",
        ],
    ),
    (
        Opcode::CALL,
        &[
            "CALL_ADAPTIVE",
            "CALL_PY_EXACT_ARGS",
            "CALL_PY_WITH_DEFAULTS",
        ],
    ),
    (
        Opcode::COMPARE_OP,
        &[
            "COMPARE_OP_ADAPTIVE",
            "COMPARE_OP_FLOAT_JUMP",
            "COMPARE_OP_INT_JUMP",
            "COMPARE_OP_STR_JUMP",
        ],
    ),
    (Opcode::EXTENDED_ARG, &["EXTENDED_ARG_QUICK"]),
    (Opcode::JUMP_BACKWARD, &["JUMP_BACKWARD_QUICK"]),
    (
        Opcode::LOAD_ATTR,
        &[
            "LOAD_ATTR_ADAPTIVE",
            "LOAD_ATTR_INSTANCE_VALUE",
            "LOAD_ATTR_MODULE",
            "LOAD_ATTR_SLOT",
            "LOAD_ATTR_WITH_HINT",
        ],
    ),
    (Opcode::LOAD_CONST, &["LOAD_CONST__LOAD_FAST"]),
    (
        Opcode::LOAD_FAST,
        &["LOAD_FAST__LOAD_CONST", "LOAD_FAST__LOAD_FAST"],
    ),
    (
        Opcode::LOAD_GLOBAL,
        &[
            "LOAD_GLOBAL_ADAPTIVE",
            "LOAD_GLOBAL_BUILTIN",
            "LOAD_GLOBAL_MODULE",
        ],
    ),
    (
        Opcode::LOAD_METHOD,
        &[
            "LOAD_METHOD_ADAPTIVE",
            "LOAD_METHOD_CLASS",
            "LOAD_METHOD_MODULE",
            "LOAD_METHOD_NO_DICT",
            "LOAD_METHOD_WITH_DICT",
            "LOAD_METHOD_WITH_VALUES",
        ],
    ),
    (
        Opcode::PRECALL,
        &[
            "PRECALL_ADAPTIVE",
            "PRECALL_BOUND_METHOD",
            "PRECALL_BUILTIN_CLASS",
            "PRECALL_BUILTIN_FAST_WITH_KEYWORDS",
            "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
            "PRECALL_NO_KW_BUILTIN_FAST",
            "PRECALL_NO_KW_BUILTIN_O",
            "PRECALL_NO_KW_ISINSTANCE",
            "PRECALL_NO_KW_LEN",
            "PRECALL_NO_KW_LIST_APPEND",
            "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
            "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS",
            "PRECALL_NO_KW_METHOD_DESCRIPTOR_O",
            "PRECALL_NO_KW_STR_1",
            "PRECALL_NO_KW_TUPLE_1",
            "PRECALL_NO_KW_TYPE_1",
            "PRECALL_PYFUNC",
        ],
    ),
    (Opcode::RESUME, &["RESUME_QUICK"]),
    (
        Opcode::STORE_ATTR,
        &[
            "STORE_ATTR_ADAPTIVE",
            "STORE_ATTR_INSTANCE_VALUE",
            "STORE_ATTR_SLOT",
            "STORE_ATTR_WITH_HINT",
        ],
    ),
    (
        Opcode::STORE_FAST,
        &["STORE_FAST__LOAD_FAST", "STORE_FAST__STORE_FAST"],
    ),
    (
        Opcode::STORE_SUBSCR,
        &[
            "STORE_SUBSCR_ADAPTIVE",
            "STORE_SUBSCR_DICT",
            "STORE_SUBSCR_LIST_INT",
        ],
    ),
    (
        Opcode::UNPACK_SEQUENCE,
        &[
            "UNPACK_SEQUENCE_ADAPTIVE",
            "UNPACK_SEQUENCE_LIST",
            "UNPACK_SEQUENCE_TUPLE",
            "UNPACK_SEQUENCE_TWO_TUPLE",
        ],
    ),
];

/// The inline cache layout of each instruction that has one (`opcode._cache_format`): named
/// fields and their sizes in code units. An instruction's number of `CACHE` entries is the
/// sum of its sizes, so the counts in [`OPCODES`] are derived from here.
pub const CACHE_FORMAT: &[(u8, &[(&str, u8)])] = &[
    (
        Opcode::LOAD_GLOBAL as u8,
        &[
            ("counter", 1),
            ("index", 1),
            ("module_keys_version", 2),
            ("builtin_keys_version", 1),
        ],
    ),
    (Opcode::BINARY_OP as u8, &[("counter", 1)]),
    (Opcode::UNPACK_SEQUENCE as u8, &[("counter", 1)]),
    (Opcode::COMPARE_OP as u8, &[("counter", 1), ("mask", 1)]),
    (
        Opcode::BINARY_SUBSCR as u8,
        &[("counter", 1), ("type_version", 2), ("func_version", 1)],
    ),
    (
        Opcode::LOAD_ATTR as u8,
        &[("counter", 1), ("version", 2), ("index", 1)],
    ),
    (
        Opcode::STORE_ATTR as u8,
        &[("counter", 1), ("version", 2), ("index", 1)],
    ),
    (
        Opcode::LOAD_METHOD as u8,
        &[
            ("counter", 1),
            ("type_version", 2),
            ("dict_offset", 1),
            ("keys_version", 2),
            ("descr", 4),
        ],
    ),
    (
        Opcode::CALL as u8,
        &[("counter", 1), ("func_version", 2), ("min_args", 1)],
    ),
    (Opcode::PRECALL as u8, &[("counter", 1)]),
    (Opcode::STORE_SUBSCR as u8, &[("counter", 1)]),
];

/// The cache layout of an opcode (empty for most).
pub fn cache_format(code: u8) -> &'static [(&'static str, u8)] {
    CACHE_FORMAT
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[], |(_, f)| *f)
}

/// Inline CACHE entries after opcode `code` (0 for opcodes without a cache), for const tables.
pub const fn cache_entries(code: u8) -> u8 {
    let mut i = 0;
    while i < CACHE_FORMAT.len() {
        if CACHE_FORMAT[i].0 == code {
            let fields = CACHE_FORMAT[i].1;
            let (mut sum, mut j) = (0, 0);
            while j < fields.len() {
                sum += fields[j].1;
                j += 1;
            }
            return sum;
        }
        i += 1;
    }
    0
}

/// `COMPARE_OP` argument texts (`opcode.cmp_op`).
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `BINARY_OP` argument texts, indexed by oparg (`opcode._nb_ops`).
pub const NB_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// `MAKE_FUNCTION` flag names, bit 0 first.
pub const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// `FORMAT_VALUE` conversion names for `arg & 3`.
pub const FORMAT_VALUE_CONVERTERS: [&str; 4] = ["", "str", "repr", "ascii"];

/// Opcodes from this number on take an argument: the lowest-numbered opcode in the table
/// whose argument kind is not [`ArgKind::None`].
pub const HAVE_ARGUMENT: u8 = {
    let mut i = 0;
    let mut lowest = 255u8;
    while i < OPCODES.len() {
        if !matches!(OPCODES[i].arg, ArgKind::None) && OPCODES[i].code < lowest {
            lowest = OPCODES[i].code;
        }
        i += 1;
    }
    lowest
};

/// Everything `dis` needs to know about any byte value 0..=255, base or not.
#[derive(Clone, Copy, Debug)]
pub struct ByteInfo {
    /// `dis._all_opname[byte]`: the base name, a specialised name, or `<N>`.
    pub name: Name,
    /// The base instruction this byte deoptimises to, if any (`dis._deoptop`).
    pub deopt: Option<&'static OpInfo>,
}

/// A name from the table, or the `<N>` form CPython prints for an unused byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Name {
    Known(&'static str),
    Unknown(u8),
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Name::Known(s) => f.write_str(s),
            Name::Unknown(n) => write!(f, "<{n}>"),
        }
    }
}

/// The base table indexed by opcode byte.
pub static BY_CODE: [Option<&'static OpInfo>; 256] = {
    let mut t: [Option<&'static OpInfo>; 256] = [None; 256];
    let mut i = 0;
    while i < OPCODES.len() {
        t[OPCODES[i].code as usize] = Some(&OPCODES[i]);
        i += 1;
    }
    t
};

/// The full byte table (`dis._all_opname` plus deoptimisation), computed once.
pub fn byte_info(byte: u8) -> ByteInfo {
    static TABLE: std::sync::OnceLock<[ByteInfo; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(build_byte_table)[byte as usize]
}

fn build_byte_table() -> [ByteInfo; 256] {
    let mut table = [ByteInfo {
        name: Name::Unknown(0),
        deopt: None,
    }; 256];
    for (b, slot) in table.iter_mut().enumerate() {
        *slot = match BY_CODE[b] {
            Some(info) => ByteInfo {
                name: Name::Known(info.name),
                deopt: Some(info),
            },
            None => ByteInfo {
                name: Name::Unknown(b as u8),
                deopt: None,
            },
        };
    }
    // Specialised names fill the empty slots in order, as `dis` does.
    let empty = (0..256usize).filter(|&b| BY_CODE[b].is_none());
    let specialised = SPECIALIZATIONS
        .iter()
        .flat_map(|(base, names)| names.iter().map(move |n| (*base, *n)));
    for (slot, (base, name)) in empty.zip(specialised) {
        table[slot] = ByteInfo {
            name: Name::Known(name),
            deopt: BY_CODE[base as usize],
        };
    }
    table
}

impl Opcode {
    /// The table row for this opcode.
    pub fn info(self) -> &'static OpInfo {
        match BY_CODE[self as usize] {
            Some(info) => info,
            // Every variant is generated from a table row, so the slot is always filled.
            None => unreachable!("opcode enum and table are generated together"),
        }
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn has_arg(self) -> bool {
        (self as u8) >= HAVE_ARGUMENT
    }

    pub fn caches(self) -> usize {
        self.info().caches as usize
    }

    /// `_opcode.stack_effect(op, arg, jump=jump)`.
    pub fn stack_effect(self, oparg: i32, jump: bool) -> i32 {
        (self.info().stack_effect)(oparg, jump)
    }
}

impl OpInfo {
    pub fn opcode(&self) -> Opcode {
        match Opcode::from_byte(self.code) {
            Some(op) => op,
            None => unreachable!("every table row has an enum variant"),
        }
    }
}

/// Looks an opcode up by its name (`opcode.opmap`).
pub fn opmap(name: &str) -> Option<Opcode> {
    OPCODES
        .iter()
        .find(|i| i.name == name)
        .and_then(|i| Opcode::from_byte(i.code))
}
