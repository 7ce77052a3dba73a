/* The symbol table: where does each name live?  A name bound anywhere in a
   function (assigned, a parameter, a loop variable, deleted, defined) is
   a local of that function everywhere in it, and gets a slot in the
   frame; other names are globals.  Module and class bodies keep their
   names in a dict.  CPython decides the same way (Python/symtable.c). */
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "parser.h"
#include "unicodeobject.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* How a name was met before a global statement names it. */
typedef struct {
    PyObject *name;
    bool used, bound;
} Seen;

typedef struct ScopeInfo ScopeInfo;
struct ScopeInfo {
    ScopeInfo *parent;
    bool is_function;
    bool is_comprehension; /* inlined into its parent's code */
    Code *code;
    PyObject **locals; /* function locals, in slot order */
    int nlocals, cap;
    int nvisible;       /* the locals bound in the scope itself; the rest are
                           comprehensions', hidden from it (PEP 709) */
    int *slots;         /* a comprehension's: its locals' slots in the code */
    PyObject **globals; /* names declared global */
    int nglobals, gcap;
    PyObject **nonlocals; /* names declared nonlocal */
    int nnonlocals, ncap;
    Seen *seen; /* names met so far in pass 2, for the global rules */
    int nseen, scap;
    /* closures: the slots that hold cells (its variables inner functions
       read), the slots of the cells it reads from functions around it,
       and for each of those the slot in the code it is made in */
    int *cells, ncells, cellcap;
    int *frees, nfrees, freecap;
    int *closure, nclosure, closurecap;
};

typedef struct {
    Arena *arena;
    int depth; /* statements and expressions open, nested */
    bool failed;
} Resolver;

static int
fail(Resolver *r, ExcKind kind, int line, int column, const char *fmt, ...)
{
    if (r->failed)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    PyErr_SyntaxAtV(kind, line, column, fmt, ap);
    va_end(ap);
    r->failed = true;
    return -1;
}

/* CPython 3.13's symbol table (Python/symtable.c) and AST optimizer
   (Python/ast_opt.c) count each statement and expression they visit,
   nested, from the depth of C recursion they start at, and stop past
   Py_C_RECURSION_LIMIT (10,000) with RecursionError.  A chain the parser
   grew in a loop (a.b.c..., 1 + 1 + ..., f()()...) is as deep a tree,
   so this is what ends it: x = a.a...a with 9,998 attributes compiles
   (the statement, the attributes, the name: 10,000), one more does not.
   The C stack is asked too, for a small ulimit -s. */
static bool
enter_node(Resolver *r)
{
    if (++r->depth > C_RECURSION_LIMIT || !_Py_CStackLeft()) {
        PyErr_Format(EXC_RECURSION, "maximum recursion depth exceeded "
                                    "during compilation");
        r->failed = true;
        return false;
    }
    return true;
}

static bool
same_name(PyObject *a, PyObject *b)
{
    return Py_SIZE(a) == Py_SIZE(b) &&
           memcmp(PyUnicode_AsUTF8(a), PyUnicode_AsUTF8(b),
                  (size_t)Py_SIZE(a)) == 0;
}

static int
find(PyObject **names, int n, PyObject *name)
{
    for (int i = 0; i < n; i++)
        if (same_name(names[i], name))
            return i;
    return -1;
}

static int append_name(Resolver *r, PyObject ***names, int *n, int *cap,
                       PyObject *name);

static int
add_name(Resolver *r, PyObject ***names, int *n, int *cap, PyObject *name)
{
    int at = find(*names, *n, name);
    return at >= 0 ? at : append_name(r, names, n, cap, name);
}

/* name as the last of names, whether it is there already or not. */
static int
append_name(Resolver *r, PyObject ***names, int *n, int *cap, PyObject *name)
{
    if (*n == *cap) {
        int grown_cap = *cap ? 2 * *cap : 8;
        PyObject **grown =
            arena_alloc(r->arena, (size_t)grown_cap * sizeof(PyObject *));
        if (grown == NULL) {
            PyErr_NoMemory();
            r->failed = true;
            return -1;
        }
        if (*n > 0)
            memcpy(grown, *names, (size_t)*n * sizeof(PyObject *));
        *names = grown;
        *cap = grown_cap;
    }
    (*names)[*n] = name;
    return (*n)++;
}

