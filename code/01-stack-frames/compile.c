/* The compiler: from the tree of one code object to its bytecode.  One
   emit helper per kind of instruction; jumps go to labels, placed as the
   code is written and turned into offsets by the assembler at the end,
   which also computes co_stacksize and the line table.  CPython's
   compiler has the same three stages (Python/compile.c, flowgraph.c,
   assemble.c). */
#include "compile.h"

#include "const_cache.h"

#include "instrseq.h"

#include "dictobject.h"
#include "errors.h"
#include "figure.h"
#include "frame.h"
#include "funcobject.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "parser.h"
#include "pymem.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <assert.h>
#include <string.h>

/* How many blocks (loops, try statements and their handlers) may nest
   in one function: CPython 3.13's CO_MAXBLOCKS (Python/compile.c). */
#define CO_MAXBLOCKS 21

typedef enum {
    FB_WHILE,
    FB_FOR,
    FB_TRY_EXCEPT,        /* the body of a try that has except clauses */
    FB_FINALLY_TRY,       /* the body of a try that has a finally */
    FB_FINALLY_END,       /* that finally, run because of an exception */
    FB_EXCEPTION_HANDLER, /* the except clauses, matching the exception */
    FB_HANDLER_CLEANUP,   /* the body of one except clause */
    FB_POP_VALUE,         /* a return value kept while a finally runs */
} FBlockKind;

/* A block the code being compiled is inside, and what leaving it early
   (return, break, continue) must undo: CPython's fblockinfo. */
typedef struct {
    FBlockKind kind;
    int top, exit;   /* loops: where continue and break go */
    Stmt *finalbody; /* FB_FINALLY_TRY: the finally block */
    Expr *name;      /* FB_HANDLER_CLEANUP: the name "as" bound, or NULL */
} FBlock;

typedef struct Compiler {
    Arena *arena;
    Code *code;
    InstrSeq seq;
    PyObject **consts;
    int nconsts, capconsts;
    PyObject **names;
    int nnames, capnames;
    Stmt **figures;
    int nfigures, capfigures;
    FBlock fblocks[CO_MAXBLOCKS];
    int nfblocks;
    int depth; /* what the blocks keep on the stack: iterators, ... */
    /* the labels of the handlers an exception goes to, innermost last
       (each block has at most one) */
    int handlers[CO_MAXBLOCKS + 1];
    int nhandlers;
    struct Compiler *module; /* the module's: it knows what is imported */
    PyObject **imported;     /* the module's: names bound by import */
    int nimported, capimported;
    Code **finished; /* the module's: the code objects made so far */
    int nfinished, capfinished;
    ConstCache cache; /* the module's: its constants, merged */
    PyObject **made;  /* the module's: the tuples it made, until done */
    int nmade, capmade;
    bool unreachable; /* after a return or a jump: emit nothing */
    bool interactive; /* a statement typed at the prompt: echo values */
    int line;
    Stmt *stmt;      /* the statement being compiled */
    Position pos;    /* the expression's, or line 0 between expressions */
    Expr *full_call; /* the value of `x = f()`, `return f()` (Position) */
    bool failed;
} Compiler;

static void compile_expr(Compiler *c, Expr *e);
static void compile_function(Compiler *c, Code *code, Expr **defaults,
                             int ndefaults, Expr **kwdefaults);
/* How many items a display may put on the stack at once before the
   compiler builds it item by item (STACK_USE_GUIDELINE in CPython's
   Python/compile.c, v3.13.0). */
#define STACK_USE_GUIDELINE 30

static void compile_store(Compiler *c, Expr *target);
static bool any_starred(Expr **items, int n);
static void compile_starred_items(Compiler *c, Expr **items, int n, bool tuple);
static bool all_constants(Expr **items, int n);
static PyObject *constants_tuple(Compiler *c, Expr **items, int n);
static void setup_block(Compiler *c, int label);
static void pop_block(Compiler *c);
static void compile_block(Compiler *c, Stmt *s);
static int compile_code(Compiler *parent, Arena *arena, Code *code,
                        bool is_class, bool interactive);

/* ---- growing arrays ---- */

static bool
grow(Compiler *c, void **items, int *cap, int n, size_t size)
{
    if (c->failed)
        return false;
    if (n < *cap)
        return true;
    int new_cap = *cap ? 2 * *cap : 16;
    void *grown = PyMem_RawRealloc(*items, (size_t)new_cap * size);
    if (grown == NULL) {
        PyErr_NoMemory();
        c->failed = true;
        return false;
    }
    *items = grown;
    *cap = new_cap;
    return true;
}

#define GROW(c, array, n, cap)                                                 \
    grow((c), (void **)&(c)->array, &(c)->cap, (c)->n, sizeof *(c)->array)

/* ---- emitting ---- */

#define SEQ_GROW(c, array, n, cap)                                             \
    grow((c), (void **)&(c)->seq.array, &(c)->seq.cap, (c)->seq.n,             \
         sizeof *(c)->seq.array)

/* Where the instruction emitted now comes from: the expression being
   compiled, else the simple statement (x += 1, raise E(...)), else
   only the line (a compound statement's own code). */
static Position
current_position(Compiler *c)
{
    if (c->pos.line != 0 && c->pos.line == c->line)
        return c->pos;
    Stmt *s = c->stmt;
    if (s != NULL && s->line == c->line && s->end_line != 0)
        return (Position){.line = s->line,
                          .end_line = s->end_line,
                          .col = s->col,
                          .end_col = s->end_col};
    return (Position){
        .line = c->line, .end_line = c->line, .col = -1, .end_col = -1};
}

/* Code after a return or an unconditional jump, before the next label,
   can never run: it is not emitted (CPython drops it too). */
static int
emit(Compiler *c, int op, int arg)
{
    if (c->unreachable || !SEQ_GROW(c, instrs, ninstrs, capinstrs))
        return -1;
    int handler = c->nhandlers > 0 ? c->handlers[c->nhandlers - 1] : -1;
    c->seq.instrs[c->seq.ninstrs] =
        (Instr){op, arg, -1, current_position(c), handler};
    c->unreachable = _PyInstr_EndsFlow(op);
    return c->seq.ninstrs++;
}

static int
new_label(Compiler *c)
{
    if (!SEQ_GROW(c, labels, nlabels, caplabels))
        return 0;
    c->seq.labels[c->seq.nlabels] = -1;
    return c->seq.nlabels++;
}

static void
place_label(Compiler *c, int label)
{
    if (!c->failed) {
        c->seq.labels[label] = c->seq.ninstrs;
        c->unreachable = false;
    }
}

/* A jump to a label placed already goes backward. */
static void
emit_jump(Compiler *c, int op, int label)
{
    if (op == JUMP_FORWARD && !c->failed && c->seq.labels[label] >= 0)
        op = JUMP_BACKWARD;
    int at = emit(c, op, 0);
    if (at >= 0)
        c->seq.instrs[at].target = label;
}

static bool
same_constant(PyObject *a, PyObject *b)
{
    if (a == b)
        return true;
    if (Py_TYPE(a) != Py_TYPE(b))
        return false;
    if (Py_TYPE(a) == &PyLong_Type)
        return ((PyLongObject *)a)->ob_ival == ((PyLongObject *)b)->ob_ival;
    if (PyUnicode_Check(a))
        return _PyUnicode_Equal(a, b);
    if (PyTuple_Check(a)) { /* a tuple the compiler made of constants */
        if (Py_SIZE(a) != Py_SIZE(b))
            return false;
        for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
            if (!same_constant(PyTuple_GET_ITEM(a, i), PyTuple_GET_ITEM(b, i)))
                return false;
        return true;
    }
    return false;
}

/* The object that stands for value in this code: an equal constant
   the code has, or an equal item of a tuple it has, else value. */
static PyObject *
canonical(Compiler *c, PyObject *value)
{
    for (int i = 0; i < c->nconsts; i++) {
        PyObject *k = c->consts[i];
        if (same_constant(k, value))
            return k;
        for (Py_ssize_t j = 0; PyTuple_Check(k) && j < Py_SIZE(k); j++)
            if (same_constant(PyTuple_GET_ITEM(k, j), value))
                return PyTuple_GET_ITEM(k, j);
    }
    return value;
}

/* Equal constants share a slot of co_consts, as in CPython, and one
   object with the items of its tuples; from chapter 4 on, one object
   with the whole module's (const_cache.h). */
static int
add_const(Compiler *c, PyObject *value)
{
    if (c->failed)
        return 0;
    if ((value = _PyConstCache_Merge(&c->module->cache, value)) == NULL) {
        c->failed = true;
        return 0;
    }
    for (int i = 0; i < c->nconsts; i++)
        if (same_constant(c->consts[i], value))
            return i;
    value = canonical(c, value);
    if (!GROW(c, consts, nconsts, capconsts))
        return 0;
    c->consts[c->nconsts] = value;
    return c->nconsts++;
}

static int
add_name(Compiler *c, PyObject *name)
{
    for (int i = 0; i < c->nnames; i++)
        if (_PyUnicode_Equal(c->names[i], name))
            return i;
    if (!GROW(c, names, nnames, capnames))
        return 0;
    c->names[c->nnames] = name;
    return c->nnames++;
}

/* A constant of the tree: its slot.  The node is left naming the
   object the code uses, which from chapter 4 on is the module's one
   object for all equal constants. */
