/* Between parsing and resolving, a pass over the whole module, as
   CPython's Python/ast_opt.c makes it (v3.13.0): folding.  An operation
   whose operands are all constants is done now, once, and replaced by
   its result: 499 + 1, "hel" + "lo", -5, not 0, (1, 2) (a tuple of
   constants is a constant), "abc"[0].  The compiler then merges equal
   constants (const_cache.c). */
#include "parser.h"

#include "abstract.h"
#include "dictobject.h"
#include "errors.h"
#include "intern.h"
#include "interp.h"
#include "longobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

/* CPython does not fold what would make a big constant: a str longer
   than 4096 characters, a tuple of more than 256 items (ast_opt.c). */
#define MAX_STR_SIZE        4096
#define MAX_COLLECTION_SIZE 256

typedef struct {
    Arena *arena;
    int depth;   /* statements and expressions open, nested */
    bool failed; /* out of memory, or too deep */
} Folder;

/* ast_opt.c counts the statements and expressions it visits, nested, as
   the symbol table does, and stops past Py_C_RECURSION_LIMIT with the
   same error (resolve.c, enter_node): it runs first, so it is the one
   that ends a chain of 10,000 attributes. */
static bool
enter_node(Folder *f)
{
    if (++f->depth > C_RECURSION_LIMIT || !_Py_CStackLeft()) {
        if (!f->failed)
            PyErr_Format(EXC_RECURSION, "maximum recursion depth exceeded "
                                        "during compilation");
        f->failed = true;
        return false;
    }
    return true;
}

static bool
is_const(Expr *e)
{
    return e != NULL && e->kind == E_CONST;
}

static bool
too_big(PyObject *value)
{
    return (PyUnicode_Check(value) &&
            PyUnicode_GetLength(value) > MAX_STR_SIZE) ||
           (PyTuple_Check(value) && Py_SIZE(value) > MAX_COLLECTION_SIZE);
}

/* Replace e by a constant, if value is one worth keeping.  An operation
   that fails (1 // 0) is left for the program to run and fail; running
   out of memory fails the compilation. */
static void
become_const(Folder *f, Expr *e, PyObject *value)
{
    if (value == NULL && PyErr_ExceptionMatches(EXC_MEMORY)) {
        f->failed = true; /* out of memory is not "cannot be folded" */
        return;
    }
    if (value == NULL || too_big(value)) {
        Py_XDECREF(value);
        PyErr_Clear();
        return;
    }
    PyObject *owned = _PyAST_Constant(f->arena, value);
    if (owned == NULL) {
        f->failed = true;
        return;
    }
    e->kind = E_CONST;
    e->constant = owned;
}

/* "ab" * 10**9 would be made only to be thrown away: check first. */
static bool
product_too_big(PyObject *a, PyObject *b)
{
    PyObject *seq = PyLong_Check(a) ? b : a, *n = seq == a ? b : a;
    if (!PyLong_Check(n) || !(PyUnicode_Check(seq) || PyTuple_Check(seq)))
        return false;
    int64_t count = PyLong_AsLong(n), size = Py_SIZE(seq);
    int64_t limit = PyTuple_Check(seq) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    return size > 0 && count > limit / size;
}

static PyObject *
binary(BinOp op, PyObject *a, PyObject *b)
{
    if (op == OP_MUL && product_too_big(a, b))
        return NULL;
    switch (op) {
    case OP_ADD:
        return PyNumber_Add(a, b);
    case OP_SUB:
        return PyNumber_Subtract(a, b);
    case OP_MUL:
        return PyNumber_Multiply(a, b);
    case OP_FLOORDIV:
        return PyNumber_FloorDivide(a, b);
    case OP_MOD: /* "%s" % x formats: CPython folds only numbers */
        return PyUnicode_Check(a) ? NULL : PyNumber_Remainder(a, b);
    case OP_POW:
        return PyNumber_Power(a, b);
    case OP_LSHIFT:
        return PyNumber_Lshift(a, b);
    case OP_RSHIFT:
        return PyNumber_Rshift(a, b);
    case OP_AND:
        return PyNumber_And(a, b);
    case OP_XOR:
        return PyNumber_Xor(a, b);
    case OP_OR:
        return PyNumber_Or(a, b);
    }
    return NULL;
}

static PyObject *
unary(UnaryOp op, PyObject *operand)
{
    switch (op) {
    case OP_NEG:
        return PyNumber_Negative(operand);
    case OP_POS:
        return PyNumber_Positive(operand);
    case OP_INVERT:
        return PyNumber_Invert(operand);
    }
    return NULL;
}