static bool
is_global(ScopeInfo *s, PyObject *name)
{
    return find(s->globals, s->nglobals, name) >= 0;
}

static bool
is_nonlocal(ScopeInfo *s, PyObject *name)
{
    return find(s->nonlocals, s->nnonlocals, name) >= 0;
}

/* ---- pass 1: the names a function binds ---- */

static void
bind(Resolver *r, ScopeInfo *s, PyObject *name)
{
    if (s->is_function && !is_global(s, name) && !is_nonlocal(s, name))
        add_name(r, &s->locals, &s->nlocals, &s->cap, name);
}

static void
bind_target(Resolver *r, ScopeInfo *s, Expr *e)
{
    if (e->kind == E_NAME)
        bind(r, s, e->name.id);
    if (e->kind == E_TUPLE || e->kind == E_LIST)
        for (int i = 0; i < e->seq.count; i++)
            bind_target(r, s, e->seq.items[i]);
    if (e->kind == E_STARRED)
        bind_target(r, s, e->unary.operand);
}

/* Names declared global are never locals; whether the declaration came
   before any other use of them is checked in pass 2 (check_declaration). */
static void
declare_global(Resolver *r, ScopeInfo *s, Stmt *st)
{
    for (int i = 0; i < st->names.count; i++)
        add_name(r, &s->globals, &s->nglobals, &s->gcap, st->names.names[i]);
}

static void
collect(Resolver *r, ScopeInfo *s, Stmt *st)
{
    for (; st != NULL && !r->failed; st = st->next) {
        switch (st->kind) {
        case S_ASSIGN:
            for (int i = 0; i < st->assign.count; i++)
                bind_target(r, s, st->assign.targets[i]);
            break;
        case S_AUGASSIGN:
            bind_target(r, s, st->augassign.target);
            break;
        case S_DEL:
            for (int i = 0; i < st->del.count; i++)
                bind_target(r, s, st->del.targets[i]);
            break;
        case S_FOR:
            bind_target(r, s, st->for_.target);
            collect(r, s, st->for_.body);
            collect(r, s, st->for_.orelse);
            break;
        case S_WHILE:
            collect(r, s, st->while_.body);
            collect(r, s, st->while_.orelse);
            break;
        case S_TRY:
            collect(r, s, st->try_.body);
            for (int i = 0; i < st->try_.nhandlers; i++) {
                ExceptHandler *h = &st->try_.handlers[i];
                if (h->name != NULL)
                    bind_target(r, s, h->name);
                collect(r, s, h->body);
            }
            collect(r, s, st->try_.orelse);
            collect(r, s, st->try_.finalbody);
            break;
        case S_IF:
            collect(r, s, st->if_.body);
            collect(r, s, st->if_.orelse);
            break;
        case S_DEF:
            bind_target(r, s, st->def.target);
            break;
        case S_CLASS:
            bind_target(r, s, st->class_.target);
            break;
        case S_IMPORT:
            for (int i = 0; i < st->names.count; i++)
                bind_target(r, s, st->names.targets[i]);
            break;
        case S_GLOBAL:
            declare_global(r, s, st);
            break;
        case S_NONLOCAL:
            for (int i = 0; i < st->names.count; i++)
                add_name(r, &s->nonlocals, &s->nnonlocals, &s->ncap,
                         st->names.names[i]);
            break;
        default:
            break;
        }
    }
}

/* ---- pass 2: give every name its scope ---- */

static void resolve_block(Resolver *r, ScopeInfo *s, Stmt *st);

static bool
push_slot(Resolver *r, int **items, int *n, int *cap, int slot)
{
    if (*n == *cap) {
        int grown_cap = *cap ? 2 * *cap : 4;
        int *grown = arena_alloc(r->arena, (size_t)grown_cap * sizeof(int));
        if (grown == NULL) {
            PyErr_NoMemory();
            r->failed = true;
            return false;
        }
        if (*n > 0)
            memcpy(grown, *items, (size_t)*n * sizeof(int));
        *items = grown;
        *cap = grown_cap;
    }
    (*items)[(*n)++] = slot;
    return true;
}

static ScopeInfo *code_owner(ScopeInfo *s);