static int
node_const(Compiler *c, Expr *e)
{
    int i = add_const(c, e->constant);
    if (!c->failed)
        e->constant = c->consts[i];
    return i;
}

static void
emit_const(Compiler *c, PyObject *value)
{
    emit(c, LOAD_CONST, add_const(c, value));
}

/* A str or int the compiler itself needs, kept by the program. */
static PyObject *
own(Compiler *c, PyObject *op)
{
    if (op == NULL || arena_own(c->arena, op) < 0) {
        c->failed = true;
        return Py_None;
    }
    return op;
}

/* ---- names ---- */

typedef enum { NAME_LOAD, NAME_STORE, NAME_DELETE } NameUse;

/* Does the slot hold a cell: a variable a closure reads, or one read
   through this code's closure? */
static bool
holds_cell(const Code *code, int slot)
{
    for (int i = 0; i < code->co_ncells; i++)
        if (code->co_cellslots[i] == slot)
            return true;
    for (int i = 0; i < code->co_nfrees; i++)
        if (code->co_freeslots[i] == slot)
            return true;
    return false;
}

static void
compile_name(Compiler *c, Expr *e, NameUse use)
{
    static const int ops[3][3] = {
        {LOAD_FAST, STORE_FAST, DELETE_FAST},
        {LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL},
        {LOAD_NAME, STORE_NAME, DELETE_NAME},
    };
    int kind = e->name.scope == SCOPE_FAST     ? 0
               : e->name.scope == SCOPE_GLOBAL ? 1
                                               : 2;
    int arg = kind == 0 ? e->name.slot : add_name(c, e->name.id);
    if (kind == 1 && use == NAME_LOAD)
        arg <<= 1; /* the low bit: push NULL too, for a call */
    if (kind == 0 && holds_cell(c->code, arg)) {
        static const int deref[3] = {LOAD_DEREF, STORE_DEREF, DELETE_DEREF};
        emit(c, deref[use], arg);
        return;
    }
    emit(c, ops[kind][use], arg);
}

/* ---- expressions ---- */

static const int binop_arg[] = {
    [OP_ADD] = NB_ADD,       [OP_SUB] = NB_SUBTRACT,
    [OP_MUL] = NB_MULTIPLY,  [OP_FLOORDIV] = NB_FLOOR_DIVIDE,
    [OP_MOD] = NB_REMAINDER, [OP_POW] = NB_POWER,
    [OP_LSHIFT] = NB_LSHIFT, [OP_RSHIFT] = NB_RSHIFT,
    [OP_AND] = NB_AND,       [OP_XOR] = NB_XOR,
    [OP_OR] = NB_OR,
};

static void
compile_compare_op(Compiler *c, CmpOp op)
{
    switch (op) {
    case CMP_IS:
    case CMP_IS_NOT:
        emit(c, IS_OP, op == CMP_IS_NOT);
        break;
    case CMP_IN:
    case CMP_NOT_IN:
        emit(c, CONTAINS_OP, op == CMP_NOT_IN);
        break;
    default:
        emit(c, COMPARE_OP, (int)op); /* CMP_LT.. are Py_LT.. */
    }
}

/* region: is-literal */
/* CPython's compiler checks the tree its AST optimizer has folded
   (Python/ast_opt.c): -5, not 0 and (1, 2) are constants there, as
   they are here from chapter 4 on (fold.c).  Until then, the type such
   an expression folds to, for the simplest cases; NULL if none. */
static PyTypeObject *
folded_type(Expr *e)
{
    switch (e->kind) {
    case E_CONST:
        return Py_TYPE(e->constant);
    case E_UNARY: {
        PyTypeObject *t = folded_type(e->unary.operand);
        return t == &PyLong_Type || t == &PyBool_Type ? &PyLong_Type : NULL;
    }
    case E_NOT:
        return folded_type(e->unary.operand) ? &PyBool_Type : NULL;
    case E_TUPLE:
        if (e->seq.count > 256) /* too big to keep (fold.c) */
            return NULL;
        for (int i = 0; i < e->seq.count; i++)
            if (folded_type(e->seq.items[i]) == NULL)
                return NULL;
        return &PyTuple_Type;
    default:
        return NULL;
    }
}

/* `x is 500` asks whether x is one particular object of the program,
   which only works by accident: CPython warns at compile time, for a
   constant on either side other than None, True, False and `...`
   (check_is_arg and check_compare, Python/compile.c, 3.8 to 3.13; the
   type is named since 3.12).  One warning for a comparison, the first. */
static bool
is_literal(Expr *e)
{
    PyTypeObject *t = folded_type(e);
    return t != NULL && t != &PyNone_Type && t != &PyBool_Type;
}

static void
check_compare(Expr *e)
{
    Expr *left = e->compare.left;
    for (int i = 0; i < e->compare.count; i++) {
        Expr *right = e->compare.comparators[i];
        CmpOp op = e->compare.ops[i];
        if ((op == CMP_IS || op == CMP_IS_NOT) &&
            (is_literal(left) || is_literal(right))) {
            Expr *literal = is_literal(left) ? left : right;
            PyErr_WarnSyntax(e->line,
                             op == CMP_IS ? "\"is\" with '%s' literal. "
                                            "Did you mean \"==\"?"
                                          : "\"is not\" with '%s' literal. "
                                            "Did you mean \"!=\"?",
                             folded_type(literal)->tp_name);
            return;
        }
        left = right;
    }
}
/* endregion */

/* region: missed-comma */
/* [(1, 2) (3, 4)] calls a tuple and [1 [0]] subscripts an int: a
   display that lost a comma.  CPython 3.8+ warns when the compiler can
   tell that a call, a subscript or an index must fail, from the type of
   a literal or a display (check_caller, check_subscripter, check_index,
   Python/compile.c, v3.13.0). */
static PyTypeObject *
display_type(Expr *e)
{
    switch (e->kind) {
    case E_TUPLE:
        return &PyTuple_Type;
    case E_LIST:
        return &PyList_Type;
    case E_LISTCOMP:
        return e->listcomp.key != NULL ? &PyDict_Type : &PyList_Type;
    case E_DICT:
        return &PyDict_Type;
    case E_LAMBDA:
        return &PyFunction_Type;
    case E_JOINEDSTR:
    case E_FORMATTED:
        return &PyUnicode_Type;
    default:
        return folded_type(e);
    }
}

static void
check_caller(Expr *func)
{
    PyTypeObject *t = display_type(func);
    if (t != NULL && func->kind != E_LAMBDA)
        PyErr_WarnSyntax(func->line,
                         "'%s' object is not callable; "
                         "perhaps you missed a comma?",
                         t->tp_name);
}

static void
check_subscript(Expr *e)
{
    Expr *value = e->subscript.value;
    PyTypeObject *t = display_type(value);
    PyTypeObject *index = display_type(e->subscript.index);
    if (t == &PyFunction_Type || t == &PyNone_Type || t == &PyLong_Type ||
        t == &PyBool_Type) {
        PyErr_WarnSyntax(value->line,
                         "'%s' object is not subscriptable; "
                         "perhaps you missed a comma?",
                         t->tp_name);
    } else if (t != NULL && t != &PyDict_Type && index != NULL &&
               index != &PyLong_Type && index != &PyBool_Type) {
        PyErr_WarnSyntax(value->line,
                         "%s indices must be integers or slices, not %s; "
                         "perhaps you missed a comma?",
                         t->tp_name, index->tp_name);
    }
}
/* endregion */

/* a < b < c is a < b and b < c, with b computed once. */
static void
compile_compare(Compiler *c, Expr *e)
{
    check_compare(e);
    compile_expr(c, e->compare.left);
    int n = e->compare.count;
    if (n == 1) {
        compile_expr(c, e->compare.comparators[0]);
        compile_compare_op(c, e->compare.ops[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->compare.comparators[i]);
        emit(c, SWAP, 2);
        emit(c, COPY, 2);
        compile_compare_op(c, e->compare.ops[i]);
        emit(c, COPY, 1);
        emit_jump(c, POP_JUMP_IF_FALSE, cleanup);
        emit(c, POP_TOP, 0);
    }
    compile_expr(c, e->compare.comparators[n - 1]);
    compile_compare_op(c, e->compare.ops[n - 1]);
    emit_jump(c, JUMP_FORWARD, end);
    place_label(c, cleanup);
    emit(c, SWAP, 2);
    emit(c, POP_TOP, 0);
    place_label(c, end);
}

/* a and b is a if a is false, else b; a or b the other way round. */
static void
compile_boolop(Compiler *c, Expr *e)
{
    int end = new_label(c);
    int n = e->boolop.count;
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->boolop.values[i]);
        emit(c, COPY, 1);
        emit_jump(c, e->boolop.is_and ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE,
                  end);
        emit(c, POP_TOP, 0);
    }
    compile_expr(c, e->boolop.values[n - 1]);
    place_label(c, end);
}

