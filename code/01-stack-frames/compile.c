/* The compiler: from the tree of one code object to its bytecode.  One
   emit helper per kind of instruction; jumps go to labels, placed as the
   code is written and turned into offsets by the assembler at the end,
   which also computes co_stacksize and the line table.  CPython's
   compiler has the same three stages (Python/compile.c, flowgraph.c,
   assemble.c). */
#include "compile.h"

#include "errors.h"
#include "frame.h"
#include "longobject.h"
#include "parser.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <assert.h>
#include <string.h>

typedef struct {
    int op, arg;
    int target; /* jumps: the label they go to */
    int line;
} Instr;

typedef struct {
    int top;  /* label of its test: continue goes there */
    int exit; /* label after it: break goes there */
    bool is_for;
} Loop;

/* A statement's first instruction and how deep the stack must be there:
   one iterator per enclosing for loop, nothing else. */
typedef struct {
    int instr;
    int depth;
} Boundary;

typedef struct {
    Arena *arena;
    Code *code;
    Instr *instrs;
    int ninstrs, capinstrs;
    int *labels; /* label -> index of the instruction it is placed at */
    int nlabels, caplabels;
    PyObject **consts;
    int nconsts, capconsts;
    PyObject **names;
    int nnames, capnames;
    Stmt **figures;
    int nfigures, capfigures;
    Loop *loops;
    int nloops, caploops;
    Boundary *bounds;
    int nbounds, capbounds;
    int nfor; /* enclosing for loops */
    int line;
    bool failed;
} Compiler;

static void compile_expr(Compiler *c, Expr *e);
static void compile_block(Compiler *c, Stmt *s);
static int compile_code(Arena *arena, Code *code, bool is_class);

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

static int
emit(Compiler *c, int op, int arg)
{
    if (!GROW(c, instrs, ninstrs, capinstrs))
        return -1;
    c->instrs[c->ninstrs] = (Instr){op, arg, -1, c->line};
    return c->ninstrs++;
}

static int
new_label(Compiler *c)
{
    if (!GROW(c, labels, nlabels, caplabels))
        return 0;
    c->labels[c->nlabels] = -1;
    return c->nlabels++;
}

static void
place_label(Compiler *c, int label)
{
    if (!c->failed)
        c->labels[label] = c->ninstrs;
}