/* May s read owner's variable through a closure?  minipy makes cells
   for functions and lambdas inside functions; a class body in between
   or reading it, and a comprehension's own variable, it lacks. */
static bool
closable(ScopeInfo *s, ScopeInfo *owner)
{
    if (!s->is_function || !owner->is_function || owner->is_comprehension)
        return false;
    for (ScopeInfo *up = s->parent; up != owner; up = up->parent)
        if (!up->is_function && !up->is_comprehension)
            return false;
    return true;
}

/* name, a variable of owner (a function around s), read in s: a cell of
   owner's, handed down as a free variable to each function from owner
   to s (CPython's symbol table, analyze_cells and analyze_name).  Its
   slot in s, or -1 out of memory. */
static int
close_over(Resolver *r, ScopeInfo *s, ScopeInfo *owner, PyObject *name)
{
    if (s == owner) {
        int slot = find(owner->locals, owner->nvisible, name);
        for (int i = 0; i < owner->ncells; i++)
            if (owner->cells[i] == slot)
                return slot;
        return push_slot(r, &owner->cells, &owner->ncells, &owner->cellcap,
                         slot)
                   ? slot
                   : -1;
    }
    for (int i = 0; i < s->nfrees; i++)
        if (same_name(s->locals[s->frees[i]], name))
            return s->frees[i];
    int outer = close_over(r, code_owner(s->parent), owner, name);
    if (outer < 0)
        return -1;
    /* a slot of its own, even where a comprehension hides one named so */
    int slot = append_name(r, &s->locals, &s->nlocals, &s->cap, name);
    if (slot < 0 || !push_slot(r, &s->frees, &s->nfrees, &s->freecap, slot) ||
        !push_slot(r, &s->closure, &s->nclosure, &s->closurecap, outer))
        return -1;
    return slot;
}

/* A name local to an enclosing function would need a closure cell. */
static ScopeInfo *
enclosing_owner(ScopeInfo *s, PyObject *name)
{
    for (ScopeInfo *up = s->parent; up != NULL; up = up->parent) {
        if (up->is_function && find(up->locals, up->nvisible, name) >= 0)
            return up;
        if (up->is_comprehension && find(up->locals, up->nlocals, name) >= 0)
            return up; /* [lambda: i for i in ...] closes over i */
    }
    return NULL;
}

static void resolve_name(Resolver *r, ScopeInfo *s, Expr *e);

static void
closure_error(Resolver *r, Expr *e, ScopeInfo *owner)
{
    const char *name = PyUnicode_AsUTF8(e->name.id);
    if (owner->is_comprehension)
        fail(r, EXC_NOT_IMPLEMENTED, e->line, e->column,
             "minipy does not support closures: '%s' is a variable of the "
             "enclosing comprehension",
             name);
    else
        fail(r, EXC_NOT_IMPLEMENTED, e->line, e->column,
             "minipy does not support closures: '%s' is a local variable "
             "of the enclosing function '%s'",
             name, PyUnicode_AsUTF8(owner->code->co_name));
}

/* A name in a comprehension: its own, in the slot it was given; else
   what the name is where the comprehension stands, except that a class
   body's names are not seen from it (it was a function until 3.12,
   and is resolved as one still). */
static void
resolve_comprehension_name(Resolver *r, ScopeInfo *s, Expr *e)
{
    int i = find(s->locals, s->nlocals, e->name.id);
    if (i >= 0) {
        e->name.scope = SCOPE_FAST;
        e->name.slot = s->slots[i];
        return;
    }
    ScopeInfo *up = s->parent;
    if (up->is_function || up->is_comprehension || up->parent == NULL) {
        resolve_name(r, up, e);
        return;
    }
    ScopeInfo *owner = enclosing_owner(up, e->name.id);
    if (owner != NULL) {
        closure_error(r, e, owner);
        return;
    }
    e->name.scope = SCOPE_GLOBAL;
}