/* The names bound by import statements in the module's body. */
static void
collect_imports(Compiler *c, Stmt *s)
{
    for (; s != NULL; s = s->next) {
        if (s->kind == S_IMPORT) {
            for (int i = 0; i < s->names.count; i++) {
                if (!GROW(c, imported, nimported, capimported))
                    return;
                c->imported[c->nimported++] = s->names.targets[i]->name.id;
            }
        } else if (s->kind == S_IF) {
            collect_imports(c, s->if_.body);
            collect_imports(c, s->if_.orelse);
        } else if (s->kind == S_WHILE) {
            collect_imports(c, s->while_.body);
            collect_imports(c, s->while_.orelse);
        } else if (s->kind == S_FOR) {
            collect_imports(c, s->for_.body);
            collect_imports(c, s->for_.orelse);
        } else if (s->kind == S_TRY) {
            collect_imports(c, s->try_.body);
            for (int i = 0; i < s->try_.nhandlers; i++)
                collect_imports(c, s->try_.handlers[i].body);
            collect_imports(c, s->try_.orelse);
            collect_imports(c, s->try_.finalbody);
        }
    }
}

static bool
is_imported(Compiler *c, Expr *e)
{
    Compiler *m = c->module;
    for (int i = 0; e->kind == E_NAME && i < m->nimported; i++)
        if (_PyUnicode_Equal(m->imported[i], e->name.id))
            return true;
    return false;
}

/* The code of an expression is where the expression is, as in CPython,
   where each instruction has the place of the node it comes from: in
   print(1,
         1 // 0)
   the division fails on line 2, and a traceback underlines 1 // 0. */
typedef struct {
    int line;
    Position pos;
} Place;

/* Code on a.b, where the name b is on a line after a's, starts at b
   (update_start_location_to_match_attr, Python/compile.c, v3.13.0). */
static Position
at_attribute_name(Position p, Expr *attr)
{
    if (p.line == attr->end_line)
        return p;
    p.line = attr->end_line;
    int len = (int)strlen(PyUnicode_AsUTF8(attr->attr.attr));
    if (len <= attr->end_col) {
        p.col = attr->end_col - len;
    } else {
        p.col = p.end_col = -1;
    }
    if (p.end_line < p.line)
        p.end_line = p.line;
    if (p.line == p.end_line && p.end_col < p.col)
        p.end_col = p.col;
    return p;
}

static Place
enter_expr(Compiler *c, Expr *e)
{
    Place saved = {c->line, c->pos};
    Position p = {.line = e->start_line,
                  .end_line = e->end_line,
                  .col = e->col,
                  .end_col = e->end_col};
    Expr *left = NULL;
    switch (e->kind) {
    case E_ATTR:
        p = at_attribute_name(p, e);
        break;
    case E_BINOP:
        p.anchor = ANCHOR_BINOP;
        left = e->binop.left;
        p.right_line = e->binop.right->start_line;
        p.right_col = e->binop.right->col;
        break;
    case E_SUBSCRIPT:
        p.anchor = ANCHOR_SUBSCRIPT;
        left = e->subscript.value;
        break;
    case E_CALL:
        p.anchor = e->call.func ? ANCHOR_CALL : ANCHOR_NONE;
        left = e->call.func;
        p.whole_call =
            e == c->full_call && c->stmt != NULL && c->stmt->line == p.line;
        break;
    default:
        break;
    }
    if (left != NULL) {
        p.left_line = left->end_line;
        p.left_col = left->end_col;
    }
    c->pos = p;
    c->line = p.line;
    return saved;
}

static void
leave_expr(Compiler *c, Place saved)
{
    c->line = saved.line;
    c->pos = saved.pos;
}

/* The callable and NULL under a call's arguments: a global with the
   NULL in the same LOAD_GLOBAL (its low bit), as CPython 3.11+ does. */
static void
compile_callable(Compiler *c, Expr *func)
{
    if (func->kind == E_NAME && func->name.scope == SCOPE_GLOBAL) {
        Place place = enter_expr(c, func);
        emit(c, LOAD_GLOBAL, add_name(c, func->name.id) << 1 | 1);
        leave_expr(c, place);
    } else {
        compile_expr(c, func);
        emit(c, PUSH_NULL, 0);
    }
}

/* f(*a) or f(**k): a starred positional argument, or a keyword one
   with no name. */
static bool
is_ex_call(Expr *e)
{
    if (any_starred(e->call.args, e->call.nargs))
        return true;
    for (int i = 0; i < e->call.nkw; i++)
        if (PyTuple_GET_ITEM(e->call.kwnames, i) == Py_None)
            return true;
    return false;
}

/* The keywords from begin to end, all named, as one dict
   (compiler_subkwargs, CPython's compiler, v3.13). */
static void
compile_subkwargs(Compiler *c, Expr *e, int begin, int end)
{
    Expr **values = e->call.args + e->call.nargs;
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++)
            compile_expr(c, values[i]);
        PyObject *keys = own(c, PyTuple_New(n));
        for (int i = 0; keys != NULL && i < n; i++)
            PyTuple_SET_ITEM(
                keys, i,
                Py_NewRef(PyTuple_GET_ITEM(e->call.kwnames, begin + i)));
        emit_const(c, keys);
        emit(c, BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        emit(c, BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        emit_const(c, PyTuple_GET_ITEM(e->call.kwnames, i));
        compile_expr(c, values[i]);
        if (big)
            emit(c, MAP_ADD, 1);
    }
    if (!big)
        emit(c, BUILD_MAP, n);
}

/* f(a, *b, k=c, **d): the callable and NULL, a tuple of the positional
   arguments (one starred alone is passed as it is), a dict of the
   keyword ones merged in order (DICT_MERGE refuses a name twice), then
   CALL_FUNCTION_EX, as CPython 3.13 compiles it (ex_call). */
static void
compile_ex_call(Compiler *c, Expr *e)
{
    compile_callable(c, e->call.func);
    Expr **args = e->call.args;
    int n = e->call.nargs;
    if (n == 1 && args[0]->kind == E_STARRED) {
        compile_expr(c, args[0]->unary.operand);
    } else if (any_starred(args, n)) {
        compile_starred_items(c, args, n, true);
    } else if (n > 2 && all_constants(args, n)) {
        emit_const(c, constants_tuple(c, args, n));
    } else {
        for (int i = 0; i < n; i++)
            compile_expr(c, args[i]);
        emit(c, BUILD_TUPLE, n);
    }
    int nkw = e->call.nkw, seen = 0;
    bool have_dict = false;
    Expr **values = args + n;
    for (int i = 0; i < nkw; i++) {
        if (PyTuple_GET_ITEM(e->call.kwnames, i) != Py_None) {
            seen++;
            continue;
        }
        if (seen > 0) {
            compile_subkwargs(c, e, i - seen, i);
            if (have_dict)
                emit(c, DICT_MERGE, 1);
            have_dict = true;
            seen = 0;
        }
        if (!have_dict)
            emit(c, BUILD_MAP, 0);
        have_dict = true;
        compile_expr(c, values[i]);
        emit(c, DICT_MERGE, 1);
    }
    if (seen > 0) {
        compile_subkwargs(c, e, nkw - seen, nkw);
        if (have_dict)
            emit(c, DICT_MERGE, 1);
        have_dict = true;
    }
    emit(c, CALL_FUNCTION_EX, have_dict);
}

/* f(a, k=b): the callable, then self or NULL, then the arguments.  A
   method call loads the function and its object without making a bound
   method (LOAD_ATTR with its low bit set), as CPython 3.12+ does, unless
   the object is a name the module binds by import (CPython's compiler
   assumes a module, which has no methods: is_import_originated). */
static void
compile_call(Compiler *c, Expr *e)
{
    Expr *func = e->call.func;
    check_caller(func);
    if (is_ex_call(e)) {
        compile_ex_call(c, e);
        return;
    }
    if (func->kind == E_ATTR && !is_imported(c, func->attr.value)) {
        compile_expr(c, func->attr.value);
        /* the method's place, to the CALL */
        Position p = at_attribute_name(c->pos, func);
        p.whole_call = p.whole_call && p.line == c->pos.line;
        c->pos = p;
        c->line = p.line;
        emit(c, LOAD_ATTR, add_name(c, func->attr.attr) << 1 | 1);
    } else {
        compile_callable(c, func);
    }
    int total = e->call.nargs + e->call.nkw;
    for (int i = 0; i < total; i++)
        compile_expr(c, e->call.args[i]);
    if (e->call.kwnames != NULL) {
        emit_const(c, e->call.kwnames);
        emit(c, CALL_KW, total);
    } else {
        emit(c, CALL, total);
    }
}

static void
compile_ifexp(Compiler *c, Expr *e)
{
    int orelse = new_label(c), end = new_label(c);
    compile_expr(c, e->ifexp.test);
    emit_jump(c, POP_JUMP_IF_FALSE, orelse);
    compile_expr(c, e->ifexp.body);
    emit_jump(c, JUMP_FORWARD, end);
    place_label(c, orelse);
    compile_expr(c, e->ifexp.orelse);
    place_label(c, end);
}

/* a[i:j] loads and stores with BINARY_SLICE and STORE_SLICE, without
   a slice object on the stack (CPython 3.12+). */
static bool
is_simple_slice(Expr *e)
{
    return e->kind == E_SLICE && e->slice.step == NULL;
}

static void
compile_slice_bounds(Compiler *c, Expr *e)
{
    for (int i = 0; i < 2; i++) {
        Expr *part = i == 0 ? e->slice.lower : e->slice.upper;
        if (part)
            compile_expr(c, part);
        else
            emit_const(c, Py_None);
    }
}

