/* The compiler: from the tree of one code object to its bytecode.  One
   emit helper per kind of instruction; jumps go to labels, placed as the
   code is written and turned into offsets by the assembler at the end,
   which also computes co_stacksize and the line table.  CPython's
   compiler has the same three stages (Python/compile.c, flowgraph.c,
   assemble.c). */
#include "compile.h"

#include "instrseq.h"

#include "errors.h"
#include "figure.h"
#include "frame.h"
#include "interp.h"
#include "longobject.h"
#include "parser.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <assert.h>
#include <string.h>

typedef struct {
    int top;  /* label of its test: continue goes there */
    int exit; /* label after it: break goes there */
    bool is_for;
} Loop;

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
    Loop *loops;
    int nloops, caploops;
    struct Compiler *module; /* the module's: it knows what is imported */
    PyObject **imported;     /* the module's: names bound by import */
    int nimported, capimported;
    int nfor;         /* enclosing for loops */
    bool unreachable; /* after a return or a jump: emit nothing */
    bool interactive; /* a statement typed at the prompt: echo values */
    int line;
    bool failed;
} Compiler;

static void compile_expr(Compiler *c, Expr *e);
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

/* Code after a return or an unconditional jump, before the next label,
   can never run: it is not emitted (CPython drops it too). */
static int
emit(Compiler *c, int op, int arg)
{
    if (c->unreachable || !SEQ_GROW(c, instrs, ninstrs, capinstrs))
        return -1;
    c->seq.instrs[c->seq.ninstrs] = (Instr){op, arg, -1, c->line};
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
    return false;
}

/* Equal constants share a slot of co_consts, as in CPython. */
static int
add_const(Compiler *c, PyObject *value)
{
    for (int i = 0; i < c->nconsts; i++)
        if (same_constant(c->consts[i], value))
            return i;
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
    emit(c, ops[kind][use], arg);
}

/* ---- expressions ---- */