typedef void (*ExprPass)(Folder *f, Expr *e);

static void
each(Folder *f, ExprPass pass, Expr **items, int count)
{
    for (int i = 0; i < count; i++)
        pass(f, items[i]);
}

/* Run pass on each expression directly inside e. */
static void
each_child(Folder *f, ExprPass pass, Expr *e)
{
    switch (e->kind) {
    case E_LIST:
    case E_TUPLE:
        each(f, pass, e->seq.items, e->seq.count);
        break;
    case E_DICT:
        each(f, pass, e->dict.keys, e->dict.count);
        each(f, pass, e->dict.values, e->dict.count);
        break;
    case E_ATTR:
        pass(f, e->attr.value);
        break;
    case E_SUBSCRIPT:
        pass(f, e->subscript.value);
        pass(f, e->subscript.index);
        break;
    case E_SLICE:
        pass(f, e->slice.lower);
        pass(f, e->slice.upper);
        pass(f, e->slice.step);
        break;
    case E_CALL:
        pass(f, e->call.func);
        each(f, pass, e->call.args, e->call.nargs + e->call.nkw);
        break;
    case E_BINOP:
        pass(f, e->binop.left);
        pass(f, e->binop.right);
        break;
    case E_UNARY:
    case E_NOT:
    case E_STARRED:
        pass(f, e->unary.operand);
        break;
    case E_BOOLOP:
        each(f, pass, e->boolop.values, e->boolop.count);
        break;
    case E_COMPARE:
        pass(f, e->compare.left);
        each(f, pass, e->compare.comparators, e->compare.count);
        break;
    case E_IFEXP:
        pass(f, e->ifexp.test);
        pass(f, e->ifexp.body);
        pass(f, e->ifexp.orelse);
        break;
    case E_LISTCOMP: /* all but the targets, which are names */
        pass(f, e->listcomp.key);
        pass(f, e->listcomp.elt);
        for (int g = 0; g < e->listcomp.ngenerators; g++) {
            pass(f, e->listcomp.generators[g].iter);
            each(f, pass, e->listcomp.generators[g].ifs,
                 e->listcomp.generators[g].nifs);
        }
        break;
    case E_LAMBDA: /* its defaults, and its body's one expression */
        each(f, pass, e->lambda.defaults, e->lambda.ndefaults);
        each(f, pass, e->lambda.kwdefaults, e->lambda.code->co_kwonlyargcount);
        pass(f, e->lambda.code->co_body->expr);
        break;
    case E_JOINEDSTR:
        each(f, pass, e->joined.values, e->joined.count);
        break;
    case E_FORMATTED:
        pass(f, e->formatted.value);
        pass(f, e->formatted.spec);
        break;
    case E_CONST:
    case E_NAME:
        break;
    }
}

static void
fold_tuple(Folder *f, Expr *e)
{
    for (int i = 0; i < e->seq.count; i++)
        if (!is_const(e->seq.items[i]))
            return;
    PyObject *tuple = PyTuple_New(e->seq.count);
    for (int i = 0; tuple != NULL && i < e->seq.count; i++)
        PyTuple_SET_ITEM(tuple, i, Py_NewRef(e->seq.items[i]->constant));
    become_const(f, e, tuple);
}

/* What a for loop, a comprehension or `in` walks: a list display is a
   tuple, since nothing else sees it, and a constant one if its items
   are (fold_iter in CPython's Python/ast_opt.c, v3.13.0): `for x in
   [1, 2]` and `x in [1, 2]` make no list. */
static void
fold_iter(Folder *f, Expr *e)
{
    if (f->failed || e->kind != E_LIST)
        return;
    e->kind = E_TUPLE;
    fold_tuple(f, e);
}