static void
compile_slice(Compiler *c, Expr *e)
{
    Expr *parts[3] = {e->slice.lower, e->slice.upper, e->slice.step};
    int n = parts[2] ? 3 : 2;
    for (int i = 0; i < n; i++) {
        if (parts[i])
            compile_expr(c, parts[i]);
        else
            emit_const(c, Py_None);
    }
    emit(c, BUILD_SLICE, n);
}

/* The clauses from number g on: each loops over its iterable (the
   first's is on the stack already), binds its target, skips the items
   its conditions refuse; the innermost appends the element to the
   list (or stores the key and value in the dict) below the iterators. */
static void
compile_generators(Compiler *c, Expr *e, int g)
{
    Comprehension *gen = &e->listcomp.generators[g];
    int top = new_label(c), exit = new_label(c);
    if (g > 0) {
        compile_expr(c, gen->iter);
        emit(c, GET_ITER, 0);
    }
    place_label(c, top);
    emit_jump(c, FOR_ITER, exit);
    compile_store(c, gen->target);
    for (int i = 0; i < gen->nifs; i++) {
        int keep = new_label(c);
        compile_expr(c, gen->ifs[i]);
        emit_jump(c, POP_JUMP_IF_TRUE, keep);
        emit_jump(c, JUMP_FORWARD, top); /* backward: to the next item */
        place_label(c, keep);
    }
    if (g + 1 < e->listcomp.ngenerators) {
        compile_generators(c, e, g + 1);
    } else if (e->listcomp.key != NULL) { /* the key first (3.8+) */
        Expr *key = e->listcomp.key, *value = e->listcomp.elt;
        compile_expr(c, key);
        compile_expr(c, value);
        /* at the pair, key: value, where a key that cannot be hashed
           is reported */
        Place saved = {c->line, c->pos};
        c->pos = (Position){.line = key->start_line,
                            .end_line = value->end_line,
                            .col = key->col,
                            .end_col = value->end_col};
        c->line = key->start_line;
        emit(c, MAP_ADD, e->listcomp.ngenerators + 1);
        leave_expr(c, saved);
    } else {
        compile_expr(c, e->listcomp.elt);
        emit(c, LIST_APPEND, e->listcomp.ngenerators + 1);
    }
    emit_jump(c, JUMP_FORWARD, top);
    place_label(c, exit);
}

/* [elt for ...] and {key: elt for ...} inline, as CPython 3.12+
   compiles them (PEP 709): the
   first iterable, then the values of the comprehension's names saved
   on the stack (LOAD_FAST_AND_CLEAR) and put back after, by a handler
   too if the comprehension raises. */
static void
compile_listcomp(Compiler *c, Expr *e)
{
    int n = e->listcomp.nslots, cleanup = new_label(c), end = new_label(c);
    compile_expr(c, e->listcomp.generators[0].iter);
    emit(c, GET_ITER, 0);
    for (int i = 0; i < n; i++)
        emit(c, LOAD_FAST_AND_CLEAR, e->listcomp.slots[i]);
    if (n > 0) {
        emit(c, SWAP, n + 1);
        setup_block(c, cleanup);
    }
    emit(c, e->listcomp.key != NULL ? BUILD_MAP : BUILD_LIST, 0);
    emit(c, SWAP, 2);
    compile_generators(c, e, 0);
    if (n == 0)
        return;
    pop_block(c);
    emit(c, SWAP, n + 1);
    for (int i = n - 1; i >= 0; i--)
        emit(c, STORE_FAST, e->listcomp.slots[i]);
    emit_jump(c, JUMP_FORWARD, end);
    place_label(c, cleanup);
    emit(c, SWAP, 2);
    emit(c, POP_TOP, 0); /* the iterator, or the list */
    emit(c, SWAP, n + 1);
    for (int i = n - 1; i >= 0; i--)
        emit(c, STORE_FAST, e->listcomp.slots[i]);
    emit(c, RERAISE, 0);
    place_label(c, end);
}

/* ---- displays ---- */

static bool
all_constants(Expr **items, int n)
{
    for (int i = 0; i < n; i++)
        if (items[i]->kind != E_CONST)
            return false;
    return true;
}

/* A tuple of the items' constants, made by the compiler for a display
   (borrowed: the module's compiler keeps it until co_consts hold it,
   as CPython's keeps its constants while it compiles a file).  Its
   items are the code's objects for them; an equal tuple the code or,
   from chapter 4 on, the module already has is used instead, so that
   one tuple holds them. */
static PyObject *
constants_tuple(Compiler *c, Expr **items, int n)
{
    PyObject *tuple = PyTuple_New(n);
    for (int i = 0; tuple != NULL && i < n; i++)
        PyTuple_SET_ITEM(tuple, i, Py_NewRef(canonical(c, items[i]->constant)));
    PyObject *one =
        tuple ? _PyConstCache_Merge(&c->module->cache, tuple) : NULL;
    if (one == NULL) { /* out of memory */
        Py_XDECREF(tuple);
        c->failed = true;
        return Py_None;
    }
    if (one == tuple)
        one = canonical(c, tuple);
    if (one != tuple) { /* an equal one */
        Py_DECREF(tuple);
        return one;
    }
    Compiler *m = c->module;
    if (!grow(c, (void **)&m->made, &m->capmade, m->nmade, sizeof *m->made)) {
        Py_DECREF(tuple);
        return Py_None;
    }
    m->made[m->nmade++] = tuple;
    return tuple;
}

/* [1, 2, 3]: more than two constants are one tuple of them, and the
   list is made empty and extended by it; a list too long for the stack
   grows by one append per item; else BUILD_LIST n (starunpack_helper in
   CPython's compiler, v3.11-3.13). */
static bool
any_starred(Expr **items, int n)
{
    for (int i = 0; i < n; i++)
        if (items[i]->kind == E_STARRED)
            return true;
    return false;
}

static bool
has_starred(Expr *e)
{
    return any_starred(e->seq.items, e->seq.count);
}

/* [a, *b, c] and (a, *b, c): the items before the first star on the
   stack, BUILD_LIST of them, then LIST_EXTEND by each starred value and
   LIST_APPEND of each other item; a tuple is the list made one at the
   end (starunpack_helper, CPython's compiler, v3.9-3.13). */