static void
resolve_name(Resolver *r, ScopeInfo *s, Expr *e)
{
    PyObject *name = e->name.id;
    if (s->is_comprehension) {
        resolve_comprehension_name(r, s, e);
        return;
    }
    int slot = s->is_function ? find(s->locals, s->nvisible, name) : -1;
    if (slot >= 0) {
        e->name.scope = SCOPE_FAST;
        e->name.slot = slot;
        return;
    }
    if (!is_global(s, name)) {
        ScopeInfo *owner = enclosing_owner(s, name);
        if (owner != NULL && !closable(s, owner)) {
            closure_error(r, e, owner);
            return;
        }
        if (owner != NULL) { /* a cell, read through the closure */
            e->name.scope = SCOPE_FAST;
            e->name.slot = close_over(r, s, owner, name);
            return;
        }
    }
    e->name.scope =
        s->is_function || is_global(s, name) ? SCOPE_GLOBAL : SCOPE_NAME;
}

static Seen *
find_seen(ScopeInfo *s, PyObject *name)
{
    for (int i = 0; i < s->nseen; i++)
        if (same_name(s->seen[i].name, name))
            return &s->seen[i];
    return NULL;
}

/* Remember how a name was met in a scope that has global statements:
   a name used or bound before its global statement is refused. */
static void
meet(Resolver *r, ScopeInfo *s, PyObject *name, bool used)
{
    if (s->nglobals == 0 && s->nnonlocals == 0)
        return;
    Seen *seen = find_seen(s, name);
    if (seen == NULL) {
        if (s->nseen == s->scap) {
            int cap = s->scap ? 2 * s->scap : 8;
            Seen *grown = arena_alloc(r->arena, (size_t)cap * sizeof *grown);
            if (grown == NULL) {
                PyErr_NoMemory();
                r->failed = true;
                return;
            }
            if (s->nseen > 0)
                memcpy(grown, s->seen, (size_t)s->nseen * sizeof *grown);
            s->seen = grown;
            s->scap = cap;
        }
        seen = &s->seen[s->nseen++];
        *seen = (Seen){.name = name};
    }
    if (used)
        seen->used = true;
    else
        seen->bound = true;
}

/* A global or nonlocal statement must come before any other use of its
   names, which must not be parameters; a nonlocal name must be bound
   in a function around (CPython's symbol table, symtable_visit_stmt
   and analyze_name).  The errors underline the statement. */
static void
check_declaration(Resolver *r, ScopeInfo *s, Stmt *st)
{
    const char *kind = st->kind == S_GLOBAL ? "global" : "nonlocal";
    for (int i = 0; i < st->names.count && !r->failed; i++) {
        PyObject *name = st->names.names[i];
        const char *text = PyUnicode_AsUTF8(name);
        Seen *seen = find_seen(s, name);
        ScopeInfo *owner =
            st->kind == S_NONLOCAL ? enclosing_owner(s, name) : NULL;
        char message[200] = "";
        if (s->is_function &&
            find(s->locals, _PyCode_NParams(s->code), name) >= 0)
            snprintf(message, sizeof message, "name '%s' is parameter and %s",
                     text, kind);
        else if (seen != NULL && seen->used)
            snprintf(message, sizeof message,
                     "name '%s' is used prior to %s declaration", text, kind);
        else if (seen != NULL && seen->bound)
            snprintf(message, sizeof message,
                     "name '%s' is assigned to before %s declaration", text,
                     kind);
        else if (is_global(s, name) && is_nonlocal(s, name))
            snprintf(message, sizeof message,
                     "name '%s' is nonlocal and global", text);
        else if (st->kind == S_NONLOCAL && owner == NULL)
            snprintf(message, sizeof message,
                     "no binding for nonlocal '%s' found", text);
        if (*message == '\0') {
            if (owner != NULL && !closable(s, owner))
                closure_error(r, st->names.targets[i], owner);
            continue;
        }
        fail(r, EXC_SYNTAX, st->line, st->col + 1, "%s", message);
        if (st->end_line == st->line)
            interp.error.end_column = st->end_col + 1;
    }
}

static void resolve_lambda(Resolver *r, ScopeInfo *s, Expr *e);
static void resolve_comprehension(Resolver *r, ScopeInfo *s, Expr *e);