/* Fold the operands first, then e itself if they became constants. */
static void
fold_expr(Folder *f, Expr *e)
{
    if (e == NULL || f->failed || !enter_node(f))
        return;
    each_child(f, fold_expr, e);
    f->depth--;
    switch (e->kind) {
    case E_TUPLE:
        fold_tuple(f, e);
        break;
    case E_SUBSCRIPT:
        if (is_const(e->subscript.value) && is_const(e->subscript.index))
            become_const(f, e,
                         PyObject_GetItem(e->subscript.value->constant,
                                          e->subscript.index->constant));
        break;
    case E_BINOP:
        if (is_const(e->binop.left) && is_const(e->binop.right))
            become_const(f, e,
                         binary(e->binop.op, e->binop.left->constant,
                                e->binop.right->constant));
        break;
    case E_UNARY:
        if (is_const(e->unary.operand))
            become_const(f, e, unary(e->unary.op, e->unary.operand->constant));
        break;
    case E_NOT:
        if (is_const(e->unary.operand)) {
            int truth = PyObject_IsTrue(e->unary.operand->constant);
            become_const(f, e, truth < 0 ? NULL : PyBool_FromLong(!truth));
        }
        break;
    case E_COMPARE: {
        int last = e->compare.count - 1;
        CmpOp op = e->compare.ops[last];
        if (op == CMP_IN || op == CMP_NOT_IN)
            fold_iter(f, e->compare.comparators[last]);
        break;
    }
    case E_LISTCOMP:
        for (int g = 0; g < e->listcomp.ngenerators; g++)
            fold_iter(f, e->listcomp.generators[g].iter);
        break;
    default:
        break;
    }
}

/* An assignment's or a del's target is not a value: fold inside it. */
static void
fold_target(Folder *f, Expr *e)
{
    if (e->kind == E_TUPLE || e->kind == E_LIST)
        each(f, fold_target, e->seq.items, e->seq.count);
    else
        each_child(f, fold_expr, e);
}

/* Run value on every expression of the block's statements, nested
   blocks and function and class bodies included, and target on every
   target. */
static void
each_statement(Folder *f, Stmt *s, ExprPass value, ExprPass target)
{
    for (; s != NULL && !f->failed && enter_node(f); s = s->next) {
        switch (s->kind) {
        case S_EXPR:
        case S_RETURN:
            value(f, s->expr);
            break;
        case S_ASSIGN:
            each(f, target, s->assign.targets, s->assign.count);
            value(f, s->assign.value);
            break;
        case S_AUGASSIGN:
            target(f, s->augassign.target);
            value(f, s->augassign.value);
            break;
        case S_DEL:
            each(f, target, s->del.targets, s->del.count);
            break;
        case S_IF:
            value(f, s->if_.test);
            each_statement(f, s->if_.body, value, target);
            each_statement(f, s->if_.orelse, value, target);
            break;
        case S_WHILE:
            value(f, s->while_.test);
            each_statement(f, s->while_.body, value, target);
            each_statement(f, s->while_.orelse, value, target);
            break;
        case S_FOR:
            target(f, s->for_.target);
            value(f, s->for_.iter);
            if (value == fold_expr) /* folding: what the loop walks */
                fold_iter(f, s->for_.iter);
            each_statement(f, s->for_.body, value, target);
            each_statement(f, s->for_.orelse, value, target);
            break;
        case S_TRY:
            each_statement(f, s->try_.body, value, target);
            for (int i = 0; i < s->try_.nhandlers; i++) {
                if (s->try_.handlers[i].type != NULL)
                    value(f, s->try_.handlers[i].type);
                each_statement(f, s->try_.handlers[i].body, value, target);
            }
            each_statement(f, s->try_.orelse, value, target);
            each_statement(f, s->try_.finalbody, value, target);
            break;
        case S_RAISE:
            if (s->raise.exc != NULL)
                value(f, s->raise.exc);
            if (s->raise.cause != NULL)
                value(f, s->raise.cause);
            break;
        case S_ASSERT:
            value(f, s->assert_.test);
            if (s->assert_.msg != NULL)
                value(f, s->assert_.msg);
            break;
        case S_DEF:
            each(f, value, s->decorators, s->ndecorators);
            each(f, value, s->def.defaults, s->def.ndefaults);
            each(f, value, s->def.kwdefaults, s->def.code->co_kwonlyargcount);
            each_statement(f, s->def.code->co_body, value, target);
            break;
        case S_CLASS:
            each(f, value, s->decorators, s->ndecorators);
            value(f, s->class_.base);
            each_statement(f, s->class_.code->co_body, value, target);
            break;
        default:
            break;
        }
        f->depth--;
    }
}

int
fold_constants(Module *m, Stmt *body)
{
    Folder f = {.arena = &m->arena, .depth = interp.c_recursion};
    each_statement(&f, body, fold_expr, fold_target);
    if (f.failed && !PyErr_Occurred())
        PyErr_NoMemory();
    return f.failed ? -1 : 0;
}