static void
compile_starred_items(Compiler *c, Expr **items, int n, bool tuple)
{
    bool built = n > STACK_USE_GUIDELINE;
    if (built)
        emit(c, BUILD_LIST, 0);
    for (int i = 0; i < n; i++) {
        Expr *item = items[i];
        if (item->kind == E_STARRED) {
            if (!built)
                emit(c, BUILD_LIST, i);
            built = true;
            compile_expr(c, item->unary.operand);
            emit(c, LIST_EXTEND, 1);
        } else {
            compile_expr(c, item);
            if (built)
                emit(c, LIST_APPEND, 1);
        }
    }
    if (tuple)
        emit(c, CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
}

static void
compile_starred_display(Compiler *c, Expr *e)
{
    compile_starred_items(c, e->seq.items, e->seq.count, e->kind == E_TUPLE);
}

static void
compile_list(Compiler *c, Expr *e)
{
    int n = e->seq.count;
    if (has_starred(e)) {
        compile_starred_display(c, e);
        return;
    }
    if (n > 2 && all_constants(e->seq.items, n)) {
        emit(c, BUILD_LIST, 0);
        emit_const(c, constants_tuple(c, e->seq.items, n));
        emit(c, LIST_EXTEND, 1);
        return;
    }
    bool big = n > STACK_USE_GUIDELINE;
    if (big)
        emit(c, BUILD_LIST, 0);
    for (int i = 0; i < n; i++) {
        compile_expr(c, e->seq.items[i]);
        if (big)
            emit(c, LIST_APPEND, 1);
    }
    if (!big)
        emit(c, BUILD_LIST, n);
}

/* Items [from, to) of a dict display, as one dict on the stack: 2 to 15
   items whose keys are all constants become the values and a tuple of
   the keys (BUILD_CONST_KEY_MAP); more than 15 are added one by one. */
static void
compile_subdict(Compiler *c, Expr *e, int from, int to)
{
    int n = to - from;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_constants(e->dict.keys + from, n)) {
        for (int i = from; i < to; i++)
            compile_expr(c, e->dict.values[i]);
        emit_const(c, constants_tuple(c, e->dict.keys + from, n));
        emit(c, BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        emit(c, BUILD_MAP, 0);
    for (int i = from; i < to; i++) {
        compile_expr(c, e->dict.keys[i]);
        compile_expr(c, e->dict.values[i]);
        if (big)
            emit(c, MAP_ADD, 1);
    }
    if (!big)
        emit(c, BUILD_MAP, n);
}

/* A dict display in pieces of at most 17 items, each piece after the
   first merged into the first (compiler_dict, v3.11-3.13). */
static void
compile_dict(Compiler *c, Expr *e)
{
    int n = e->dict.count, start = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if ((i - start) * 2 <= STACK_USE_GUIDELINE)
            continue;
        compile_subdict(c, e, start, i + 1);
        if (have_dict)
            emit(c, DICT_UPDATE, 1);
        have_dict = true;
        start = i + 1;
    }
    if (start < n) {
        compile_subdict(c, e, start, n);
        if (have_dict)
            emit(c, DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        emit(c, BUILD_MAP, 0);
}

/* An f-string: its parts on the stack, then one BUILD_STRING; with more
   parts than the stack should hold, ''.join of a list instead, as
   CPython 3.13 does (Python/compile.c, compiler_joined_str). */
static void
compile_joined_str(Compiler *c, Expr *e)
{
    int n = e->joined.count;
    if (n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < n; i++)
            compile_expr(c, e->joined.values[i]);
        if (n != 1)
            emit(c, BUILD_STRING, n);
        return;
    }
    emit_const(c, own(c, PyUnicode_FromString("")));
    emit(c, LOAD_ATTR,
         add_name(c, own(c, PyUnicode_FromString("join"))) << 1 | 1);
    emit(c, BUILD_LIST, 0);
    for (int i = 0; i < n; i++) {
        compile_expr(c, e->joined.values[i]);
        emit(c, LIST_APPEND, 1);
    }
    emit(c, CALL, 1);
}

/* {value!conversion:spec}: convert, then format (FVC_* numbers are
   CPython's, Include/ceval.h). */
static void
compile_formatted(Compiler *c, Expr *e)
{
    compile_expr(c, e->formatted.value);
    switch (e->formatted.conversion) {
    case 's':
        emit(c, CONVERT_VALUE, FVC_STR);
        break;
    case 'r':
        emit(c, CONVERT_VALUE, FVC_REPR);
        break;
    case 'a':
        emit(c, CONVERT_VALUE, FVC_ASCII);
        break;
    }
    if (e->formatted.spec == NULL) {
        emit(c, FORMAT_SIMPLE, 0);
    } else {
        compile_expr(c, e->formatted.spec);
        emit(c, FORMAT_WITH_SPEC, 0);
    }
}

static void
compile_expr(Compiler *c, Expr *e)
{
    if (c->failed)
        return;
    if (Py_EnterRecursiveCall(" during compilation") < 0) {
        c->failed = true;
        return;
    }
    Place place = enter_expr(c, e);
    switch (e->kind) {
    case E_CONST:
        emit(c, LOAD_CONST, node_const(c, e));
        break;
    case E_NAME:
        compile_name(c, e, NAME_LOAD);
        break;
    case E_LIST:
        compile_list(c, e);
        break;
    case E_TUPLE:
        if (has_starred(e)) {
            compile_starred_display(c, e);
            break;
        }
        for (int i = 0; i < e->seq.count; i++)
            compile_expr(c, e->seq.items[i]);
        emit(c, BUILD_TUPLE, e->seq.count);
        break;
    case E_DICT:
        compile_dict(c, e);
        break;
    case E_ATTR:
        compile_expr(c, e->attr.value);
        emit(c, LOAD_ATTR, add_name(c, e->attr.attr) << 1);
        break;
    case E_SUBSCRIPT:
        check_subscript(e);
        compile_expr(c, e->subscript.value);
        if (is_simple_slice(e->subscript.index)) {
            compile_slice_bounds(c, e->subscript.index);
            emit(c, BINARY_SLICE, 0);
            break;
        }
        compile_expr(c, e->subscript.index);
        emit(c, BINARY_SUBSCR, 0);
        break;
    case E_SLICE:
        compile_slice(c, e);
        break;
    case E_CALL:
        compile_call(c, e);
        break;
    case E_BINOP:
        compile_expr(c, e->binop.left);
        compile_expr(c, e->binop.right);
        emit(c, BINARY_OP, binop_arg[e->binop.op]);
        break;
    case E_UNARY:
        compile_expr(c, e->unary.operand);
        if (e->unary.op == OP_NEG)
            emit(c, UNARY_NEGATIVE, 0);
        else if (e->unary.op == OP_INVERT)
            emit(c, UNARY_INVERT, 0);
        else
            emit(c, CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE);
        break;
    case E_NOT:
        compile_expr(c, e->unary.operand);
        emit(c, UNARY_NOT, 0);
        break;
    case E_BOOLOP:
        compile_boolop(c, e);
        break;
    case E_COMPARE:
        compile_compare(c, e);
        break;
    case E_IFEXP:
        compile_ifexp(c, e);
        break;
    case E_LAMBDA:
        compile_function(c, e->lambda.code, e->lambda.defaults,
                         e->lambda.ndefaults, e->lambda.kwdefaults);
        break;
    case E_LISTCOMP:
        compile_listcomp(c, e);
        break;
    case E_JOINEDSTR:
        compile_joined_str(c, e);
        break;
    case E_FORMATTED:
        compile_formatted(c, e);
        break;
    case E_STARRED: /* an item of a display (compile_starred_display) or
                       a target (compile_store): the parser lets no other
                       through */
        PyErr_SyntaxAt(EXC_NOT_IMPLEMENTED, e->line, e->column,
                       "minipy does not support a starred expression here");
        c->failed = true;
        break;
    }
    leave_expr(c, place);
    Py_LeaveRecursiveCall();
}

/* ---- targets ---- */

/* Store the value on top of the stack into target. */
static void
compile_store(Compiler *c, Expr *target)
{
    Place place = enter_expr(c, target);
    switch (target->kind) {
    case E_NAME:
        compile_name(c, target, NAME_STORE);
        break;
    case E_ATTR:
        compile_expr(c, target->attr.value);
        emit(c, STORE_ATTR, add_name(c, target->attr.attr));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, target->subscript.value);
        if (is_simple_slice(target->subscript.index)) {
            compile_slice_bounds(c, target->subscript.index);
            emit(c, STORE_SLICE, 0);
            break;
        }
        compile_expr(c, target->subscript.index);
        emit(c, STORE_SUBSCR, 0);
        break;
    case E_STARRED: /* the rest, as a list (UNPACK_EX made it) */
        compile_store(c, target->unary.operand);
        break;
    default: { /* a, b = value; a, *rest, b = value */
        int n = target->seq.count, star = -1;
        for (int i = 0; i < n; i++)
            if (target->seq.items[i]->kind == E_STARRED)
                star = i;
        if (star < 0)
            emit(c, UNPACK_SEQUENCE, n);
        else /* the counts before and after the star, as CPython's */
            emit(c, UNPACK_EX, star | (n - 1 - star) << 8);
        for (int i = 0; i < n; i++)
            compile_store(c, target->seq.items[i]);
    }
    }
    leave_expr(c, place);
}

static void
compile_delete(Compiler *c, Expr *target)
{
    Place place = enter_expr(c, target);
    switch (target->kind) {
    case E_NAME:
        compile_name(c, target, NAME_DELETE);
        break;
    case E_ATTR:
        compile_expr(c, target->attr.value);
        emit(c, DELETE_ATTR, add_name(c, target->attr.attr));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, target->subscript.value);
        compile_expr(c, target->subscript.index);
        emit(c, DELETE_SUBSCR, 0);
        break;
    default:
        for (int i = 0; i < target->seq.count; i++)
            compile_delete(c, target->seq.items[i]);
    }
    leave_expr(c, place);
}

/* x += v reads the target, combines in place if the type can, and
   stores back; the object and key of a.b += v and a[k] += v are
   computed once and kept on the stack meanwhile. */
static void
compile_augassign(Compiler *c, Stmt *s)
{
    Expr *target = s->augassign.target;
    int op = NB_INPLACE + binop_arg[s->augassign.op];
    switch (target->kind) {
    case E_NAME:
        compile_name(c, target, NAME_LOAD);
        compile_expr(c, s->augassign.value);
        emit(c, BINARY_OP, op);
        compile_name(c, target, NAME_STORE);
        break;
    case E_ATTR: {
        int name = add_name(c, target->attr.attr);
        compile_expr(c, target->attr.value);
        emit(c, COPY, 1);
        emit(c, LOAD_ATTR, name << 1);
        compile_expr(c, s->augassign.value);
        emit(c, BINARY_OP, op);
        emit(c, SWAP, 2);
        emit(c, STORE_ATTR, name);
        break;
    }
    default:
        compile_expr(c, target->subscript.value);
        compile_expr(c, target->subscript.index);
        emit(c, COPY, 2);
        emit(c, COPY, 2);
        emit(c, BINARY_SUBSCR, 0);
        compile_expr(c, s->augassign.value);
        emit(c, BINARY_OP, op);
        emit(c, SWAP, 3);
        emit(c, SWAP, 2);
        emit(c, STORE_SUBSCR, 0);
    }
}

/* ---- blocks ---- */

/* How many values a block keeps on the stack while the code inside it
   runs: a for loop its iterator, a handler the exception it replaced
   as the one being handled, a finally run by an exception that too and
   the exception, a kept return value itself. */
static int
stack_items(FBlockKind kind)
{
    switch (kind) {
    case FB_FOR:
    case FB_EXCEPTION_HANDLER:
    case FB_POP_VALUE:
        return 1;
    case FB_FINALLY_END:
        return 2;
    default:
        return 0;
    }
}

static bool
push_fblock(Compiler *c, FBlockKind kind, int top, int exit)
{
    if (c->failed)
        return false;
    if (c->nfblocks >= CO_MAXBLOCKS) {
        PyErr_SyntaxAt(EXC_SYNTAX, c->line, 0,
                       "too many statically nested blocks");
        c->failed = true;
        return false;
    }
    c->fblocks[c->nfblocks++] = (FBlock){kind, top, exit, NULL, NULL};
    c->depth += stack_items(kind);
    return true;
}

