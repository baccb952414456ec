//! The bytecode the compiler emits and the VM executes.
//!
//! Instructions are a Rust enum with small inline operands so dispatch is one
//! `match`. Operands index into the code object's tables (`names`, `constants`,
//! `varnames`, cells) or are jump targets (instruction indices).

use num_bigint::BigInt;
use std::rc::Rc;

/// Index of an instruction inside `CodeObject::instructions`.
pub type Label = u32;

/// Binary operators, shared by `Instr::BinaryOp` and `Instr::InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as Python writes it (used in error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (`__op__`, `__rop__`, `__iop__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }

    /// All operators, for registering dunder methods in a loop.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Rich comparison operators (`is`/`in` have their own instructions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator as Python writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The dunder method name.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// How `FormatValue` converts before formatting (`!s`, `!r`, `!a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One VM instruction. Stack effects are described as `[before] -> [after]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    /// [] -> [constants[i]]
    LoadConst(u32),
    /// Fast locals (function scopes).
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells and free variables: index into `cellvars ++ freevars`.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// Class bodies: look in the class namespace, then the cell.
    LoadClassDeref(u32),
    /// Globals then builtins; operand is an index into `names`.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Locals mapping, then globals, then builtins (module/class/exec scopes).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// [obj] -> [obj.name]
    LoadAttr(u32),
    /// [value, obj] -> []
    StoreAttr(u32),
    DeleteAttr(u32),
    /// [obj] -> [method, self] or [callable, Undef]; pairs with `CallMethod`.
    LoadMethod(u32),
    /// [method, self|Undef, args...] -> [result]
    CallMethod(u32),
    /// [container, key] -> [container[key]]
    BinarySubscr,
    /// [value, container, key] -> []
    StoreSubscr,
    DeleteSubscr,
    /// [lower, upper] or [lower, upper, step] -> [slice]
    BuildSlice(u32),
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    /// `is` / `is not` (operand: negate)
    IsOp(bool),
    /// `in` / `not in` (operand: negate)
    ContainsOp(bool),
    Jump(Label),
    PopJumpIfFalse(Label),
    PopJumpIfTrue(Label),
    /// Short-circuit `and`/`or`: jump keeping the value, else pop it.
    JumpIfFalseOrPop(Label),
    JumpIfTrueOrPop(Label),
    /// [obj] -> [iter(obj)]
    GetIter,
    /// [it] -> [it, next(it)] or pop `it` and jump when exhausted.
    ForIter(Label),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// [k1, v1, ..., kn, vn] -> [dict]
    BuildMap(u32),
    /// [k1..kn, keys_tuple] -> [dict]
    BuildConstKeyMap(u32),
    /// Comprehension helpers: add TOS to the container `depth` below it.
    ListAppend(u32),
    SetAdd(u32),
    /// [.., container, .., key, value] -> container[key] = value
    MapAdd(u32),
    /// [.., list, .., iterable] -> list.extend(iterable)
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate` but duplicate keys are an error (`f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    /// `f(*x)` with no other positional argument: [func, x] -> [func,
    /// tuple(x)], with the error naming `func` when `x` is not iterable.
    StarArgsToTuple,
    UnpackSequence(u32),
    /// Starred unpacking: operands are counts before and after the star.
    UnpackEx(u16, u16),
    /// Concatenate `n` strings.
    BuildString(u32),
    /// [value] or [value, spec] -> [formatted str]
    FormatValue(Conversion, bool),
    /// [callable, args...] -> [result]
    Call(u32),
    /// [callable, args..., kwnames_tuple] -> [result]; operand counts args incl. keywords.
    CallKw(u32),
    /// [callable, args_tuple] or [callable, args_tuple, kwargs_dict] -> [result]
    CallEx(bool),
    /// Build a function from a code object constant. Flags say which of
    /// defaults tuple, kwdefaults dict, annotations dict, closure tuple are on
    /// the stack (in that order, below the code).
    MakeFunction(u8),
    ReturnValue,
    /// [value] -> [sent]; suspends the generator.
    YieldValue,
    /// [iter, value] -> [iter, value] while delegating, [result] when done.
    YieldFrom,
    /// [obj] -> [iterator for await]
    GetAwaitable,
    GetAIter,
    /// [aiter] -> [aiter, awaitable]
    GetANext,
    /// Ends an `async for` on StopAsyncIteration (operand: loop exit).
    EndAsyncFor,
    /// [exc?, cause?] -> raise; operand = number of values.
    Raise(u32),
    /// Re-raise TOS exception without adding a traceback entry.
    Reraise,
    /// Push an exception handler block catching everything.
    SetupExcept(Label),
    PopBlock,
    /// Leave an except handler: pop the handler block and the saved
    /// exception state below TOS, restoring `sys.exception()`.
    PopExcept,
    /// [exc, type] -> [exc, bool]
    CheckExcMatch,
    /// `except*`: [rest, type] -> [rest', matched] (matched is None if no match)
    CheckEgMatch,
    /// After all `except*` clauses: [orig, raised_list, rest] -> [exception to re-raise or None]
    PrepReraiseStar,
    /// [ctx] -> [exit, enter_result]
    BeforeWith,
    /// [ctx] -> [aexit, awaitable(aenter)]
    BeforeAsyncWith,
    /// [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]
    WithExceptStart,
    /// [level, fromlist] -> [module]; operand indexes `names`.
    ImportName(u32),
    /// [module] -> [module, module.name]
    ImportFrom(u32),
    /// [module] -> [] ; copies public names into locals.
    ImportStar,
    LoadBuildClass,
    /// Create `__annotations__` in the locals mapping if missing.
    SetupAnnotations,
    PopTop,
    /// Push a copy of the item `n` from the top (1 = TOS).
    Copy(u32),
    /// Swap TOS with the item `n` from the top.
    Swap(u32),
    /// Interactive mode: print repr of TOS and set `builtins._`.
    PrintExpr,
    /// [] -> [Undef] placeholder for `LoadMethod`-less calls.
    PushNull,
    /// Pattern matching: [subject] -> [subject, len(subject)]
    GetLen,
    /// [subject] -> [subject, bool] is it a mapping / sequence
    MatchMapping,
    MatchSequence,
    /// [subject, keys_tuple] -> [subject, keys_tuple, values_tuple|None]
    MatchKeys,
    /// [subject, cls, kwnames] -> [attrs_tuple|None]; operand = positional count
    MatchClass(u32),
    /// [mapping, keys_tuple] -> [dict of the remaining items]
    CopyDictWithoutKeys,
    /// [name, type_params|None, compute_value] -> [TypeAliasType]  (for `type X = ...`)
    MakeTypeAlias,
    /// [name, bound_fn?, default_fn?] -> [TypeVar | TypeVarTuple | ParamSpec];
    /// operand: a kind plus `type_param` flags saying which functions follow.
    MakeTypeParam(u8),
    /// [function, type_params] -> [function] with `__type_params__` set.
    SetTypeParams,
    /// [type_params] -> [typing.Generic[*type_params]] (a generic class's base).
    SubscriptGeneric,
    /// [] -> [the frame's locals mapping] (a class body's `__classdict__`).
    LoadLocals,
    /// [mapping] -> [mapping[names[i]], else the global or builtin]
    /// (annotation scopes seeing a class namespace).
    LoadFromDictOrGlobals(u32),
    /// [mapping] -> [mapping[name], else the cell or free variable `i`].
    LoadFromDictOrDeref(u32),
    // Quickened pairs. Codegen never emits these: the VM's loader writes
    // one over the first of two adjacent instructions and leaves the second
    // in place (so jumps to it still work). Running one does both and
    // skips the second; where it cannot, the VM runs `first_of_pair()`.
    /// `LoadFast(a); LoadFast(b)`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a); LoadConst(c)`.
    LoadFastLoadConst(u16, u16),
    /// `StoreFast(a); LoadFast(b)`.
    StoreFastLoadFast(u16, u16),
    /// `Compare(op); PopJumpIfFalse(target)`.
    CompareJumpIfFalse(CmpOp, u32),
    /// `LoadGlobal(g); Call(0); LoadMethod(m)` where global `g` is named
    /// `super`: a zero-argument `super().m` method lookup that, when `super`
    /// is the builtin, makes no super object (like CPython's
    /// `LOAD_SUPER_ATTR`). Skips three instructions.
    LoadSuperMethod(u16, u16),
}