/* A jump to a label placed already goes backward. */
static void
emit_jump(Compiler *c, int op, int label)
{
    if (op == JUMP_FORWARD && !c->failed && c->labels[label] >= 0)
        op = JUMP_BACKWARD;
    int at = emit(c, op, 0);
    if (at >= 0)
        c->instrs[at].target = label;
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

/* a < b < c is a < b and b < c, with b computed once. */
static void
compile_compare(Compiler *c, Expr *e)
{
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

/* f(a, k=b): the callable, then self or NULL, then the arguments.  A
   method call loads the function and its object without making a bound
   method (LOAD_ATTR with its low bit set), as CPython 3.12+ does. */
static void
compile_call(Compiler *c, Expr *e)
{
    Expr *func = e->call.func;
    if (func->kind == E_ATTR) {
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
        emit(c, e->unary.op == OP_NEG ? UNARY_NEGATIVE : UNARY_POSITIVE, 0);
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

static void
compile_while(Compiler *c, Stmt *s)
{
    Loop *loop = push_loop(c, false);
    if (loop == NULL)
        return;
    int top = loop->top, exit = loop->exit;
    place_label(c, top);
    compile_expr(c, s->while_.test);
    emit_jump(c, POP_JUMP_IF_FALSE, exit);
    compile_block(c, s->while_.body);
    c->line = s->line;
    emit_jump(c, JUMP_FORWARD, top);
    place_label(c, exit);
    c->nloops--;
}

/* The iterator stays on the stack while the body runs; FOR_ITER pops
   it when it is exhausted and jumps past the loop. */
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
    if (compile_code(c->arena, s->def.code, false) < 0) {
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
    if (compile_code(c->arena, s->class_.code, true) < 0) {
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
    if (GROW(c, bounds, nbounds, capbounds))
        c->bounds[c->nbounds++] = (Boundary){c->ninstrs, c->nfor};
    switch (s->kind) {
    case S_EXPR:
        compile_expr(c, s->expr);
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

/* ---- the assembler ---- */

static bool
is_jump(int op)
{
    return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
           op == JUMP_FORWARD || op == JUMP_BACKWARD || op == FOR_ITER;
}

static bool
ends_flow(int op)
{
    return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == RETURN_VALUE ||
           op == RETURN_CONST;
}

int
_PyCompile_StackEffect(int op, int arg, bool jump)
{
    switch (op) {
    case POP_TOP:
    case STORE_FAST:
    case STORE_GLOBAL:
    case STORE_NAME:
    case DELETE_ATTR:
    case BINARY_SUBSCR:
    case BINARY_OP:
    case COMPARE_OP:
    case IS_OP:
    case CONTAINS_OP:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case RETURN_VALUE:
    case IMPORT_NAME:
        return -1;
    case PUSH_NULL:
    case COPY:
    case LOAD_CONST:
    case LOAD_FAST:
    case LOAD_NAME:
    case LOAD_BUILD_CLASS:
        return 1;
    case LOAD_GLOBAL:
        return 1 + (arg & 1);
    case LOAD_ATTR:
        return arg & 1;
    case STORE_ATTR:
    case DELETE_SUBSCR:
        return -2;
    case STORE_SUBSCR:
        return -3;
    case BUILD_SLICE:
        return 1 - arg;
    case FOR_ITER:
        return jump ? -1 : 1;
    case BUILD_LIST:
    case BUILD_TUPLE:
        return 1 - arg;
    case BUILD_MAP:
        return 1 - 2 * arg;
    case UNPACK_SEQUENCE:
        return arg - 1;
    case CALL:
        return -arg - 1;
    case CALL_KW:
        return -arg - 2;
    default:
        return 0;
    }
}

/* Follow every path through the code: the deepest the stack gets is
   co_stacksize.  Each instruction is reached at one depth only, and at
   each statement's start the stack holds only the for loops' iterators
   (the compiler's invariant, checked here). */
static int
stack_depth(Compiler *c)
{
    int n = c->ninstrs, max = 0, nwork = 0;
    int *depth = PyMem_RawMalloc((size_t)(n + 1) * sizeof *depth);
    int *work = PyMem_RawMalloc((size_t)(n + 1) * sizeof *work);
    if (depth == NULL || work == NULL) {
        PyMem_RawFree(depth);
        PyMem_RawFree(work);
        PyErr_NoMemory();
        return -1;
    }
    for (int i = 0; i <= n; i++)
        depth[i] = -1;
    depth[0] = 0;
    work[nwork++] = 0;
    while (nwork > 0) {
        int i = work[--nwork], d = depth[i];
        for (; i < n; i++) {
            Instr *in = &c->instrs[i];
            if (is_jump(in->op)) {
                int t = c->labels[in->target];
                int dj = d + _PyCompile_StackEffect(in->op, in->arg, true);
                assert(depth[t] < 0 || depth[t] == dj);
                if (depth[t] < 0) {
                    depth[t] = dj;
                    work[nwork++] = t;
                }
            }
            d += _PyCompile_StackEffect(in->op, in->arg, false);
            assert(d >= 0);
            if (d > max)
                max = d;
            if (ends_flow(in->op))
                break;
            assert(depth[i + 1] < 0 || depth[i + 1] == d);
            if (depth[i + 1] >= 0)
                break;
            depth[i + 1] = d;
        }
    }
    for (int b = 0; b < c->nbounds; b++) {
        int at = depth[c->bounds[b].instr];
        assert(at < 0 || at == c->bounds[b].depth);
        (void)at;
    }
    PyMem_RawFree(depth);
    PyMem_RawFree(work);
    return max;
}

/* EXTENDED_ARG prefixes an argument of more than a byte needs. */
static int
instr_size(int arg)
{
    return arg > 0xFFFFFF ? 4 : arg > 0xFFFF ? 3 : arg > 0xFF ? 2 : 1;
}

/* A jump's argument counts code units from the instruction after it. */
static int
jump_arg(Compiler *c, int i, const int *offsets)
{
    int from = offsets[i + 1], to = offsets[c->labels[c->instrs[i].target]];
    return c->instrs[i].op == JUMP_BACKWARD ? from - to : to - from;
}

/* Lay the instructions out as code units.  A jump's size depends on how
   far it goes, which depends on the sizes: repeat until nothing grows. */
static int *
layout(Compiler *c)
{
    int n = c->ninstrs;
    int *offsets = PyMem_RawMalloc((size_t)(n + 1) * sizeof *offsets);
    if (offsets == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (bool changed = true; changed;) {
        changed = false;
        offsets[0] = 0;
        for (int i = 0; i < n; i++)
            offsets[i + 1] = offsets[i] + instr_size(c->instrs[i].arg);
        for (int i = 0; i < n; i++) {
            if (!is_jump(c->instrs[i].op))
                continue;
            int arg = jump_arg(c, i, offsets);
            if (instr_size(arg) != instr_size(c->instrs[i].arg))
                changed = true;
            c->instrs[i].arg = arg;
        }
    }
    return offsets;
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

static int
assemble(Compiler *c)
{
    Code *code = c->code;
    int stacksize = stack_depth(c);
    int *offsets = stacksize < 0 ? NULL : layout(c);
    if (offsets == NULL)
        return -1;
    int nunits = offsets[c->ninstrs];
    _Py_CODEUNIT *units = arena_alloc(c->arena, (size_t)nunits * 2 + 2);
    LineEntry *lines =
        arena_alloc(c->arena, (size_t)c->ninstrs * sizeof *lines + 1);
    if (units == NULL || lines == NULL) {
        PyMem_RawFree(offsets);
        PyErr_NoMemory();
        return -1;
    }
    int nlines = 0;
    for (int i = 0; i < c->ninstrs; i++) {
        Instr *in = &c->instrs[i];
        _Py_CODEUNIT *out = units + offsets[i];
        for (int shift = 8 * (instr_size(in->arg) - 1); shift > 0; shift -= 8)
            *out++ =
                (_Py_CODEUNIT)(EXTENDED_ARG | ((in->arg >> shift) & 0xFF) << 8);
        *out = (_Py_CODEUNIT)(in->op | (in->arg & 0xFF) << 8);
        if (nlines == 0 || lines[nlines - 1].line != in->line)
            lines[nlines++] = (LineEntry){offsets[i], in->line};
    }
    PyMem_RawFree(offsets);
    code->co_code = units;
    code->co_ncodeunits = nunits;
    code->co_linetable = lines;
    code->co_nlines = nlines;
    code->co_stacksize = stacksize;
    code->co_consts = to_arena(c, c->consts, c->nconsts, sizeof(PyObject *));
    code->co_nconsts = c->nconsts;
    code->co_names = to_arena(c, c->names, c->nnames, sizeof(PyObject *));
    code->co_nnames = c->nnames;
    code->co_figures = to_arena(c, c->figures, c->nfigures, sizeof(Stmt *));
    code->co_nfigures = c->nfigures;
    code->co_framesize = frame_size(code);
    return c->failed ? -1 : 0;
}

/* The end of the code returns None, unless no path gets there. */
static void
compile_end(Compiler *c)
{
    bool reachable =
        c->ninstrs == 0 || !ends_flow(c->instrs[c->ninstrs - 1].op);
    for (int i = 0; i < c->nlabels && !reachable; i++)
        reachable = c->labels[i] == c->ninstrs;
    if (reachable)
        emit(c, RETURN_CONST, add_const(c, Py_None));
}

static int
compile_code(Arena *arena, Code *code, bool is_class)
{
    Compiler c = {.arena = arena, .code = code, .line = code->co_firstlineno};
    if (Py_EnterRecursiveCall(" during compilation") < 0)
        return -1;
    if (code->co_uses_dict && !is_class)
        c.line = 0; /* a module starts before its first line, as in dis */
    emit(&c, RESUME, 0);
    c.line = code->co_firstlineno;
    if (is_class)
        compile_class_prologue(&c);
    compile_block(&c, code->co_body);
    compile_end(&c);
    int status = c.failed ? -1 : assemble(&c);
    PyMem_RawFree(c.instrs);
    PyMem_RawFree(c.labels);
    PyMem_RawFree(c.consts);
    PyMem_RawFree(c.names);
    PyMem_RawFree(c.figures);
    PyMem_RawFree(c.loops);
    PyMem_RawFree(c.bounds);
    Py_LeaveRecursiveCall();
    return status;
}

int
_PyCompile_Module(Module *m)
{
    return compile_code(&m->arena, m->code, false);
}

int
_PyAST_Compile(Module *m, Stmt *body)
{
    if (resolve_module(m, body) < 0)
        return -1;
    return _PyCompile_Module(m);
}