static void
pop_fblock(Compiler *c)
{
    c->depth -= stack_items(c->fblocks[--c->nfblocks].kind);
}

/* From here, an exception goes to the handler at label (CPython's
   SETUP_FINALLY and SETUP_CLEANUP); pop_block ends that. */
static void
setup_block(Compiler *c, int label)
{
    emit_jump(c, SETUP_FINALLY, label);
    assert(c->nhandlers <= CO_MAXBLOCKS);
    c->handlers[c->nhandlers++] = label;
}

static void
pop_block(Compiler *c)
{
    c->nhandlers--;
}

/* What return, break and continue change while they leave blocks, to
   be put back after: the code that follows is still inside them. */
typedef struct {
    FBlock fblocks[CO_MAXBLOCKS];
    int nfblocks, depth;
    int handlers[CO_MAXBLOCKS + 1];
    int nhandlers;
} BlockState;

static void
save_blocks(Compiler *c, BlockState *st)
{
    memcpy(st->fblocks, c->fblocks, sizeof st->fblocks);
    memcpy(st->handlers, c->handlers, sizeof st->handlers);
    st->nfblocks = c->nfblocks;
    st->depth = c->depth;
    st->nhandlers = c->nhandlers;
}

static void
restore_blocks(Compiler *c, const BlockState *st)
{
    memcpy(c->fblocks, st->fblocks, sizeof st->fblocks);
    memcpy(c->handlers, st->handlers, sizeof st->handlers);
    c->nfblocks = st->nfblocks;
    c->depth = st->depth;
    c->nhandlers = st->nhandlers;
}

/* name = None; del name: an "except ... as name" name does not outlive
   its clause (it would keep the exception, and its traceback, alive). */
static void
forget_name(Compiler *c, Expr *name)
{
    emit_const(c, Py_None);
    compile_name(c, name, NAME_STORE);
    compile_name(c, name, NAME_DELETE);
}

/* Leave block b early.  preserve_tos: a return value is on top of the
   stack, and stays there (CPython's compiler_unwind_fblock, 3.13). */
static void
unwind_block(Compiler *c, FBlock *b, bool preserve_tos)
{
    switch (b->kind) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
        break;
    case FB_FOR:
    case FB_POP_VALUE:
        if (preserve_tos)
            emit(c, SWAP, 2);
        emit(c, POP_TOP, 0); /* the iterator, or the kept value */
        break;
    case FB_TRY_EXCEPT:
        pop_block(c);
        break;
    case FB_FINALLY_TRY:
        pop_block(c);
        if (preserve_tos && !push_fblock(c, FB_POP_VALUE, -1, -1))
            break;
        compile_block(c, b->finalbody);
        if (preserve_tos)
            pop_fblock(c);
        break;
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, SWAP, 2);
        emit(c, POP_TOP, 0); /* the exception */
        if (preserve_tos)
            emit(c, SWAP, 2);
        pop_block(c);
        emit(c, POP_EXCEPT, 0);
        break;
    case FB_HANDLER_CLEANUP:
        if (b->name != NULL)
            pop_block(c);
        if (preserve_tos)
            emit(c, SWAP, 2);
        pop_block(c); /* the except clauses' own */
        emit(c, POP_EXCEPT, 0);
        if (b->name != NULL)
            forget_name(c, b->name);
        break;
    }
}

/* Leave every block from the innermost down to number `stop`. */
static void
unwind_blocks(Compiler *c, int stop, bool preserve_tos)
{
    while (c->nfblocks > stop && !c->failed) {
        FBlock b = c->fblocks[c->nfblocks - 1];
        pop_fblock(c);
        unwind_block(c, &b, preserve_tos);
    }
}

/* ---- statements ---- */

/* The test is compiled twice, before the loop and after the body, so
   each pass through the loop makes one jump, not two (as CPython 3.12+
   compiles a while loop).  continue goes to the first test; the else
   block runs when a test fails, and break jumps past it. */
static void
compile_while(Compiler *c, Stmt *s)
{
    int top = new_label(c), body = new_label(c), orelse = new_label(c);
    int end = new_label(c);
    place_label(c, top);
    compile_expr(c, s->while_.test);
    emit_jump(c, POP_JUMP_IF_FALSE, orelse);
    if (!push_fblock(c, FB_WHILE, top, end))
        return;
    place_label(c, body);
    compile_block(c, s->while_.body);
    c->line = s->line;
    compile_expr(c, s->while_.test);
    emit_jump(c, POP_JUMP_IF_FALSE, orelse);
    emit_jump(c, JUMP_FORWARD, body);
    pop_fblock(c);
    place_label(c, orelse);
    compile_block(c, s->while_.orelse);
    place_label(c, end);
}

/* minipy --dot-every: a figure once the line of s has run.  What a
   line does is done by then, but for a return, drawn before the frame
   goes (its value on the stack), and a for, drawn each time the loop
   takes its next item. */
static void
emit_step(Compiler *c, Stmt *s)
{
    if (interp.figures != NULL && figures_stepping(interp.figures)) {
        c->line = s->line;
        emit(c, FIGURE_STEP, s->line);
    }
}

/* The iterator stays on the stack while the body runs; FOR_ITER pops
   it when it is exhausted and jumps to the else block, which break
   jumps past. */
static void
compile_for(Compiler *c, Stmt *s)
{
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    compile_expr(c, s->for_.iter);
    Place place = enter_expr(c, s->for_.iter); /* CPython's place for them */
    emit(c, GET_ITER, 0);
    if (!push_fblock(c, FB_FOR, top, end))
        return;
    place_label(c, top);
    emit_jump(c, FOR_ITER, orelse);
    leave_expr(c, place);
    compile_store(c, s->for_.target);
    emit_step(c, s);
    compile_block(c, s->for_.body);
    c->line = s->line;
    emit_jump(c, JUMP_FORWARD, top);
    pop_fblock(c);
    place_label(c, orelse);
    compile_block(c, s->for_.orelse);
    place_label(c, end);
}

static void
compile_if(Compiler *c, Stmt *s)
{
    int orelse = new_label(c), end = new_label(c);
    compile_expr(c, s->if_.test);
    emit_jump(c, POP_JUMP_IF_FALSE, orelse);
    compile_block(c, s->if_.body);
    if (s->if_.orelse != NULL)
        emit_jump(c, JUMP_FORWARD, end);
    place_label(c, orelse);
    compile_block(c, s->if_.orelse);
    place_label(c, end);
}

/* return leaves the frame: every block it is in is left first (loops
   let go of their iterators, finally blocks run, handlers end), the
   value computed before and kept on top meanwhile; a constant is
   loaded only at the end (RETURN_CONST). */
static void
compile_return(Compiler *c, Stmt *s)
{
    bool preserve_tos = s->expr != NULL && s->expr->kind != E_CONST;
    if (preserve_tos)
        compile_expr(c, s->expr);
    BlockState saved;
    save_blocks(c, &saved);
    unwind_blocks(c, 0, preserve_tos);
    emit_step(c, s);
    if (preserve_tos)
        emit(c, RETURN_VALUE, 0);
    else
        emit(c, RETURN_CONST,
             s->expr ? node_const(c, s->expr) : add_const(c, Py_None));
    restore_blocks(c, &saved);
}

/* break and continue leave the blocks inside the loop; break leaves
   the loop too. */
static void
compile_break(Compiler *c, bool is_break)
{
    int loop = c->nfblocks - 1;
    while (loop >= 0 && c->fblocks[loop].kind != FB_WHILE &&
           c->fblocks[loop].kind != FB_FOR)
        loop--;
    assert(loop >= 0); /* the parser refused a break outside a loop */
    FBlock target = c->fblocks[loop];
    BlockState saved;
    save_blocks(c, &saved);
    unwind_blocks(c, is_break ? loop : loop + 1, false);
    emit_jump(c, JUMP_FORWARD, is_break ? target.exit : target.top);
    restore_blocks(c, &saved);
}

/* One except clause: test the exception against its class (if it
   names one), bind it to its name (if it has one) for the body, and
   after the body forget it and end the handling (CPython 3.13's
   compiler_try_except).  cleanup is the clauses' own handler. */
static void
compile_handler(Compiler *c, ExceptHandler *h, int cleanup, int end)
{
    int next = new_label(c);
    c->line = h->line;
    if (h->type != NULL) {
        compile_expr(c, h->type);
        emit(c, CHECK_EXC_MATCH, 0);
        emit_jump(c, POP_JUMP_IF_FALSE, next);
    }
    int cleanup_end = new_label(c);
    if (h->name != NULL) {
        compile_store(c, h->name);
        setup_block(c, cleanup_end);
    } else {
        emit(c, POP_TOP, 0); /* the exception */
    }
    if (!push_fblock(c, FB_HANDLER_CLEANUP, -1, -1))
        return;
    c->fblocks[c->nfblocks - 1].name = h->name;
    compile_block(c, h->body);
    pop_fblock(c);
    if (h->name != NULL)
        pop_block(c);
    pop_block(c);
    emit(c, POP_EXCEPT, 0);
    if (h->name != NULL)
        forget_name(c, h->name);
    emit_jump(c, JUMP_FORWARD, end);
    c->handlers[c->nhandlers++] = cleanup; /* the next clause's too */
    if (h->name != NULL) {
        /* the body raised: forget the name all the same */
        place_label(c, cleanup_end);
        forget_name(c, h->name);
        emit(c, RERAISE, 1);
    }
    place_label(c, next);
}