/// `MakeTypeParam` operand: the kind in the low two bits, then flags.
pub mod type_param {
    pub const TYPEVAR: u8 = 0;
    pub const TYPEVARTUPLE: u8 = 1;
    pub const PARAMSPEC: u8 = 2;
    pub const KIND_MASK: u8 = 3;
    /// A function computing the bound follows the name.
    pub const BOUND: u8 = 4;
    /// The bound function computes the constraints tuple instead.
    pub const CONSTRAINTS: u8 = 8;
    /// A function computing the default follows.
    pub const DEFAULT: u8 = 16;
}

/// `MakeFunction` flag bits.
pub mod make_function {
    pub const DEFAULTS: u8 = 1;
    pub const KWDEFAULTS: u8 = 2;
    pub const ANNOTATIONS: u8 = 4;
    pub const CLOSURE: u8 = 8;
}

/// Code object flags.
pub mod code_flags {
    pub const VARARGS: u32 = 0x04;
    pub const VARKEYWORDS: u32 = 0x08;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Function scope: locals live in the fast array.
    pub const OPTIMIZED: u32 = 0x01;
    /// The code has a `__class__` cell to hand back (class bodies).
    pub const CLASSCELL: u32 = 0x1000;
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

/// Compiled code for one scope (module, class body, function, lambda,
/// comprehension). Immutable once built.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    pub constants: Vec<Constant>,
    /// Attribute, global and import names.
    pub names: Vec<Rc<str>>,
    /// Fast local names; parameters first.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell, the parameter index it is initialised from, if any.
    pub cell_from_arg: Vec<Option<u32>>,
    /// Deepest value stack this code can need.
    pub max_stack: u32,
    /// Docstring, if the body starts with a string literal.
    pub docstring: Option<Rc<str>>,
}