static void
resolve_expr(Resolver *r, ScopeInfo *s, Expr *e)
{
    if (e == NULL || r->failed || !enter_node(r))
        return;
    switch (e->kind) {
    case E_CONST:
        break;
    case E_NAME:
        meet(r, s, e->name.id, true);
        resolve_name(r, s, e);
        break;
    case E_LIST:
    case E_TUPLE:
        for (int i = 0; i < e->seq.count; i++)
            resolve_expr(r, s, e->seq.items[i]);
        break;
    case E_DICT:
        for (int i = 0; i < e->dict.count; i++) {
            resolve_expr(r, s, e->dict.keys[i]);
            resolve_expr(r, s, e->dict.values[i]);
        }
        break;
    case E_ATTR:
        resolve_expr(r, s, e->attr.value);
        break;
    case E_SUBSCRIPT:
        resolve_expr(r, s, e->subscript.value);
        resolve_expr(r, s, e->subscript.index);
        break;
    case E_SLICE:
        resolve_expr(r, s, e->slice.lower);
        resolve_expr(r, s, e->slice.upper);
        resolve_expr(r, s, e->slice.step);
        break;
    case E_CALL:
        resolve_expr(r, s, e->call.func);
        for (int i = 0; i < e->call.nargs + e->call.nkw; i++)
            resolve_expr(r, s, e->call.args[i]);
        break;
    case E_BINOP:
        resolve_expr(r, s, e->binop.left);
        resolve_expr(r, s, e->binop.right);
        break;
    case E_UNARY:
    case E_STARRED:
    case E_NOT:
        resolve_expr(r, s, e->unary.operand);
        break;
    case E_BOOLOP:
        for (int i = 0; i < e->boolop.count; i++)
            resolve_expr(r, s, e->boolop.values[i]);
        break;
    case E_COMPARE:
        resolve_expr(r, s, e->compare.left);
        for (int i = 0; i < e->compare.count; i++)
            resolve_expr(r, s, e->compare.comparators[i]);
        break;
    case E_IFEXP:
        resolve_expr(r, s, e->ifexp.test);
        resolve_expr(r, s, e->ifexp.body);
        resolve_expr(r, s, e->ifexp.orelse);
        break;
    case E_LAMBDA:
        resolve_lambda(r, s, e);
        break;
    case E_LISTCOMP:
        resolve_comprehension(r, s, e);
        break;
    case E_JOINEDSTR:
        for (int i = 0; i < e->joined.count; i++)
            resolve_expr(r, s, e->joined.values[i]);
        break;
    case E_FORMATTED:
        resolve_expr(r, s, e->formatted.value);
        if (e->formatted.spec != NULL)
            resolve_expr(r, s, e->formatted.spec);
        break;
    }
    r->depth--;
}

/* A target: its names are bound; what an attribute or a subscript is
   taken from is used. */
static void
resolve_target(Resolver *r, ScopeInfo *s, Expr *e)
{
    if (r->failed)
        return;
    if (e->kind == E_NAME) {
        meet(r, s, e->name.id, false);
        resolve_name(r, s, e);
    } else if (e->kind == E_TUPLE || e->kind == E_LIST) {
        for (int i = 0; i < e->seq.count; i++)
            resolve_target(r, s, e->seq.items[i]);
    } else if (e->kind == E_STARRED) {
        resolve_target(r, s, e->unary.operand);
    } else {
        resolve_expr(r, s, e);
    }
}

/* "f", "A.f", "f.<locals>.g": the name a def or class shows in reprs. */
static PyObject *
qualname(Resolver *r, ScopeInfo *s, PyObject *name)
{
    PyObject *q;
    if (s->code->co_qualname == NULL || !s->parent)
        q = PyUnicode_FromString(PyUnicode_AsUTF8(name));
    else
        q = PyUnicode_FromFormat(
            "%s%s.%s", PyUnicode_AsUTF8(s->code->co_qualname),
            s->is_function ? ".<locals>" : "", PyUnicode_AsUTF8(name));
    if (q == NULL || arena_own(r->arena, q) < 0) {
        r->failed = true;
        return NULL;
    }
    return q;
}