/* try: body except ...: ... else: ...  The body runs with the except
   label as its handler; an exception jumps there with the stack as it
   was at the try, plus the exception.  The clauses then run with
   cleanup as theirs, which puts back the exception that was being
   handled before, if the clauses themselves raise. */
static void
compile_try_except(Compiler *c, Stmt *s)
{
    int except = new_label(c), cleanup = new_label(c), end = new_label(c);
    setup_block(c, except);
    if (!push_fblock(c, FB_TRY_EXCEPT, -1, -1))
        return;
    compile_block(c, s->try_.body);
    pop_fblock(c);
    pop_block(c);
    compile_block(c, s->try_.orelse);
    emit_jump(c, JUMP_FORWARD, end);
    place_label(c, except);
    c->line = s->try_.handlers[0].line;
    setup_block(c, cleanup);
    emit(c, PUSH_EXC_INFO, 0);
    if (!push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1))
        return;
    for (int i = 0; i < s->try_.nhandlers && !c->failed; i++)
        compile_handler(c, &s->try_.handlers[i], cleanup, end);
    pop_fblock(c);
    emit(c, RERAISE, 0); /* no clause matched */
    pop_block(c);
    place_label(c, cleanup);
    emit(c, COPY, 2);
    emit(c, POP_EXCEPT, 0);
    emit(c, RERAISE, 1);
    place_label(c, end);
}

/* try: ... finally: ...  The finally block is compiled twice: once on
   the way out when nothing was raised, once as the handler that runs it
   and raises the exception again (CPython 3.13's compiler_try_finally).
   A return, break or continue in the body compiles it a third time, on
   its way out (unwind_block). */
static void
compile_try_finally(Compiler *c, Stmt *s)
{
    int handler = new_label(c), cleanup = new_label(c), exit = new_label(c);
    setup_block(c, handler);
    if (!push_fblock(c, FB_FINALLY_TRY, -1, -1))
        return;
    c->fblocks[c->nfblocks - 1].finalbody = s->try_.finalbody;
    if (s->try_.nhandlers > 0)
        compile_try_except(c, s);
    else
        compile_block(c, s->try_.body);
    pop_fblock(c);
    pop_block(c);
    compile_block(c, s->try_.finalbody);
    emit_jump(c, JUMP_FORWARD, exit);
    place_label(c, handler);
    setup_block(c, cleanup);
    emit(c, PUSH_EXC_INFO, 0);
    if (!push_fblock(c, FB_FINALLY_END, -1, -1))
        return;
    compile_block(c, s->try_.finalbody);
    pop_fblock(c);
    emit(c, RERAISE, 0);
    pop_block(c);
    place_label(c, cleanup);
    emit(c, COPY, 2);
    emit(c, POP_EXCEPT, 0);
    emit(c, RERAISE, 1);
    place_label(c, exit);
}

/* raise, raise EXC, raise EXC from CAUSE: RAISE_VARARGS with 0, 1 or
   2 arguments. */
static void
compile_raise(Compiler *c, Stmt *s)
{
    if (s->raise.exc != NULL)
        compile_expr(c, s->raise.exc);
    if (s->raise.cause != NULL)
        compile_expr(c, s->raise.cause);
    emit(c, RAISE_VARARGS, s->raise.cause != NULL ? 2 : s->raise.exc != NULL);
}

/* assert test, msg: if not test, raise AssertionError(msg) (CPython
   3.12+ calls the class with the message in the self slot: CALL 0). */
static void
compile_assert(Compiler *c, Stmt *s)
{
    int end = new_label(c);
    Expr *test = s->assert_.test;
    if (test->kind == E_TUPLE && test->seq.count > 0 && !folded_type(test))
        PyErr_WarnSyntax(s->line, "assertion is always true, "
                                  "perhaps remove parentheses?");
    compile_expr(c, test);
    emit_jump(c, POP_JUMP_IF_TRUE, end);
    emit(c, LOAD_ASSERTION_ERROR, 0);
    if (s->assert_.msg != NULL) {
        compile_expr(c, s->assert_.msg);
        emit(c, CALL, 0);
    }
    Place place = enter_expr(c, test); /* the raise is the test's */
    emit(c, RAISE_VARARGS, 1);
    leave_expr(c, place);
    place_label(c, end);
}

/* A def's or a lambda's function: the default values, computed now,
   go in a tuple below it; SET_FUNCTION_ATTRIBUTE gives them to it. */
static void
compile_function(Compiler *c, Code *code, Expr **defaults, int ndefaults,
                 Expr **kwdefaults)
{
    for (int i = 0; i < ndefaults; i++)
        compile_expr(c, defaults[i]);
    if (ndefaults > 0)
        emit(c, BUILD_TUPLE, ndefaults);
    /* the keyword-only parameters' defaults: a dict of name: value */
    int nkw = 0;
    for (int i = 0; i < code->co_kwonlyargcount; i++) {
        if (kwdefaults[i] == NULL)
            continue;
        emit_const(c, code->co_varnames[code->co_argcount + i]);
        compile_expr(c, kwdefaults[i]);
        nkw++;
    }
    if (nkw > 0)
        emit(c, BUILD_MAP, nkw);
    if (compile_code(c, c->arena, code, false, false) < 0) {
        c->failed = true;
        return;
    }
    /* its closure: the cells of the variables it reads from here */
    for (int i = 0; i < code->co_nfrees; i++)
        emit(c, LOAD_FAST, code->co_closure[i]);
    if (code->co_nfrees > 0)
        emit(c, BUILD_TUPLE, code->co_nfrees);
    emit_const(c, (PyObject *)code);
    emit(c, MAKE_FUNCTION, 0);
    if (code->co_nfrees > 0)
        emit(c, SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_CLOSURE);
    if (nkw > 0)
        emit(c, SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_KWDEFAULTS);
    if (ndefaults > 0)
        emit(c, SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_DEFAULTS);
}

/* @d: each decorator first, then what it decorates, then a call of
   each, the last first: CALL 0 with the function in the place of self
   (compiler_apply_decorators, CPython 3.13). */
static void
compile_decorators(Compiler *c, Stmt *s)
{
    for (int i = 0; i < s->ndecorators; i++)
        compile_expr(c, s->decorators[i]);
}

static void
apply_decorators(Compiler *c, Stmt *s)
{
    for (int i = s->ndecorators - 1; i >= 0; i--) {
        Place place = enter_expr(c, s->decorators[i]);
        emit(c, CALL, 0);
        leave_expr(c, place);
    }
}

static void
compile_def(Compiler *c, Stmt *s)
{
    compile_decorators(c, s);
    compile_function(c, s->def.code, s->def.defaults, s->def.ndefaults,
                     s->def.kwdefaults);
    apply_decorators(c, s);
    compile_store(c, s->def.target);
}

/* class A(B): __build_class__(<function running the body>, 'A', B). */
static void
compile_class(Compiler *c, Stmt *s)
{
    compile_decorators(c, s);
    if (compile_code(c, c->arena, s->class_.code, true, false) < 0) {
        c->failed = true;
        return;
    }
    emit(c, LOAD_BUILD_CLASS, 0);
    emit(c, PUSH_NULL, 0);
    emit_const(c, (PyObject *)s->class_.code);
    emit(c, MAKE_FUNCTION, 0);
    emit_const(c, s->class_.code->co_name);
    if (s->class_.base != NULL)
        compile_expr(c, s->class_.base);
    emit(c, CALL, s->class_.base != NULL ? 3 : 2);
    apply_decorators(c, s);
    compile_store(c, s->class_.target);
}

static void
compile_import(Compiler *c, Stmt *s)
{
    for (int i = 0; i < s->names.count; i++) {
        emit_const(c, own(c, PyLong_FromLong(0)));
        emit_const(c, Py_None);
        emit(c, IMPORT_NAME, add_name(c, s->names.names[i]));
        compile_store(c, s->names.targets[i]);
    }
}

static void
compile_figure(Compiler *c, Stmt *s)
{
    if (!GROW(c, figures, nfigures, capfigures))
        return;
    c->figures[c->nfigures] = s;
    emit(c, FIGURE, c->nfigures++);
}

/* The value of `x = f()` and of `return f()`, on lines of their own. */
static Expr *
full_call(Stmt *s)
{
    Expr *value = s->kind == S_ASSIGN   ? s->assign.value
                  : s->kind == S_RETURN ? s->expr
                                        : NULL;
    if (value == NULL || value->kind != E_CALL || !s->first_on_line)
        return NULL;
    if (s->kind == S_ASSIGN)
        return s->assign.count == 1 && s->assign.targets[0]->kind == E_NAME
                   ? value
                   : NULL;
    return value->call.func->kind == E_NAME ? value : NULL;
}