impl Instr {
    /// For a quickened pair, the first instruction of the pair; any other
    /// instruction is itself.
    pub fn first_of_pair(self) -> Instr {
        match self {
            Instr::LoadFastLoadFast(a, _) | Instr::LoadFastLoadConst(a, _) => {
                Instr::LoadFast(a.into())
            }
            Instr::StoreFastLoadFast(a, _) => Instr::StoreFast(a.into()),
            Instr::CompareJumpIfFalse(op, _) => Instr::Compare(op),
            Instr::LoadSuperMethod(g, _) => Instr::LoadGlobal(g.into()),
            other => other,
        }
    }

    /// The quickened instruction for `first` followed by `second`, if any.
    pub fn pair(first: Instr, second: Instr) -> Option<Instr> {
        let small = |a: u32, b: u32| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
        match (first, second) {
            (Instr::LoadFast(a), Instr::LoadFast(b)) => {
                small(a, b).map(|(a, b)| Instr::LoadFastLoadFast(a, b))
            }
            (Instr::LoadFast(a), Instr::LoadConst(c)) => {
                small(a, c).map(|(a, c)| Instr::LoadFastLoadConst(a, c))
            }
            (Instr::StoreFast(a), Instr::LoadFast(b)) => {
                small(a, b).map(|(a, b)| Instr::StoreFastLoadFast(a, b))
            }
            (Instr::Compare(op), Instr::PopJumpIfFalse(t)) => {
                Some(Instr::CompareJumpIfFalse(op, t))
            }
            _ => None,
        }
    }
}

impl CodeObject {
    /// Total parameter slots, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & code_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// Whether calling this code creates a generator, coroutine or async generator.
    pub fn is_generator_like(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }
}