static const int binop_arg[] = {
    [OP_ADD] = NB_ADD,       [OP_SUB] = NB_SUBTRACT,
    [OP_MUL] = NB_MULTIPLY,  [OP_FLOORDIV] = NB_FLOOR_DIVIDE,
    [OP_MOD] = NB_REMAINDER,
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
/* `x is 500` asks whether x is one particular object of the program,
   which only works by accident: CPython warns at compile time, for a
   constant on either side other than None, True, False and `...`
   (check_is_arg and check_compare, Python/compile.c, 3.8 to 3.13; the
   type is named since 3.12).  One warning for a comparison, the first. */
static bool
is_literal(Expr *e)
{
    return e->kind == E_CONST && e->constant != Py_None &&
           e->constant != Py_True && e->constant != Py_False;
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
                             Py_TYPE(literal->constant)->tp_name);
            return;
        }
        left = right;
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
        } else if (s->kind == S_FOR) {
            collect_imports(c, s->for_.body);
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

/* f(a, k=b): the callable, then self or NULL, then the arguments.  A
   method call loads the function and its object without making a bound
   method (LOAD_ATTR with its low bit set), as CPython 3.12+ does, unless
   the object is a name the module binds by import (CPython's compiler
   assumes a module, which has no methods: is_import_originated). */
static void
compile_call(Compiler *c, Expr *e)
{
    Expr *func = e->call.func;
    if (func->kind == E_ATTR && !is_imported(c, func->attr.value)) {
        compile_expr(c, func->attr.value);
        emit(c, LOAD_ATTR, add_name(c, func->attr.attr) << 1 | 1);
    } else if (func->kind == E_NAME && func->name.scope == SCOPE_GLOBAL) {
        emit(c, LOAD_GLOBAL, add_name(c, func->name.id) << 1 | 1);
    } else {
        compile_expr(c, func);
        emit(c, PUSH_NULL, 0);
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

static void
compile_expr(Compiler *c, Expr *e)
{
    if (c->failed)
        return;
    if (Py_EnterRecursiveCall(" during compilation") < 0) {
        c->failed = true;
        return;
    }
    switch (e->kind) {
    case E_CONST:
        emit_const(c, e->constant);
        break;
    case E_NAME:
        compile_name(c, e, NAME_LOAD);
        break;
    case E_LIST:
    case E_TUPLE:
        for (int i = 0; i < e->seq.count; i++)
            compile_expr(c, e->seq.items[i]);
        emit(c, e->kind == E_LIST ? BUILD_LIST : BUILD_TUPLE, e->seq.count);
        break;
    case E_DICT:
        for (int i = 0; i < e->dict.count; i++) {
            compile_expr(c, e->dict.keys[i]);
            compile_expr(c, e->dict.values[i]);
        }
        emit(c, BUILD_MAP, e->dict.count);
        break;
    case E_ATTR:
        compile_expr(c, e->attr.value);
        emit(c, LOAD_ATTR, add_name(c, e->attr.attr) << 1);
        break;
    case E_SUBSCRIPT:
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
    }
    Py_LeaveRecursiveCall();
}

/* ---- targets ---- */

/* Store the value on top of the stack into target. */
static void
compile_store(Compiler *c, Expr *target)
{
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
    default: /* a, b = value */
        emit(c, UNPACK_SEQUENCE, target->seq.count);
        for (int i = 0; i < target->seq.count; i++)
            compile_store(c, target->seq.items[i]);
    }
}

static void
compile_delete(Compiler *c, Expr *target)
{
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

/* ---- statements ---- */

static Loop *
push_loop(Compiler *c, bool is_for)
{
    if (!GROW(c, loops, nloops, caploops))
        return NULL;
    Loop *loop = &c->loops[c->nloops++];
    *loop = (Loop){new_label(c), new_label(c), is_for};
    return loop;
}

/* The test is compiled twice, before the loop and after the body, so
   each pass through the loop makes one jump, not two (as CPython 3.12+
   compiles a while loop).  continue goes to the first test. */
static void
compile_while(Compiler *c, Stmt *s)
{
    Loop *loop = push_loop(c, false);
    if (loop == NULL)
        return;
    int top = loop->top, exit = loop->exit, body = new_label(c);
    place_label(c, top);
    compile_expr(c, s->while_.test);
    emit_jump(c, POP_JUMP_IF_FALSE, exit);
    place_label(c, body);
    compile_block(c, s->while_.body);
    c->line = s->line;
    compile_expr(c, s->while_.test);
    emit_jump(c, POP_JUMP_IF_FALSE, exit);
    emit_jump(c, JUMP_FORWARD, body);
    place_label(c, exit);
    c->nloops--;
}

/* The iterator stays on the stack while the body runs; FOR_ITER pops
   it when it is exhausted and jumps past the loop. */
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

static void
compile_for(Compiler *c, Stmt *s)
{
    compile_expr(c, s->for_.iter);
    emit(c, GET_ITER, 0);
    Loop *loop = push_loop(c, true);
    if (loop == NULL)
        return;
    int top = loop->top, exit = loop->exit;
    place_label(c, top);
    emit_jump(c, FOR_ITER, exit);
    compile_store(c, s->for_.target);
    emit_step(c, s);
    c->nfor++;
    compile_block(c, s->for_.body);
    c->nfor--;
    c->line = s->line;
    emit_jump(c, JUMP_FORWARD, top);
    place_label(c, exit);
    c->nloops--;
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

/* return leaves the frame: the iterators of the loops it is in go
   first, then the value is returned. */
static void
compile_return(Compiler *c, Stmt *s)
{
    if (s->expr == NULL && c->nfor == 0) {
        emit_step(c, s);
        emit(c, RETURN_CONST, add_const(c, Py_None));
        return;
    }
    if (s->expr != NULL)
        compile_expr(c, s->expr);
    else
        emit_const(c, Py_None);
    for (int i = 0; i < c->nfor; i++) {
        emit(c, SWAP, 2);
        emit(c, POP_TOP, 0);
    }
    emit_step(c, s);
    emit(c, RETURN_VALUE, 0);
}

static void
compile_break(Compiler *c, bool is_break)
{
    Loop *loop = &c->loops[c->nloops - 1];
    if (is_break && loop->is_for)
        emit(c, POP_TOP, 0); /* the iterator */
    emit_jump(c, JUMP_FORWARD, is_break ? loop->exit : loop->top);
}

static void
compile_def(Compiler *c, Stmt *s)
{
    if (compile_code(c, c->arena, s->def.code, false, false) < 0) {
        c->failed = true;
        return;
    }
    emit_const(c, (PyObject *)s->def.code);
    emit(c, MAKE_FUNCTION, 0);
    compile_store(c, s->def.target);
}

/* class A(B): __build_class__(<function running the body>, 'A', B). */
static void
compile_class(Compiler *c, Stmt *s)
{
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

static void
compile_stmt(Compiler *c, Stmt *s)
{
    c->line = s->line;
    if (!c->unreachable && SEQ_GROW(c, bounds, nbounds, capbounds))
        c->seq.bounds[c->seq.nbounds++] = (Boundary){c->seq.ninstrs, c->nfor};
    switch (s->kind) {
    case S_EXPR:
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
    case S_PASS:
    case S_GLOBAL:
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

/* A class body starts by naming its module and its qualified name. */
static void
compile_class_prologue(Compiler *c)
{
    PyObject *name = own(c, PyUnicode_FromString("__name__"));
    PyObject *module = own(c, PyUnicode_FromString("__module__"));
    PyObject *qualname = own(c, PyUnicode_FromString("__qualname__"));
    if (c->failed)
        return;
    emit(c, LOAD_NAME, add_name(c, name));
    emit(c, STORE_NAME, add_name(c, module));
    emit_const(c, c->code->co_qualname);
    emit(c, STORE_NAME, add_name(c, qualname));
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

static int
finish(Compiler *c)
{
    Code *code = c->code;
    if (c->failed || _PyAssemble(&c->seq, c->arena, code) < 0)
        return -1;
    code->co_consts = to_arena(c, c->consts, c->nconsts, sizeof(PyObject *));
    code->co_nconsts = c->nconsts;
    /* co_consts holds its own reference to each constant, as CPython's
       tuple does, beside the one the parsed program keeps while the
       module runs (Python/pythonrun.c frees the AST after run_mod). */
    for (int i = 0; !c->failed && i < c->nconsts; i++)
        if (!PyCode_Check(c->consts[i]) &&
            arena_own(c->arena, Py_NewRef(c->consts[i])) < 0)
            c->failed = true;
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
    emit(&c, RESUME, 0);
    c.line = code->co_firstlineno;
    if (parent == NULL)
        collect_imports(&c, code->co_body);
    if (is_class)
        compile_class_prologue(&c);
    compile_block(&c, code->co_body);
    compile_end(&c);
    int status = finish(&c);
    PyMem_RawFree(c.seq.instrs);
    PyMem_RawFree(c.seq.labels);
    PyMem_RawFree(c.seq.bounds);
    PyMem_RawFree(c.imported);
    PyMem_RawFree(c.consts);
    PyMem_RawFree(c.names);
    PyMem_RawFree(c.figures);
    PyMem_RawFree(c.loops);
    Py_LeaveRecursiveCall();
    return status;
}

int
_PyCompile_Module(Module *m)
{
    return compile_code(NULL, &m->arena, m->code, false, m->interactive);
}