static void
compile_stmt(Compiler *c, Stmt *s)
{
    c->line = s->line;
    c->stmt = s;
    c->full_call = full_call(s);
    if (!c->unreachable && SEQ_GROW(c, bounds, nbounds, capbounds))
        c->seq.bounds[c->seq.nbounds++] = (Boundary){c->seq.ninstrs, c->depth};
    switch (s->kind) {
    case S_EXPR:
        if (s->expr->kind == E_CONST && !c->interactive) {
            emit(c, NOP, 0); /* a constant alone does nothing */
            break;
        }
        compile_expr(c, s->expr);
        /* at the prompt, the module's own expression statements (not a
           function's) show their value, as CPython's compiler_stmt_expr
           has them do (Python/compile.c, 3.13) */
        if (c->interactive)
            emit(c, CALL_INTRINSIC_1, INTRINSIC_PRINT);
        emit(c, POP_TOP, 0);
        break;
    case S_ASSIGN:
        compile_expr(c, s->assign.value);
        for (int i = 0; i < s->assign.count; i++) {
            if (i < s->assign.count - 1)
                emit(c, COPY, 1);
            compile_store(c, s->assign.targets[i]);
        }
        break;
    case S_AUGASSIGN:
        compile_augassign(c, s);
        break;
    case S_DEL:
        for (int i = 0; i < s->del.count; i++)
            compile_delete(c, s->del.targets[i]);
        break;
    case S_IF:
        compile_if(c, s);
        break;
    case S_WHILE:
        compile_while(c, s);
        break;
    case S_FOR:
        compile_for(c, s);
        break;
    case S_BREAK:
    case S_CONTINUE:
        compile_break(c, s->kind == S_BREAK);
        break;
    case S_RETURN:
        compile_return(c, s);
        break;
    case S_DEF:
        compile_def(c, s);
        break;
    case S_CLASS:
        compile_class(c, s);
        break;
    case S_IMPORT:
        compile_import(c, s);
        break;
    case S_FIGURE:
        compile_figure(c, s);
        break;
    case S_TRY:
        if (s->try_.finalbody != NULL)
            compile_try_finally(c, s);
        else
            compile_try_except(c, s);
        break;
    case S_RAISE:
        compile_raise(c, s);
        break;
    case S_ASSERT:
        compile_assert(c, s);
        break;
    case S_PASS:
    case S_GLOBAL:
    case S_NONLOCAL:
        break;
    }
    switch (s->kind) { /* the ones that do not draw their own step */
    case S_IF:
    case S_WHILE: /* a test binds nothing; the lines it runs draw */
    case S_FOR:
    case S_RETURN:
    case S_BREAK:
    case S_CONTINUE:
    case S_GLOBAL:
    case S_NONLOCAL:
    case S_FIGURE:
        break;
    default:
        emit_step(c, s);
    }
}

static void
compile_block(Compiler *c, Stmt *s)
{
    for (; s != NULL && !c->failed; s = s->next)
        compile_stmt(c, s);
}

static bool
is_docstring(Stmt *s)
{
    return s != NULL && s->kind == S_EXPR && s->expr->kind == E_CONST &&
           PyUnicode_Check(s->expr->constant);
}

/* A str first in a module or a class body is its docstring: __doc__,
   in its namespace, and not run.  The statements left to compile. */
static Stmt *
store_docstring(Compiler *c, Stmt *body)
{
    if (!is_docstring(body))
        return body;
    PyObject *doc = own(c, PyUnicode_InternFromString("__doc__"));
    if (c->failed)
        return body;
    c->line = body->line;
    emit_const(c, body->expr->constant);
    emit(c, STORE_NAME, add_name(c, doc));
    return body->next;
}

/* A function's first constant is its docstring, a str first in its
   body that is then not run, or None: the function's __doc__ (CPython
   3.13's compiler_function_body and PyFunction_New).  A lambda's first
   is None: it has no docstring.  The statements left to compile. */
static Stmt *
function_prologue(Compiler *c, Stmt *body)
{
    bool lambda = _PyUnicode_EqualToASCII(c->code->co_name, "<lambda>");
    if (!lambda && is_docstring(body)) {
        add_const(c, body->expr->constant);
        return body->next;
    }
    add_const(c, Py_None);
    return body;
}

/* A class body starts by naming its module and its qualified name, and
   its docstring, if it has one.  The statements left to compile. */
static Stmt *
compile_class_prologue(Compiler *c, Stmt *body)
{
    PyObject *name = own(c, PyUnicode_InternFromString("__name__"));
    PyObject *module = own(c, PyUnicode_InternFromString("__module__"));
    PyObject *qualname = own(c, PyUnicode_InternFromString("__qualname__"));
    if (c->failed)
        return body;
    emit(c, LOAD_NAME, add_name(c, name));
    emit(c, STORE_NAME, add_name(c, module));
    emit_const(c, c->code->co_qualname);
    emit(c, STORE_NAME, add_name(c, qualname));
    return store_docstring(c, body);
}

/* Copy an array the compiler grew into the program's arena. */
static void *
to_arena(Compiler *c, const void *items, int n, size_t size)
{
    if (n == 0)
        return NULL;
    void *copy = arena_alloc(c->arena, (size_t)n * size);
    if (copy == NULL) {
        PyErr_NoMemory();
        c->failed = true;
        return NULL;
    }
    memcpy(copy, items, (size_t)n * size);
    return copy;
}

/* The end of the code returns None, unless no path gets there. */
static void
compile_end(Compiler *c)
{
    emit(c, RETURN_CONST, add_const(c, Py_None));
}

/* A code object made earlier in this module with the very same
   constants, in the same order, or NULL. */
static Code *
same_consts(Compiler *c)
{
    Compiler *m = c->module;
    for (int i = 0; i < m->nfinished; i++) {
        Code *other = m->finished[i];
        if (other->co_nconsts == c->nconsts && c->nconsts > 0 &&
            memcmp(other->co_consts, c->consts,
                   (size_t)c->nconsts * sizeof *c->consts) == 0)
            return other;
    }
    return NULL;
}

static int
finish(Compiler *c)
{
    Code *code = c->code;
    if (c->failed || _PyAssemble(&c->seq, c->arena, code) < 0)
        return -1;
    /* co_consts holds its own reference to each constant, as CPython's
       tuple does, beside the one the parsed program keeps while the
       module runs (Python/pythonrun.c frees the AST after run_mod).  Two
       code objects whose constants are the same share one co_consts, as
       CPython merges equal tuples of constants (merge_consts_recursive
       in Python/compile.c): two functions that return "hello" hold it
       once. */
    Code *same = same_consts(c);
    code->co_nconsts = c->nconsts;
    if (same != NULL) {
        code->co_consts = same->co_consts;
    } else {
        code->co_consts =
            to_arena(c, c->consts, c->nconsts, sizeof(PyObject *));
        for (int i = 0; !c->failed && i < c->nconsts; i++)
            if (!PyCode_Check(c->consts[i]) &&
                arena_own(c->arena, Py_NewRef(c->consts[i])) < 0)
                c->failed = true;
        Compiler *m = c->module;
        if (!c->failed && GROW(m, finished, nfinished, capfinished))
            m->finished[m->nfinished++] = code;
        else
            c->failed = true;
    }
    code->co_names = to_arena(c, c->names, c->nnames, sizeof(PyObject *));
    code->co_nnames = c->nnames;
    code->co_figures = to_arena(c, c->figures, c->nfigures, sizeof(Stmt *));
    code->co_nfigures = c->nfigures;
    code->co_framesize = frame_size(code);
    return c->failed ? -1 : 0;
}

static int
compile_code(Compiler *parent, Arena *arena, Code *code, bool is_class,
             bool interactive)
{
    Compiler c = {.arena = arena,
                  .code = code,
                  .line = code->co_firstlineno,
                  .interactive = interactive};
    c.module = parent ? parent->module : &c;
    if (Py_EnterRecursiveCall(" during compilation") < 0)
        return -1;
    if (code->co_uses_dict && !is_class)
        c.line = 0; /* a module starts before its first line, as in dis */
    /* before anything runs: its variables closures read become cells,
       and the cells it reads come from its closure (CPython 3.11+) */
    for (int i = 0; i < code->co_ncells; i++)
        emit(&c, MAKE_CELL, code->co_cellslots[i]);
    if (code->co_nfrees > 0)
        emit(&c, COPY_FREE_VARS, code->co_nfrees);
    emit(&c, RESUME, 0);
    c.line = code->co_firstlineno;
    if (parent == NULL)
        collect_imports(&c, code->co_body);
    Stmt *body = code->co_body;
    if (is_class)
        body = compile_class_prologue(&c, body);
    else if (!code->co_uses_dict)
        body = function_prologue(&c, body);
    else if (!interactive)
        body = store_docstring(&c, body);
    compile_block(&c, body);
    compile_end(&c);
    int status = finish(&c);
    if (parent == NULL) { /* now each is held by co_consts, or by none */
        _PyConstCache_Clear(&c.cache);
        for (int i = 0; i < c.nmade; i++)
            Py_DECREF(c.made[i]);
        PyMem_RawFree(c.made);
    }
    PyMem_RawFree(c.seq.instrs);
    PyMem_RawFree(c.seq.labels);
    PyMem_RawFree(c.seq.bounds);
    PyMem_RawFree(c.imported);
    PyMem_RawFree(c.finished);
    PyMem_RawFree(c.consts);
    PyMem_RawFree(c.names);
    PyMem_RawFree(c.figures);
    Py_LeaveRecursiveCall();
    return status;
}

int
_PyCompile_Module(Module *m)
{
    return compile_code(NULL, &m->arena, m->code, false, m->interactive);
}