/* Build the code of a def or class body, resolving its names. */
static void
resolve_code(Resolver *r, ScopeInfo *parent, Code *code, PyObject *name,
             PyObject **params, int nparams, bool is_function, int line)
{
    ScopeInfo s = {.parent = parent, .is_function = is_function, .code = code};
    _PyCode_InitHead(code);
    code->co_name = name;
    code->co_qualname = qualname(r, parent, name);
    /* the parser set co_kwonlyargcount and co_flags */
    code->co_argcount = nparams - code->co_kwonlyargcount -
                        ((code->co_flags & CO_VARARGS) != 0) -
                        ((code->co_flags & CO_VARKEYWORDS) != 0);
    code->co_uses_dict = !is_function;
    code->co_firstlineno = line;
    for (int i = 0; i < nparams; i++)
        add_name(r, &s.locals, &s.nlocals, &s.cap, params[i]);
    collect(r, &s, code->co_body);
    s.nvisible = s.nlocals;
    resolve_block(r, &s, code->co_body);
    code->co_varnames = s.locals;
    code->co_nlocals = s.nlocals;
    code->co_cellslots = s.cells;
    code->co_ncells = s.ncells;
    code->co_freeslots = s.frees;
    code->co_closure = s.closure;
    code->co_nfrees = s.nfrees;
}

static void
bind_comprehension_target(Resolver *r, ScopeInfo *comp, Expr *e)
{
    if (e->kind == E_NAME)
        add_name(r, &comp->locals, &comp->nlocals, &comp->cap, e->name.id);
    if (e->kind == E_TUPLE || e->kind == E_LIST)
        for (int i = 0; i < e->seq.count; i++)
            bind_comprehension_target(r, comp, e->seq.items[i]);
    if (e->kind == E_STARRED)
        bind_comprehension_target(r, comp, e->unary.operand);
}

/* The scope whose code a comprehension is compiled into. */
static ScopeInfo *
code_owner(ScopeInfo *s)
{
    while (s->is_comprehension)
        s = s->parent;
    return s;
}

/* [elt for target in iter if cond ...], compiled inline (PEP 709, CPython
   3.12+): the first iterable is computed where the comprehension
   stands; its targets are its own names, in fast local slots of the
   code it is in: a function's own slot for a name that function binds
   too (saved and put back around the comprehension), else a hidden
   slot of its own, even in a module or class body. */
static void
resolve_comprehension(Resolver *r, ScopeInfo *s, Expr *e)
{
    Comprehension *gens = e->listcomp.generators;
    resolve_expr(r, s, gens[0].iter);
    ScopeInfo comp = {.parent = s, .is_comprehension = true, .code = s->code};
    for (int g = 0; g < e->listcomp.ngenerators; g++)
        bind_comprehension_target(r, &comp, gens[g].target);
    ScopeInfo *owner = code_owner(s);
    comp.slots = arena_alloc(r->arena, (size_t)comp.nlocals * sizeof(int) + 1);
    if (comp.slots == NULL) {
        PyErr_NoMemory();
        r->failed = true;
        return;
    }
    for (int i = 0; !r->failed && i < comp.nlocals; i++)
        comp.slots[i] = add_name(r, &owner->locals, &owner->nlocals,
                                 &owner->cap, comp.locals[i]);
    e->listcomp.slots = comp.slots;
    e->listcomp.nslots = comp.nlocals;
    for (int g = 0; !r->failed && g < e->listcomp.ngenerators; g++) {
        resolve_target(r, &comp, gens[g].target);
        if (g > 0)
            resolve_expr(r, &comp, gens[g].iter);
        for (int i = 0; i < gens[g].nifs; i++)
            resolve_expr(r, &comp, gens[g].ifs[i]);
    }
    resolve_expr(r, &comp, e->listcomp.key);
    resolve_expr(r, &comp, e->listcomp.elt);
}

/* A lambda's defaults belong to the scope it is in; its body is a
   function of its own, named <lambda>. */
static void
resolve_lambda(Resolver *r, ScopeInfo *s, Expr *e)
{
    for (int i = 0; i < e->lambda.ndefaults; i++)
        resolve_expr(r, s, e->lambda.defaults[i]);
    for (int i = 0; i < e->lambda.code->co_kwonlyargcount; i++)
        resolve_expr(r, s, e->lambda.kwdefaults[i]);
    PyObject *name = PyUnicode_FromString("<lambda>");
    if (name == NULL || arena_own(r->arena, name) < 0) {
        r->failed = true;
        return;
    }
    resolve_code(r, s, e->lambda.code, name, e->lambda.params,
                 e->lambda.nparams, true, e->line);
}

static void
resolve_block(Resolver *r, ScopeInfo *s, Stmt *st)
{
    for (; st != NULL && !r->failed && enter_node(r); st = st->next) {
        switch (st->kind) {
        case S_EXPR:
        case S_RETURN:
            resolve_expr(r, s, st->expr);
            break;
        case S_ASSIGN:
            for (int i = 0; i < st->assign.count; i++)
                resolve_target(r, s, st->assign.targets[i]);
            resolve_expr(r, s, st->assign.value);
            break;
        case S_AUGASSIGN:
            resolve_target(r, s, st->augassign.target);
            resolve_expr(r, s, st->augassign.value);
            break;
        case S_DEL:
            for (int i = 0; i < st->del.count; i++)
                resolve_target(r, s, st->del.targets[i]);
            break;
        case S_IF:
            resolve_expr(r, s, st->if_.test);
            resolve_block(r, s, st->if_.body);
            resolve_block(r, s, st->if_.orelse);
            break;
        case S_WHILE:
            resolve_expr(r, s, st->while_.test);
            resolve_block(r, s, st->while_.body);
            resolve_block(r, s, st->while_.orelse);
            break;
        case S_FOR:
            resolve_target(r, s, st->for_.target);
            resolve_expr(r, s, st->for_.iter);
            resolve_block(r, s, st->for_.body);
            resolve_block(r, s, st->for_.orelse);
            break;
        case S_TRY:
            resolve_block(r, s, st->try_.body);
            for (int i = 0; i < st->try_.nhandlers; i++) {
                ExceptHandler *h = &st->try_.handlers[i];
                resolve_expr(r, s, h->type);
                if (h->name != NULL)
                    resolve_target(r, s, h->name);
                resolve_block(r, s, h->body);
            }
            resolve_block(r, s, st->try_.orelse);
            resolve_block(r, s, st->try_.finalbody);
            break;
        case S_RAISE:
            resolve_expr(r, s, st->raise.exc);
            resolve_expr(r, s, st->raise.cause);
            break;
        case S_ASSERT:
            resolve_expr(r, s, st->assert_.test);
            resolve_expr(r, s, st->assert_.msg);
            break;
        case S_DEF:
            for (int i = 0; i < st->ndecorators; i++)
                resolve_expr(r, s, st->decorators[i]);
            for (int i = 0; i < st->def.ndefaults; i++)
                resolve_expr(r, s, st->def.defaults[i]);
            for (int i = 0; i < st->def.code->co_kwonlyargcount; i++)
                resolve_expr(r, s, st->def.kwdefaults[i]);
            resolve_target(r, s, st->def.target);
            resolve_code(r, s, st->def.code, st->def.target->name.id,
                         st->def.params, st->def.nparams, true, st->line);
            break;
        case S_CLASS:
            for (int i = 0; i < st->ndecorators; i++)
                resolve_expr(r, s, st->decorators[i]);
            resolve_expr(r, s, st->class_.base);
            resolve_target(r, s, st->class_.target);
            resolve_code(r, s, st->class_.code, st->class_.target->name.id,
                         NULL, 0, false, st->line);
            break;
        case S_IMPORT:
            for (int i = 0; i < st->names.count; i++)
                resolve_name(r, s, st->names.targets[i]);
            break;
        case S_GLOBAL:
        case S_NONLOCAL:
            check_declaration(r, s, st);
            break;
        default:
            break;
        }
        r->depth--;
    }
}

int
resolve_module(Module *m, Stmt *body)
{
    /* (the depth of C recursion now: CPython starts its count there) */
    Resolver r = {.arena = &m->arena, .depth = interp.c_recursion};
    Code *code = arena_alloc(&m->arena, sizeof *code);
    PyObject *name = PyUnicode_FromString("<module>");
    if (code == NULL || name == NULL || arena_own(&m->arena, name) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    ScopeInfo s = {.code = code};
    _PyCode_InitHead(code);
    code->co_name = code->co_qualname = name;
    code->co_uses_dict = true;
    code->co_firstlineno = 1;
    code->co_body = body;
    collect(&r, &s, body);
    resolve_block(&r, &s, body);
    code->co_varnames = s.locals; /* a comprehension's hidden slots */
    code->co_nlocals = s.nlocals;
    m->code = code;
    return r.failed ? -1 : 0;
}
