/* The parser: tokens to a tree of statements and expressions, by
   recursive descent over Python's grammar (the part minipy supports). */
#include "parser.h"

#include "abstract.h"
#include "codeobject.h"
#include "errors.h"
#include "interp.h"
#include "lexer.h"
#include "longobject.h"
#include "pymem.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    Lexer lx;
    Token tok;               /* the current token */
    int prev_line, prev_end; /* where the token before ends: its last
                                character's line and column */
    int code_line, code_end; /* the same for the last token not a line's
                                end or an indentation */
    Arena *arena;
    int level;      /* CPython's grammar rules open here (rule_enter) */
    int as_target;  /* levels the next primary saves (expression_statement) */
    int in_loop;    /* loops around the statement, in this function */
    bool in_func;   /* directly inside a def (not a class body) */
    bool in_async;  /* directly inside an async def */
    int scopes;     /* defs and classes around the statement */
    int defs;       /* defs around it */
    int statements; /* statements begun so far, compound or simple */
    int futures;    /* of those, from __future__ imports */
    bool docstring; /* the first is the module's docstring */
    bool failed;
    bool final;           /* the error stands whatever follows it */
    Unsupported early;    /* the first its symbol table (or future.c) would */
    bool early_one_caret; /* not widened to the statement */
    Unsupported late;     /* the first error CPython's compiler would find */
    bool interactive;     /* a statement typed at the prompt */
} Parser;

/* ---- errors ---- */

static void *
error_at(Parser *p, ExcKind kind, int line, int column, const char *fmt, ...)
{
    if (p->failed)
        return NULL;
    if (p->tok.start != NULL && *p->tok.start == '\0' && line == p->tok.line &&
        column == p->tok.column)
        lexer_end_position(&p->lx, &line, &column);
    va_list ap;
    va_start(ap, fmt);
    PyErr_SyntaxAtV(kind, line, column, fmt, ap);
    va_end(ap);
    /* at the token being read: all of it is underlined */
    TokenType t = p->tok.type;
    if (line == p->tok.line && column == p->tok.column && t != T_NEWLINE &&
        t != T_INDENT && t != T_DEDENT && t != T_END &&
        memchr(p->tok.start, '\n', (size_t)p->tok.length) == NULL)
        interp.error.end_column = column + p->tok.length;
    p->failed = true;
    return NULL;
}

/* An error about a node: all of it underlined, as CPython's
   RAISE_SYNTAX_ERROR_KNOWN_LOCATION does, when it is on one line. */
static void *
error_node(Parser *p, Expr *e, const char *fmt, ...)
{
    if (p->failed)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    PyErr_SyntaxAtV(EXC_SYNTAX, e->start_line, e->col + 1, fmt, ap);
    va_end(ap);
    if (e->end_line == e->start_line)
        interp.error.end_column = e->end_col + 1;
    p->failed = true;
    return NULL;
}

/* An error CPython finds after its parser: its symbol table's
   (early: duplicate argument, nonlocal, a yield in a comprehension, and
   future.c's before it) or its compiler's (late: 'return' outside
   function, ...).  The first of each is noted and the parse goes on, as
   CPython reports any syntax error in the text first; parse_ast raises
   an early one once the whole text has parsed, and the pipeline a late
   one after the symbol table has run (_PyParser_CompileError). */
static void
note_error(Parser *p, Unsupported *slot, int line, int column, const char *fmt,
           va_list ap)
{
    if (p->failed || slot->line > 0)
        return;
    vsnprintf(slot->message, sizeof slot->message, fmt, ap);
    slot->line = line;
    slot->column = column;
    slot->end_column = 0;
    if (line == p->tok.line && column == p->tok.column && p->tok.length > 1)
        slot->end_column = column + p->tok.length;
}

static void
late_error(Parser *p, int line, int column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    note_error(p, &p->late, line, column, fmt, ap);
    va_end(ap);
}

static void
early_error(Parser *p, int line, int column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    note_error(p, &p->early, line, column, fmt, ap);
    va_end(ap);
}

/* A syntax error at the current token. */
static void *
syntax_error(Parser *p, const char *message)
{
    return error_at(p, EXC_SYNTAX, p->tok.line, p->tok.column, "%s", message);
}

/* A construct minipy lacks, in a text that may well be Python: noted
   where it starts, and the parse goes on.  The text may yet hold a
   syntax error, which CPython would report first; parse_ast raises the
   first construct noted only once all of the text has parsed. */
static void
defer_unsupported(Parser *p, int line, int column, const char *what)
{
    if (!p->failed)
        lexer_note_unsupported(&p->lx, line, column,
                               "minipy does not support %s", what);
}

static void *
no_memory(Parser *p)
{
    if (!p->failed)
        PyErr_NoMemory();
    p->failed = true;
    return NULL;
}

/* After the symbol table (resolved: what resolve_module returned): the
   error CPython's compiler would raise, unless the symbol table raised
   a SyntaxError of its own first; a construct minipy lacks, which the
   symbol table may name (a closure), gives way to it. */
int
_PyParser_CompileError(Module *m, int resolved)
{
    if (m->compile_error.line == 0 ||
        (resolved < 0 && !PyErr_ExceptionMatches(EXC_NOT_IMPLEMENTED)))
        return resolved;
    PyErr_Clear();
    PyErr_SyntaxAt(EXC_SYNTAX, m->compile_error.line, m->compile_error.column,
                   "%s", m->compile_error.message);
    interp.error.end_column = m->compile_error.end_column;
    return -1;
}

/* ---- tokens ---- */

static void
advance(Parser *p)
{
    p->prev_line = p->tok.line;
    p->prev_end = p->tok.column + p->tok.length - 1;
    /* a string may go on over lines: it ends on its last */
    for (const char *c = p->tok.start, *end = c ? c + p->tok.length : c;
         c != NULL && (c = memchr(c, '\n', (size_t)(end - c))) != NULL;) {
        c++;
        p->prev_line++;
        p->prev_end = (int)(end - c);
    }
    TokenType t = p->tok.type;
    if (t != T_NEWLINE && t != T_INDENT && t != T_DEDENT && t != T_END) {
        p->code_line = p->prev_line;
        p->code_end = p->prev_end;
    }
    if (!p->failed && !lexer_next(&p->lx, &p->tok))
        p->failed = true;
}

static bool
check(Parser *p, TokenType type)
{
    return !p->failed && p->tok.type == type;
}

static bool
accept(Parser *p, TokenType type)
{
    if (!check(p, type))
        return false;
    advance(p);
    return true;
}

/* A keyword the lexer does not name (try, raise, ...): is it this one? */
static bool
is_word(Parser *p, const char *word)
{
    return check(p, T_OTHER_KEYWORD) && (int)strlen(word) == p->tok.length &&
           memcmp(p->tok.start, word, (size_t)p->tok.length) == 0;
}

static bool
expect(Parser *p, TokenType type, const char *message)
{
    if (accept(p, type))
        return true;
    syntax_error(p, message);
    return false;
}

/* The ':' of a compound statement.  CPython says it expected one where
   the line ends instead, or always after what must be followed by one
   (forced: def, try, else, finally); elsewhere it is invalid syntax. */
static bool
expect_colon(Parser *p, bool forced)
{
    return expect(p, T_COLON,
                  forced || check(p, T_NEWLINE) ? "expected ':'"
                                                : "invalid syntax");
}

/* Read ahead on a copy of the lexer, from the token after the current
   one, showing each token to look until it returns false or the text
   ends; the parse stays where it is.  An error the copy meets, the
   parse meets again when it gets there. */
static void
look_ahead(Parser *p, bool (*look)(void *ctx, const Token *tok), void *ctx)
{
    Lexer *copy = PyMem_RawMalloc(sizeof *copy);
    if (copy == NULL) {
        no_memory(p);
        return;
    }
    *copy = p->lx;
    copy->quiet = true;
    copy->buffer = NULL; /* its strings go to a buffer of its own */
    copy->buffer_cap = 0;
    Token tok;
    while (lexer_next(copy, &tok) && tok.type != T_END && look(ctx, &tok)) {
    }
    if (copy->failed)
        PyErr_Clear();
    lexer_free(copy);
    PyMem_RawFree(copy);
}

static bool
take_one(void *ctx, const Token *tok)
{
    *(Token *)ctx = *tok;
    return false;
}

/* The token after the current one (T_END at the end of the text). */
static Token
peek(Parser *p)
{
    Token next = {.type = T_END};
    look_ahead(p, take_one, &next);
    return next;
}

/* ---- nodes and the objects they hold ---- */

static Expr *
new_expr(Parser *p, ExprKind kind, Token *at)
{
    Expr *e = arena_alloc(p->arena, sizeof *e);
    if (e == NULL)
        return no_memory(p);
    e->kind = kind;
    e->line = e->start_line = e->end_line = at->line;
    e->column = at->column;
    e->col = at->column - 1;
    e->end_col = e->col + at->length;
    return e;
}

static Stmt *
new_stmt(Parser *p, StmtKind kind, int line)
{
    Stmt *s = arena_alloc(p->arena, sizeof *s);
    if (s == NULL)
        return no_memory(p);
    s->kind = kind;
    s->line = line;
    return s;
}

/* e's place in the source, as CPython's tree has it: from the first
   token of the rule that made it, first, to the last token read, the one
   before the current (brackets included: a call's, a display's, those
   around an operand; not those of a parenthesized expression alone). */
static Expr *
span(Parser *p, Expr *e, const Token *first)
{
    if (e != NULL) {
        e->start_line = first->line;
        e->col = first->column - 1;
        e->end_line = p->prev_line;
        e->end_col = p->prev_end;
    }
    return e;
}

/* What CPython's errors call a starred expression, *x. */
static const char STARRED[] = "starred";
/* starred()'s what for *a in a display, which minipy compiles. */
static const char IN_A_DISPLAY[] = "unpacking with * in a display";

/* A node standing for a construct minipy lacks (Expr.unsupported), at
   line, column: CPython's name for it, and what it holds. */
static Expr *
placeholder(Parser *p, int line, int column, const char *name, Expr *inner)
{
    Token at = {.line = line, .column = column};
    Expr *e = new_expr(p, E_UNARY, &at);
    if (e != NULL) {
        e->unsupported = name;
        e->unary.op = OP_POS;
        e->unary.operand = inner;
    }
    return e;
}

static bool
is_starred(const Expr *e)
{
    return e != NULL && (e->unsupported == STARRED || e->kind == E_STARRED);
}

/* The objects the program mentions are made in constants.c. */
static PyObject *
new_identifier(Parser *p, const char *text, int length)
{
    PyObject *name = _PyAST_Identifier(p->arena, text, length);
    return name != NULL ? name : no_memory(p);
}

static PyObject *
new_constant(Parser *p, PyObject *value)
{
    PyObject *constant = value ? _PyAST_Constant(p->arena, value) : NULL;
    return constant != NULL ? constant : no_memory(p);
}

/* A growable array of pointers, for argument lists and the like. */
typedef struct {
    void **items;
    int count, cap;
} List;

/* What parameter_list reads. */
typedef struct {
    List params, defaults, kwdefaults;
    int nposonly; /* positional-only parameters, before a / */
    int nkwonly;  /* keyword-only parameters */
    int flags;    /* CO_VARARGS, CO_VARKEYWORDS */
} Params;

static bool
list_push(Parser *p, List *list, void *item)
{
    if (list->count == list->cap) {
        int cap = list->cap ? 2 * list->cap : 4;
        void **grown = arena_alloc(p->arena, (size_t)cap * sizeof(void *));
        if (grown == NULL)
            return no_memory(p) != NULL;
        if (list->count > 0)
            memcpy(grown, list->items, (size_t)list->count * sizeof(void *));
        list->items = grown;
        list->cap = cap;
    }
    list->items[list->count++] = item;
    return true;
}

/* ---- expressions ---- */

static Expr *test(Parser *p);
static bool parameter_list(Parser *p, Params *out, TokenType end);
static Expr *or_test(Parser *p);
static Expr *testlist(Parser *p, bool allow_empty);
typedef enum {
    LEVEL_TERM,
    LEVEL_ARITH,
    LEVEL_SHIFT,
    LEVEL_AND,
    LEVEL_XOR,
    LEVEL_OR
} Level;
static Expr *binary(Parser *p, Level level);
static Expr *leftmost(Expr *e);
static Expr *yield_expr(Parser *p);
static bool is_op(Parser *p, const char *op);
static const char *expr_name(Expr *e);
static const char *target_name(Expr *e);
static bool type_params(Parser *p);
static bool starred_value(Parser *p, Expr *e);
static bool starts_for(Parser *p);

/* NAME := VALUE, after its NAME (target), where CPython takes one (a
   condition, an item of a display or of a call, an index): minipy
   lacks them. */
static Expr *
assignment_expression(Parser *p, Expr *target)
{
    if (target->kind != E_NAME) {
        Expr *at = leftmost(target);
        return error_at(p, EXC_SYNTAX, at->line, at->column,
                        "cannot use assignment expressions with %s",
                        expr_name(target));
    }
    advance(p);
    Expr *value = test(p);
    if (value == NULL)
        return NULL;
    defer_unsupported(p, target->line, target->column,
                      "assignment expressions (:=)");
    return placeholder(p, target->line, target->column, "named expression",
                       value);
}

/* An expression, or NAME := VALUE. */
/* `if x = 1:`, where a named expression may be: a comparison was
   meant (CPython's invalid_named_expression, Grammar/python.gram, 3.13),
   unless the value is followed by another = or :=. */
static Expr *
meant_comparison_here(Parser *p, Expr *e)
{
    Token equal = p->tok;
    advance(p);
    Expr *value = binary(p, LEVEL_OR);
    if (p->failed)
        return NULL;
    bool assignable = !(e->kind == E_LIST || e->kind == E_TUPLE ||
                        (e->kind == E_CONST &&
                         (e->constant == Py_True || e->constant == Py_False ||
                          e->constant == Py_None)));
    if (value == NULL || check(p, T_EQUAL) || is_op(p, ":=") || !assignable) {
        p->tok = equal; /* the error is CPython's at the = */
        return syntax_error(p, "invalid syntax");
    }
    if (e->kind == E_NAME) {
        error_at(p, EXC_SYNTAX, e->start_line, e->col + 1,
                 "invalid syntax. Maybe you meant '==' or ':=' instead of "
                 "'='?");
        if (value->end_line == e->start_line)
            interp.error.end_column = value->end_col + 1;
        return NULL;
    }
    return error_node(p, e,
                      "cannot assign to %s here. Maybe you meant '==' "
                      "instead of '='?",
                      expr_name(e));
}

static Expr *
named_test(Parser *p)
{
    Expr *e = test(p);
    if (e != NULL && check(p, T_EQUAL))
        return meant_comparison_here(p, e);
    return e != NULL && is_op(p, ":=") ? assignment_expression(p, e) : e;
}

/* *VALUE: an item of a tuple, a list or a set, an argument, an index or
   a target; minipy unpacks none.  what: the construct it makes, noted
   (NULL: the caller notes it); full: VALUE is a whole expression (in a
   call or an index), not only a bitwise_or. */
static Expr *
starred(Parser *p, const char *what, bool full)
{
    Token at = p->tok;
    advance(p);
    Expr *value = full ? test(p) : binary(p, LEVEL_OR);
    if (value == NULL)
        return NULL;
    if (what == IN_A_DISPLAY) { /* [*a, b], *a, b: compiled */
        Expr *e = new_expr(p, E_STARRED, &at);
        if (e != NULL)
            e->unary.operand = value;
        return span(p, e, &at);
    }
    if (what != NULL)
        defer_unsupported(p, at.line, at.column, what);
    return placeholder(p, at.line, at.column, STARRED, value);
}

/* ---- how deep the parser may go ----

   CPython 3.13's parser (Parser/parser.c, generated by pegen from
   Grammar/python.gram) counts the grammar rules it is inside: every
   rule's function adds one to p->level on the way in and takes it off
   on the way out, and a rule entered at level MAXSTACK (6000) fails
   with MemoryError.  There is no other limit on nesting in the parser,
   only the tokenizer's 200 open brackets and 100 indentation levels.
   A chain that the grammar writes left-recursive (a + b + c, a.b.c,
   f()()) is grown in a loop, so its length costs nothing here; the
   compiler's passes limit it (resolve.c).

   Each function below stands for one or more of CPython's rules and
   adds as many levels as CPython's rules take for the same text: one
   for each '-' of - - x (factor), two for each ** of a ** b ** c
   (factor, power), two for each lambda, 23 from an expression down to
   an atom.  The counts of the bracketed forms and of the statements
   were measured against CPython 3.13.0, as the difference a nesting
   makes to how many unary minuses still fit inside it, and set here so
   that minipy's deepest equals CPython's: 5966 minuses after "x = ",
   5963 inside print(), 2983 powers or lambdas, 1784 minuses inside 150
   parentheses, 1634 inside 150 lists, 2363 inside 150 calls, 5322
   inside 99 nested blocks, 5962 elifs; about 80 forms measured, all
   equal.  (CPython's depth also depends on which of its alternatives
   first reached a piece of text, as it remembers them: the RULES_SAVED_
   counts model the one case that matters.)  tests/stress/deep_parse_*.py check
   the outcome on each side of each limit.  Counts are given back on the way
   out; after a failure they need not be, as the parse stops. */
#define MAXSTACK 6000

enum {
    RULES_MODULE = 3,         /* file, statements, statement+ */
    RULES_STATEMENT = 1,      /* statement */
    RULES_COMPOUND = 2,       /* compound_stmt, if_stmt (while_stmt, ...) */
    RULES_DEF = 1,            /* function_def_raw (class_def_raw) */
    RULES_BLOCK = 3,          /* block, statements, statement+ */
    RULES_BLOCK_LINE = 1,     /* block, on the line of its ':' */
    RULES_SIMPLE = 2,         /* simple_stmts, simple_stmt */
    RULES_KEYWORD = 1,        /* return_stmt, assert_stmt, raise_stmt, ... */
    RULES_CONDITION = 1,      /* named_expression (if, while, elif) */
    RULES_STAR_EXPR = 2,      /* star_expressions, star_expression */
    RULES_ASSIGNMENT = 2,     /* assignment, (yield_expr | star_expressions) */
    RULES_NEXT_ITEM = 2,      /* a loop and a group, for each later item */
    RULES_NEXT_LIST_ITEM = 1, /* the same in a list display */
    RULES_CLAUSE = 1,         /* elif_stmt, else_block, except_block, ... */
    RULES_EXPRESSION = 1,     /* expression */
    RULES_LAMBDA = 1,         /* lambdef */
    RULES_BOOL = 1,           /* disjunction (conjunction) */
    RULES_NOT = 1,            /* inversion */
    RULES_COMPARISON = 1,     /* comparison */
    RULES_NEXT_COMPARE = 3,   /* loop, compare_op_bitwise_or_pair, lt_... */
    RULES_BINARY = 2,         /* bitwise_or and its left-recursive body */
    RULES_FACTOR = 1,         /* factor */
    RULES_POWER = 1,          /* power */
    RULES_PRIMARY = 3,        /* await_primary, primary and its body */
    RULES_ATOM = 1,           /* atom */
    RULES_LEAF = 1,           /* what a name or number is matched with */
    RULES_GROUP = 5,          /* (x): tuple, group, genexp tried in turn */
    RULES_DISPLAY = 6,        /* [x], {k: v}, [x for ...]: list, dict, ... */
    RULES_ARGUMENT = 2,       /* f(x), a[x]: arguments (slices) */
    RULES_NEXT_ARGUMENT = 4,  /* f(a, x): args' loop, group, alternatives */
    RULES_KEYWORD_ARG = 3,    /* f(k=x): kwargs, kwarg_or_starred, ... */
    /* [x for x in y]: y is reached through for_if_clauses, not through
       the display's items: two rules fewer than those */
    RULES_FOR_CLAUSE = -1,
    RULES_IF_CLAUSE = 1, /* [x for x in y if c]: c */
    /* A statement that starts with a name or a bracket may be an
       assignment: CPython tries it as a target first (single_subscript_
       attribute_target, or star_targets after an "="), through t_primary,
       far fewer rules deep, and keeps what it parsed on the way for the
       expression.  The primary it starts with costs that much less. */
    RULES_SAVED_AS_TARGET = 19,
    RULES_SAVED_AS_VALUE = 18,   /* after "=": star_targets is deeper */
    RULES_SAVED_AS_DELETED = 17, /* del a[x]: del_targets, del_t_atom */
    /* CPython tries every simple statement as an expression first
       (simple_stmt's star_expressions), down to the atom that fails on
       "pass" or "return": as deep as a name would be. */
    RULES_EXPRESSION_PROBE = 26,
    /* f"{x}": fstring_middle, fstring_replacement_field and the rules
       down to x's expression; measured, as x = f"{- - ... 1}" compiles
       with 5951 minuses in CPython 3.13 */
    RULES_FSTRING_FIELD = 9,
};

/* Enter as many of CPython's rules; false, with CPython's MemoryError,
   past MAXSTACK, or when the C stack runs short first (a small ulimit
   -s: the same error then, rather than a crash). */
static bool
rule_enter(Parser *p, int rules)
{
    p->level += rules;
    if (p->failed)
        return false;
    if (p->level > MAXSTACK || !_Py_CStackLeft()) {
        PyErr_Format(EXC_MEMORY, "Parser stack overflowed - Python source "
                                 "too complex to parse");
        p->failed = true;
        p->final = true;
        return false;
    }
    return true;
}

static void
rule_leave(Parser *p, int rules)
{
    p->level -= rules;
}

/* An expression reached through more of CPython's rules than the
   common path: the second item of a tuple, a keyword argument. */
static Expr *
test_within(Parser *p, int rules)
{
    Expr *e = rule_enter(p, rules) ? test(p) : NULL;
    rule_leave(p, rules);
    return e;
}

static Expr *named_test(Parser *p);

/* A named_expression (x := 1 or an expression), as test_within. */
static Expr *
named_within(Parser *p, int rules)
{
    Expr *e = rule_enter(p, rules) ? named_test(p) : NULL;
    rule_leave(p, rules);
    return e;
}

static Expr *
constant(Parser *p, Token *at, PyObject *value)
{
    Expr *e = new_expr(p, E_CONST, at);
    if (e == NULL) {
        Py_XDECREF(value);
        return NULL;
    }
    if ((e->constant = new_constant(p, value)) == NULL)
        return NULL;
    return e;
}

/* A string token's text: an empty literal may have none to point at. */
static const char *
token_text(Parser *p)
{
    return p->tok.string != NULL ? p->tok.string : "";
}

/* Text to go into a string: added to what the literals before it
   gave, not yet a node. */
static bool
add_text(Parser *p, PyObject **text, const char *s, Py_ssize_t n)
{
    PyObject *more = PyUnicode_FromStringAndSize(n > 0 ? s : "", n);
    if (more == NULL)
        return no_memory(p) != NULL;
    if (*text == NULL) {
        *text = more;
        return true;
    }
    PyObject *joined = PyNumber_Add(*text, more);
    Py_DECREF(more);
    Py_SETREF(*text, joined);
    return joined != NULL || no_memory(p) != NULL;
}

/* The text so far becomes a part of the f-string (if there is any). */
static bool
flush_text(Parser *p, List *parts, PyObject **text, Token *at)
{
    PyObject *value = *text;
    *text = NULL;
    if (value == NULL)
        return true;
    if (PyUnicode_GetLength(value) == 0) {
        Py_DECREF(value);
        return true;
    }
    Expr *e = constant(p, at, value);
    return e != NULL && list_push(p, parts, e);
}

static Expr *
joined_string(Parser *p, Token *at, List *parts)
{
    Expr *e = new_expr(p, E_JOINEDSTR, at);
    if (e != NULL) {
        e->joined.values = (Expr **)parts->items;
        e->joined.count = parts->count;
    }
    return e;
}

static bool fstring_parts(Parser *p, List *parts, PyObject **text, bool spec);
static bool starts_operand(TokenType type);
static bool forgot_comma(Parser *p, Expr *item);

/* The expression of a replacement field: CPython's messages for a field
   with none (Grammar/python.gram, invalid_replacement_field, 3.13). */
static Expr *
field_expression(Parser *p)
{
    TokenType t = p->tok.type;
    char message[64];
    if (t == T_EQUAL || t == T_BANG || t == T_COLON || t == T_RBRACE) {
        snprintf(message, sizeof message,
                 "f-string: valid expression required before '%c'",
                 *p->tok.start);
        return syntax_error(p, message);
    }
    if (is_word(p, "lambda"))
        return syntax_error(p, "f-string: lambda expressions are not "
                               "allowed without parentheses");
    if (!starts_operand(t) && t != T_LPAR && t != T_LSQB && t != T_MINUS &&
        t != T_PLUS && t != T_NOT && t != T_OTHER_OP && t != T_STAR &&
        t != T_OTHER_KEYWORD)
        return syntax_error(p, "f-string: expecting a valid expression "
                               "after '{'");
    if (is_word(p, "yield"))
        return yield_expr(p);
    Expr *value = testlist(p, false);
    if (value != NULL && (forgot_comma(p, value) || starred_value(p, value)))
        return NULL;
    return value;
}

/* !s, !r or !a after a field's expression: the letter, or 0 on an
   error. */
static int
conversion(Parser *p)
{
    Token bang = p->tok;
    advance(p);
    if (check(p, T_COLON) || check(p, T_RBRACE))
        return syntax_error(p, "f-string: missing conversion character"), 0;
    if (!check(p, T_NAME))
        return syntax_error(p, "f-string: invalid conversion character"), 0;
    if (p->tok.start != bang.start + 1) {
        error_at(p, EXC_SYNTAX, bang.line, bang.column,
                 "f-string: conversion type must come right after the "
                 "exclamanation mark"); /* sic, in CPython 3.13 */
        return 0;
    }
    char c = *p->tok.start;
    if (p->tok.length != 1 || (c != 's' && c != 'r' && c != 'a')) {
        error_at(p, EXC_SYNTAX, p->tok.line, p->tok.column,
                 "f-string: invalid conversion character '%.*s': expected "
                 "'s', 'r', or 'a'",
                 p->tok.length, p->tok.start);
        return 0;
    }
    advance(p);
    return c;
}

/* ':' and the format spec after it, up to the field's '}'. */
static Expr *
format_spec(Parser *p)
{
    Token colon = p->tok;
    advance(p);
    List parts = {0};
    PyObject *text = NULL;
    bool ok = fstring_parts(p, &parts, &text, true) &&
              flush_text(p, &parts, &text, &colon);
    Py_XDECREF(text);
    if (!ok)
        return NULL;
    if (!check(p, T_RBRACE))
        return syntax_error(p, "f-string: expecting '}', or format specs");
    if (parts.count == 0) /* an empty spec is the constant '' */
        return constant(p, &colon, PyUnicode_FromString(""));
    return joined_string(p, &colon, &parts);
}

/* {EXPRESSION=!C:SPEC}: a field of an f-string (or of its format
   spec), added to parts; x= adds its text first, as CPython does. */
static bool
replacement_field(Parser *p, List *parts, PyObject **text)
{
    Token brace = p->tok;
    advance(p);
    if (!rule_enter(p, RULES_FSTRING_FIELD)) {
        rule_leave(p, RULES_FSTRING_FIELD);
        return false;
    }
    Expr *value = field_expression(p), *spec = NULL;
    int conv = -1;
    bool debug = value != NULL && check(p, T_EQUAL);
    if (debug) {
        advance(p);
        const char *from = brace.start + 1;
        if (p->failed || !add_text(p, text, from, p->tok.start - from))
            value = NULL;
        else if (!check(p, T_BANG) && !check(p, T_COLON) && !check(p, T_RBRACE))
            value = syntax_error(p, "f-string: expecting '!', or ':', or "
                                    "'}'");
    } else if (value != NULL && !check(p, T_BANG) && !check(p, T_COLON) &&
               !check(p, T_RBRACE)) {
        value = syntax_error(p, "f-string: expecting '=', or '!', or ':', "
                                "or '}'");
    }
    if (value != NULL && check(p, T_BANG) && (conv = conversion(p)) == 0)
        value = NULL;
    if (value != NULL && !check(p, T_COLON) && !check(p, T_RBRACE))
        value = syntax_error(p, "f-string: expecting ':' or '}'");
    if (value != NULL && check(p, T_COLON) && (spec = format_spec(p)) == NULL)
        value = NULL;
    if (debug && conv == -1 && spec == NULL)
        conv = 'r'; /* x= shows repr(x), unless a spec says otherwise */
    rule_leave(p, RULES_FSTRING_FIELD);
    if (value == NULL || !expect(p, T_RBRACE, "f-string: expecting '}'"))
        return false;
    Expr *e = span(p, new_expr(p, E_FORMATTED, &brace), &brace);
    if (e == NULL || !flush_text(p, parts, text, &brace))
        return false;
    e->formatted.value = value;
    e->formatted.conversion = conv;
    e->formatted.spec = spec;
    return list_push(p, parts, e);
}
/* An f-string's text and fields up to its end (or, in a format spec,
   up to the field's '}'), added to parts. */
static bool
fstring_parts(Parser *p, List *parts, PyObject **text, bool spec)
{
    for (;;) {
        if (check(p, T_FSTRING_MIDDLE)) {
            if (!add_text(p, text, p->tok.string, p->tok.string_length))
                return false;
            advance(p);
        } else if (check(p, T_LBRACE)) {
            if (!replacement_field(p, parts, text))
                return false;
        } else {
            break;
        }
    }
    if (p->failed)
        return false;
    if (!spec && !check(p, T_FSTRING_END))
        return syntax_error(p, "f-string: expecting '}'") != NULL;
    return true;
}

static bool
has_fields(List *parts)
{
    for (int i = 0; i < parts->count; i++)
        if (((Expr *)parts->items[i])->kind == E_FORMATTED)
            return true;
    return false;
}

/* Adjacent string literals are one string: "ab" "cd" is "abcd".  With
   f-strings among them it is an f-string, whose texts are joined the
   same way; without a field it is a constant (as in CPython 3.12+). */
static Expr *
strings(Parser *p)
{
    Token first = p->tok;
    List parts = {0};
    PyObject *text = NULL;
    bool ok = true;
    int bytes = 0, others = 0;
    while (ok && (check(p, T_STRING) || check(p, T_FSTRING_START))) {
        bytes += p->tok.bytes;
        others += !p->tok.bytes;
        if (check(p, T_STRING)) {
            ok = add_text(p, &text, token_text(p), p->tok.string_length);
            advance(p);
            continue;
        }
        advance(p);
        ok = fstring_parts(p, &parts, &text, false);
        if (ok)
            advance(p);
    }
    if (ok && bytes > 0 && others > 0)
        ok = syntax_error(p, "cannot mix bytes and nonbytes literals") != NULL;
    if (!ok) {
        Py_XDECREF(text);
        return NULL;
    }
    if (!has_fields(&parts))
        return span(p,
                    constant(p, &first, text ? text : PyUnicode_FromString("")),
                    &first);
    if (!flush_text(p, &parts, &text, &first))
        return NULL;
    return span(p, joined_string(p, &first, &parts), &first);
}

static Expr *
sequence(Parser *p, ExprKind kind, Token *at, List *items)
{
    Expr *e = span(p, new_expr(p, kind, at), at);
    if (e == NULL)
        return NULL;
    e->seq.items = (Expr **)items->items;
    e->seq.count = items->count;
    return e;
}

/* Where an expression starts: a call, an attribute, a subscript or an
   operator records the token that made it ('(', '.', '+'), and errors
   point at the start of the whole expression, as CPython's do. */
static Expr *
leftmost(Expr *e)
{
    for (;;) {
        switch (e->kind) {
        case E_ATTR:
            e = e->attr.value;
            break;
        case E_SUBSCRIPT:
            e = e->subscript.value;
            break;
        case E_CALL:
            e = e->call.func;
            break;
        case E_BINOP:
            e = e->binop.left;
            break;
        case E_COMPARE:
            e = e->compare.left;
            break;
        case E_BOOLOP:
            e = e->boolop.values[0];
            break;
        case E_IFEXP:
            e = e->ifexp.body;
            break;
        default:
            return e;
        }
    }
}

/* Can this token begin an operand?  (After an operand, a "(", "[" or
   "-" would have continued it.) */
static bool
starts_operand(TokenType type)
{
    switch (type) {
    case T_NAME:
    case T_NUMBER:
    case T_STRING:
    case T_FSTRING_START:
    case T_LBRACE:
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
        return true;
    default:
        return false;
    }
}

/* Can this token begin an atom? */
static bool
starts_atom(TokenType type)
{
    return starts_operand(type) || type == T_LPAR || type == T_LSQB;
}

static Expr *testlist(Parser *p, bool star);

/* Where the expression from the current token on ends (list: the
   expressions, a, b; line, column of the last character), read on a copy of the
   lexer, for an error that underlines them: the parse stays where it is.  False
   if they do not read. */
static bool
end_of_next(Parser *p, bool list, int *end_line, int *end)
{
    Lexer real = p->lx;
    Token tok = p->tok;
    int prev_line = p->prev_line, prev_end = p->prev_end;
    p->lx.buffer = NULL; /* the copy reads into a buffer of its own */
    p->lx.buffer_cap = 0;
    Expr *next = list ? testlist(p, false) : test(p);
    *end_line = p->prev_line;
    *end = p->prev_end;
    bool read = next != NULL && !p->failed;
    if (!read)
        PyErr_Clear();
    lexer_free(&p->lx);
    p->lx = real;
    p->tok = tok;
    p->prev_line = prev_line;
    p->prev_end = prev_end;
    p->failed = false;
    return read;
}

/* "[1 2]": two operands side by side inside brackets.  CPython guesses
   a missing comma, unless a name is followed by a string (a mistyped
   keyword, more likely). */
static bool
forgot_comma(Parser *p, Expr *item)
{
    if (!starts_operand(p->tok.type) ||
        (item->kind == E_NAME &&
         (p->tok.type == T_STRING || p->tok.type == T_FSTRING_START)))
        return false;
    /* underlined from the item to the end of the next one (if it does not
       read, to the end of its first token) */
    Token tok = p->tok;
    int end_line, end;
    bool read = end_of_next(p, false, &end_line, &end);
    error_at(p, EXC_SYNTAX, item->start_line, item->col + 1,
             "invalid syntax. Perhaps you forgot a comma?");
    if (read && end_line == item->start_line)
        interp.error.end_column = end + 1;
    else if (!read && tok.line == item->start_line) /* its first token */
        interp.error.end_column = tok.column + tok.length;
    return true;
}

/* "print x": a Python 2 statement, which CPython recognises. */
static bool
legacy_statement(Parser *p, Expr *name)
{
    const char *id = PyUnicode_AsUTF8(name->name.id);
    if ((strcmp(id, "print") != 0 && strcmp(id, "exec") != 0) ||
        !starts_operand(p->tok.type))
        return false;
    int end_line, end; /* underlined to the end of what it prints */
    bool read = end_of_next(p, true, &end_line, &end);
    error_at(p, EXC_SYNTAX, name->line, name->column,
             "Missing parentheses in call to '%s'. Did you mean %s(...)?", id,
             id);
    if (read && end_line == name->line)
        interp.error.end_column = end + 1;
    return true;
}

/* What follows "(" or "[": items, or a comprehension, whose element
   and "for" stop here. */
static bool
display_items(Parser *p, TokenType close, List *items, bool *comma)
{
    *comma = false;
    while (!check(p, close) && !p->failed) {
        Expr *item;
        if (check(p, T_STAR)) {
            item = starred(p, IN_A_DISPLAY, false);
        } else if (close == T_RPAR && is_op(p, "**")) {
            return syntax_error(p, "cannot use double starred expression "
                                   "here") != NULL;
        } else {
            item = items->count == 0
                       ? test(p)
                       : test_within(p, close == T_RPAR ? RULES_NEXT_ITEM
                                                        : RULES_NEXT_LIST_ITEM);
            if (item != NULL && is_op(p, ":="))
                item = assignment_expression(p, item);
        }
        if (item == NULL || !list_push(p, items, item))
            return false;
        if (starts_for(p) && items->count == 1 && !*comma)
            return true;
        if (starts_for(p) && close == T_RSQB) {
            Expr *at = leftmost(items->items[0]);
            return error_at(p, EXC_SYNTAX, at->line, at->column,
                            "did you forget parentheses around the "
                            "comprehension target?") != NULL;
        }
        if (forgot_comma(p, item))
            return false;
        if (!accept(p, T_COMMA))
            break;
        *comma = true;
    }
    return !p->failed;
}

static Expr *for_target(Parser *p);

/* Does a comprehension's "for" (or "async for") start here? */
static bool
starts_for(Parser *p)
{
    return check(p, T_FOR) || (is_word(p, "async") && peek(p).type == T_FOR);
}

static Expr *
or_test_within(Parser *p, int rules)
{
    Expr *e = rule_enter(p, rules) ? or_test(p) : NULL;
    rule_leave(p, rules);
    return e;
}

/* What a yield's placeholder is called (yield_expr). */
static const char YIELD[] = "yield expression";

static const Expr *first_yield(const Expr *e);

static const Expr *
first_yield_of(Expr *const *items, int count)
{
    const Expr *y = NULL;
    for (int i = 0; i < count && y == NULL; i++)
        y = first_yield(items[i]);
    return y;
}

/* The first yield in e, in the order CPython's symbol table visits it,
   leaving out lambdas (each a function of its own, where a yield may
   be) and what a comprehension inside e evaluates in its own scope. */
static const Expr *
first_yield(const Expr *e)
{
    if (e == NULL)
        return NULL;
    if (e->unsupported != NULL)
        return e->unsupported == YIELD ? e : first_yield(e->unary.operand);
    switch (e->kind) {
    case E_LIST:
    case E_TUPLE:
        return first_yield_of(e->seq.items, e->seq.count);
    case E_DICT:
        for (int i = 0; i < e->dict.count; i++) {
            const Expr *y = first_yield(e->dict.keys[i]);
            if (y != NULL || (y = first_yield(e->dict.values[i])) != NULL)
                return y;
        }
        return NULL;
    case E_ATTR:
        return first_yield(e->attr.value);
    case E_SUBSCRIPT: {
        const Expr *y = first_yield(e->subscript.value);
        return y != NULL ? y : first_yield(e->subscript.index);
    }
    case E_SLICE: {
        const Expr *y = first_yield(e->slice.lower);
        y = y != NULL ? y : first_yield(e->slice.upper);
        return y != NULL ? y : first_yield(e->slice.step);
    }
    case E_CALL: {
        const Expr *y = first_yield(e->call.func);
        return y != NULL
                   ? y
                   : first_yield_of(e->call.args, e->call.nargs + e->call.nkw);
    }
    case E_BINOP: {
        const Expr *y = first_yield(e->binop.left);
        return y != NULL ? y : first_yield(e->binop.right);
    }
    case E_UNARY:
    case E_NOT:
    case E_STARRED:
        return first_yield(e->unary.operand);
    case E_BOOLOP:
        return first_yield_of(e->boolop.values, e->boolop.count);
    case E_COMPARE: {
        const Expr *y = first_yield(e->compare.left);
        return y != NULL
                   ? y
                   : first_yield_of(e->compare.comparators, e->compare.count);
    }
    case E_IFEXP: {
        const Expr *y = first_yield(e->ifexp.test);
        y = y != NULL ? y : first_yield(e->ifexp.body);
        return y != NULL ? y : first_yield(e->ifexp.orelse);
    }
    case E_LISTCOMP: /* its first iterable is evaluated out here */
        return first_yield(e->listcomp.generators[0].iter);
    case E_JOINEDSTR:
        return first_yield_of(e->joined.values, e->joined.count);
    case E_FORMATTED: {
        const Expr *y = first_yield(e->formatted.value);
        return y != NULL ? y : first_yield(e->formatted.spec);
    }
    case E_CONST:
    case E_NAME:
    case E_LAMBDA:
        break;
    }
    return NULL;
}

/* A yield in a comprehension's own scope (its element, key, conditions
   and every iterable but the first): CPython's symbol table refuses it
   (symtable_raise_if_comprehension_block), naming the comprehension. */
static void
yield_in_comprehension(Parser *p, const List *clauses, const Expr *value,
                       const Expr *elt, const char *kind)
{
    const Expr *y = NULL;
    for (int i = 0; i < clauses->count && y == NULL; i++) {
        const Comprehension *gen = clauses->items[i];
        if (i > 0)
            y = first_yield(gen->iter);
        if (y == NULL)
            y = first_yield_of(gen->ifs, gen->nifs);
    }
    y = y != NULL ? y : first_yield(value); /* a dict's value, then key */
    y = y != NULL ? y : first_yield(elt);
    if (y == NULL)
        return;
    early_error(p, y->start_line, y->col + 1, "'yield' inside %s", kind);
    if (p->early.line == y->start_line && p->early.column == y->col + 1 &&
        y->end_line == y->start_line)
        p->early.end_column = y->end_col + 1;
}

/* The "for ... in ... if ..." clauses after the element of the
   comprehension starting at "at", added to clauses; generator: it is a
   generator expression, which may be asynchronous anywhere. */
static bool
comprehension_clauses(Parser *p, Token *at, Expr *elt, List *clauses,
                      bool generator)
{
    if (is_starred(elt))
        return error_at(p, EXC_SYNTAX, elt->line, elt->column,
                        "iterable unpacking cannot be used in "
                        "comprehension") != NULL;
    while (!p->failed && (check(p, T_FOR) || is_word(p, "async"))) {
        if (is_word(p, "async")) {
            Token async = p->tok;
            advance(p);
            if (!check(p, T_FOR))
                return syntax_error(p, "invalid syntax") != NULL;
            if (!p->in_async && !generator)
                late_error(p, at->line, at->column,
                           "asynchronous comprehension outside of an "
                           "asynchronous function");
            defer_unsupported(p, async.line, async.column,
                              "async code (async for)");
        }
        advance(p);
        Comprehension *gen = arena_alloc(p->arena, sizeof *gen);
        List ifs = {0};
        if (gen == NULL)
            return no_memory(p) != NULL;
        if ((gen->target = for_target(p)) == NULL ||
            !expect(p, T_IN, "'in' expected after for-loop variables") ||
            (gen->iter = or_test_within(p, RULES_FOR_CLAUSE)) == NULL)
            return false;
        while (accept(p, T_IF)) {
            Expr *cond = or_test_within(p, RULES_IF_CLAUSE);
            if (cond == NULL || !list_push(p, &ifs, cond))
                return false;
        }
        gen->ifs = (Expr **)ifs.items;
        gen->nifs = ifs.count;
        if (!list_push(p, clauses, gen))
            return false;
    }
    return !p->failed;
}

/* A comprehension, from its element to the bracket that closes it
   (close); key: a dict comprehension's, elt its value.  name: NULL for
   a list comprehension; else CPython's name for it. */
static Expr *
comprehension(Parser *p, Token *at, Expr *key, Expr *elt, TokenType close,
              const char *name)
{
    List clauses = {0};
    if (!comprehension_clauses(p, at, elt, &clauses, close == T_RPAR) ||
        !expect(p, close, "invalid syntax"))
        return NULL;
    yield_in_comprehension(p, &clauses, key != NULL ? elt : NULL,
                           key != NULL ? key : elt,
                           name != NULL ? name : "list comprehension");
    if (name != NULL && key == NULL) {
        defer_unsupported(p, at->line, at->column,
                          close == T_RPAR ? "generator expressions"
                                          : "set comprehensions");
        return placeholder(p, at->line, at->column, name, elt);
    }
    Expr *e = span(p, new_expr(p, E_LISTCOMP, at), at);
    Comprehension *flat =
        e ? arena_alloc(p->arena, (size_t)clauses.count * sizeof *flat) : NULL;
    if (flat == NULL)
        return p->failed ? NULL : no_memory(p);
    for (int i = 0; i < clauses.count; i++)
        flat[i] = *(Comprehension *)clauses.items[i];
    e->listcomp.key = key;
    e->listcomp.elt = elt;
    e->listcomp.generators = flat;
    e->listcomp.ngenerators = clauses.count;
    return e;
}

/* (x), (x, y), (x for ...), (yield x) */
static Expr *
paren_atom(Parser *p, Token *at)
{
    if (is_word(p, "yield")) {
        Expr *e = yield_expr(p);
        return e != NULL && expect(p, T_RPAR, "invalid syntax") ? e : NULL;
    }
    List items = {0};
    bool comma;
    if (!display_items(p, T_RPAR, &items, &comma))
        return NULL;
    if (items.count == 1 && !comma && starts_for(p))
        return comprehension(p, at, NULL, items.items[0], T_RPAR,
                             "generator expression");
    if (!expect(p, T_RPAR, "invalid syntax"))
        return NULL;
    if (items.count == 1 && !comma) {
        Expr *e = items.items[0];
        if (is_starred(e))
            return error_at(p, EXC_SYNTAX, e->line, e->column,
                            "cannot use starred expression here");
        return e;
    }
    return sequence(p, E_TUPLE, at, &items);
}

static Expr *
list_atom(Parser *p, Token *at)
{
    List items = {0};
    bool comma;
    if (!display_items(p, T_RSQB, &items, &comma))
        return NULL;
    if (items.count == 1 && !comma && starts_for(p))
        return comprehension(p, at, NULL, items.items[0], T_RSQB, NULL);
    if (!expect(p, T_RSQB, "invalid syntax"))
        return NULL;
    return sequence(p, E_LIST, at, &items);
}

/* The value after a dict display's KEY ":". */
static Expr *
dict_value(Parser *p)
{
    Token colon = p->tok;
    advance(p);
    if (check(p, T_STAR))
        return syntax_error(p, "cannot use a starred expression in a "
                               "dictionary value");
    if (check(p, T_RBRACE) || check(p, T_COMMA))
        return error_at(p, EXC_SYNTAX, colon.line, colon.column,
                        "expression expected after dictionary key and "
                        "':'");
    return test(p);
}

/* {...}: a dict display, or one of the sets and the comprehensions
   minipy lacks; which, its first item tells. */
static Expr *
dict_atom(Parser *p, Token *at)
{
    List keys = {0}, values = {0};
    bool set = false;
    while (!check(p, T_RBRACE) && !p->failed) {
        bool first = keys.count == 0, pair = false;
        Expr *key, *value;
        if (is_op(p, "**") && !set) {
            Token star = p->tok;
            advance(p);
            if ((key = value = binary(p, LEVEL_OR)) == NULL)
                return NULL;
            if (first && starts_for(p))
                return error_at(p, EXC_SYNTAX, star.line, star.column,
                                "dict unpacking cannot be used in dict "
                                "comprehension");
            defer_unsupported(p, star.line, star.column,
                              "unpacking with ** in a dict display");
        } else if (check(p, T_STAR) && (first || set)) {
            key = value = starred(p, IN_A_DISPLAY, false);
            set = true;
        } else {
            key = value = test(p);
            if (key != NULL && is_op(p, ":=") && (first || set)) {
                key = value = assignment_expression(p, key);
                set = true;
            } else if (first && !check(p, T_COLON) &&
                       !starts_operand(p->tok.type)) {
                set = true; /* {1}, {1, 2}, {x for x in y} */
            }
            pair = !set;
        }
        if (key == NULL)
            return NULL;
        if (set && starts_for(p)) {
            if (first)
                return comprehension(p, at, NULL, key, T_RBRACE,
                                     "set comprehension");
            Expr *elt = leftmost(keys.items[0]);
            return error_at(p, EXC_SYNTAX, elt->line, elt->column,
                            "did you forget parentheses around the "
                            "comprehension target?");
        }
        if (pair && first && forgot_comma(p, key))
            return NULL;
        if (pair && !check(p, T_COLON))
            return error_at(p, EXC_SYNTAX, p->prev_line, p->prev_end,
                            "':' expected after dictionary key");
        if (pair && (value = dict_value(p)) == NULL)
            return NULL;
        if (pair && first && starts_for(p))
            return comprehension(p, at, key, value, T_RBRACE,
                                 "dict comprehension");
        if (!list_push(p, &keys, key) || !list_push(p, &values, value))
            return NULL;
        if (forgot_comma(p, value))
            return NULL;
        if (!accept(p, T_COMMA))
            break;
    }
    if (!expect(p, T_RBRACE, "invalid syntax"))
        return NULL;
    if (set) {
        defer_unsupported(p, at->line, at->column, "sets");
        return placeholder(p, at->line, at->column, "set display", NULL);
    }
    Expr *e = span(p, new_expr(p, E_DICT, at), at);
    if (e == NULL)
        return NULL;
    e->dict.keys = (Expr **)keys.items;
    e->dict.values = (Expr **)values.items;
    e->dict.count = keys.count;
    return e;
}

static Expr *
atom_kind(Parser *p)
{
    Token at = p->tok;
    switch (p->tok.type) {
    case T_NAME: {
        Expr *e = new_expr(p, E_NAME, &at);
        if (e == NULL || !(e->name.id = new_identifier(p, at.start, at.length)))
            return NULL;
        advance(p);
        return e;
    }
    case T_NUMBER:
        advance(p);
        return constant(p, &at, PyLong_FromLong(at.number));
    case T_STRING:
    case T_FSTRING_START:
        return strings(p);
    case T_NONE:
        advance(p);
        return constant(p, &at, Py_NewRef(Py_None));
    case T_TRUE:
    case T_FALSE:
        advance(p);
        return constant(p, &at, PyBool_FromLong(at.type == T_TRUE));
    case T_LPAR:
        advance(p);
        return paren_atom(p, &at);
    case T_LSQB:
        advance(p);
        return list_atom(p, &at);
    case T_LBRACE:
        advance(p);
        return dict_atom(p, &at);
    case T_OTHER_OP:
        if (!is_op(p, "..."))
            return syntax_error(p, "invalid syntax");
        advance(p);
        defer_unsupported(p, at.line, at.column, "the Ellipsis literal (...)");
        return placeholder(p, at.line, at.column, "ellipsis", NULL);
    default:
        return syntax_error(p, "invalid syntax");
    }
}

/* An atom, counted as CPython's rules count it: a bracket nests the
   rules of what it holds inside its own. */
static Expr *
atom(Parser *p)
{
    int rules = RULES_ATOM + (check(p, T_LPAR)     ? RULES_GROUP
                              : check(p, T_LSQB)   ? RULES_DISPLAY
                              : check(p, T_LBRACE) ? RULES_DISPLAY
                                                   : RULES_LEAF);
    Expr *e = rule_enter(p, rules) ? atom_kind(p) : NULL;
    rule_leave(p, rules);
    return e;
}

/* One part of a subscript: an index, or a slice a:b:c. */
static Expr *
subscript_item(Parser *p)
{
    Token at = p->tok;
    Expr *lower = NULL, *upper = NULL, *step = NULL;
    if (check(p, T_STAR))
        return starred(p, "unpacking with * in an index", true);
    if (!check(p, T_COLON) && (lower = test(p)) == NULL)
        return NULL;
    if (is_op(p, ":="))
        return assignment_expression(p, lower);
    if (!accept(p, T_COLON))
        return lower;
    if (!check(p, T_COLON) && !check(p, T_RSQB) && !check(p, T_COMMA) &&
        (upper = test(p)) == NULL)
        return NULL;
    if (accept(p, T_COLON) && !check(p, T_RSQB) && !check(p, T_COMMA) &&
        (step = test(p)) == NULL)
        return NULL;
    Expr *e = span(p, new_expr(p, E_SLICE, &at), &at);
    if (e != NULL) {
        e->slice.lower = lower;
        e->slice.upper = upper;
        e->slice.step = step;
    }
    return e;
}

static Expr *
subscript(Parser *p, Expr *value, Token *at)
{
    List items = {0};
    bool comma = false;
    do {
        if (check(p, T_RSQB))
            break;
        Expr *item = subscript_item(p);
        if (item == NULL || !list_push(p, &items, item) ||
            forgot_comma(p, item))
            return NULL;
    } while (accept(p, T_COMMA) && (comma = true));
    if (!expect(p, T_RSQB, "invalid syntax"))
        return NULL;
    if (items.count == 0)
        return syntax_error(p, "invalid syntax");
    Expr *index = items.count == 1 && !comma ? items.items[0]
                                             : sequence(p, E_TUPLE, at, &items);
    Expr *e = index ? new_expr(p, E_SUBSCRIPT, at) : NULL;
    if (e != NULL) {
        e->subscript.value = value;
        e->subscript.index = index;
    }
    return e;
}

/* KEY=VALUE in a call, at its "=": KEY must be a name. */
static bool
keyword_name(Parser *p, Expr *arg, Token *arg_at, List *kwnames)
{
    if (arg->kind == E_CONST &&
        (arg->constant == Py_True || arg->constant == Py_False ||
         arg->constant == Py_None))
        return error_at(p, EXC_SYNTAX, arg_at->line, arg_at->column,
                        "cannot assign to %s", target_name(arg)) != NULL;
    if (arg->kind != E_NAME)
        return error_at(p, EXC_SYNTAX, arg_at->line, arg_at->column,
                        "expression cannot contain assignment, "
                        "perhaps you meant \"==\"?") != NULL;
    if (strcmp(PyUnicode_AsUTF8(arg->name.id), "__debug__") == 0)
        return error_at(p, EXC_SYNTAX, arg_at->line, arg_at->column,
                        "cannot assign to __debug__") != NULL;
    for (int i = 0; i < kwnames->count; i++)
        if (PyObject_RichCompareBool(kwnames->items[i], arg->name.id, Py_EQ) ==
            1)
            late_error(p, arg_at->line, arg_at->column,
                       "keyword argument repeated: %s",
                       PyUnicode_AsUTF8(arg->name.id));
    return list_push(p, kwnames, arg->name.id);
}

/* f(x for x in y): a generator expression, the call's only argument. */
static Expr *
generator_argument(Parser *p, Token *at, Expr *elt, bool alone)
{
    Expr *start = leftmost(elt);
    List clauses = {0};
    if (!comprehension_clauses(p, at, elt, &clauses, true))
        return NULL;
    yield_in_comprehension(p, &clauses, NULL, elt, "generator expression");
    if (!alone || check(p, T_COMMA)) {
        error_at(p, EXC_SYNTAX, start->line, start->column,
                 "Generator expression must be parenthesized");
        if (p->prev_line == start->line)
            interp.error.end_column = p->prev_end + 1;
        return NULL;
    }
    defer_unsupported(p, at->line, at->column, "generator expressions");
    return placeholder(p, at->line, at->column, "generator expression", elt);
}

/* f(*x = 1), f(**x = 1): underlined from the stars to the value. */
static Expr *
assigned_unpacking(Parser *p, const Token *stars, const char *kind)
{
    advance(p);
    if (test(p) == NULL)
        return NULL;
    error_at(p, EXC_SYNTAX, stars->line, stars->column,
             "cannot assign to %s argument unpacking", kind);
    if (p->prev_line == stars->line)
        interp.error.end_column = p->prev_end + 1;
    return NULL;
}

/* f(**k, *x): an error at the comma before the star.  CPython 3.13
   underlines from it through the starred arguments that follow and the
   token its parser last read after them, all but that token's last
   character (its end taken for an offset counted from 1). */
static Expr *
unpacking_after_keywords(Parser *p, const Token *comma)
{
    while (check(p, T_COMMA) && peek(p).type == T_STAR) {
        advance(p);
        advance(p);
        if (test(p) == NULL)
            return NULL;
    }
    Token last = check(p, T_COMMA) ? peek(p) : p->tok;
    error_at(p, EXC_SYNTAX, comma->line, comma->column,
             "iterable argument unpacking follows keyword argument "
             "unpacking");
    interp.error.end_column =
        last.line == comma->line ? last.column - 1 + last.length : 0;
    return NULL;
}

/* f(a, b, key=c): positional arguments, then keyword ones, and the
   unpacking (*a, **k) minipy lacks.  func NULL: a class's bases, which
   take no generator expression. */
static Expr *
call(Parser *p, Expr *func, Token *at)
{
    /* the positional ones (*x an E_STARRED), the keyword ones' values
       and their names (None for **x): CPython's args and keywords */
    List args = {0}, kws = {0}, kwnames = {0};
    bool unpacked = false; /* a **mapping seen */
    Token comma = {0};     /* the last comma */
    /* a positional argument after keywords: CPython says so at the end
       of the arguments (invalid_arguments, after the whole args rule) */
    const char *misplaced = NULL;
    while (!check(p, T_RPAR) && !p->failed) {
        Token arg_at = p->tok;
        Expr *arg;
        if (check(p, T_STAR)) {
            advance(p);
            if (check(p, T_RPAR) || check(p, T_COMMA))
                return syntax_error(p, "Invalid star expression");
            if ((arg = test(p)) == NULL)
                return NULL;
            if (check(p, T_EQUAL))
                return assigned_unpacking(p, &arg_at, "iterable");
            if (unpacked)
                return unpacking_after_keywords(p, &comma);
            Expr *star = NULL;
            if (func == NULL) { /* class C(*bases) */
                defer_unsupported(p, arg_at.line, arg_at.column,
                                  "unpacking arguments with * or **");
                star = placeholder(p, arg_at.line, arg_at.column, STARRED, arg);
            } else if ((star = new_expr(p, E_STARRED, &arg_at)) != NULL) {
                star->unary.operand = arg;
                span(p, star, &arg_at);
            }
            if ((arg = star) == NULL)
                return NULL;
        } else if (is_op(p, "**")) {
            advance(p);
            if ((arg = test(p)) == NULL)
                return NULL;
            if (check(p, T_EQUAL))
                return assigned_unpacking(p, &arg_at, "keyword");
            unpacked = true;
            if (func == NULL) { /* class C(**options) */
                defer_unsupported(p, arg_at.line, arg_at.column,
                                  "unpacking arguments with * or **");
                arg = placeholder(p, arg_at.line, arg_at.column,
                                  "double starred", arg);
            }
            if (arg == NULL || !list_push(p, &kwnames, Py_None) ||
                !list_push(p, &kws, arg))
                return NULL;
            if (forgot_comma(p, arg))
                return NULL;
            comma = p->tok;
            if (!accept(p, T_COMMA))
                break;
            continue;
        } else {
            arg = args.count + kws.count == 0
                      ? test(p)
                      : test_within(p, RULES_NEXT_ARGUMENT);
            if (arg == NULL)
                return NULL;
            if (is_op(p, ":=") && (arg = assignment_expression(p, arg)) == NULL)
                return NULL;
            if (starts_for(p) && func == NULL)
                return syntax_error(p, "invalid syntax"); /* class C(x for */
            /* f(a=1, 2, x for x in y): CPython's rule for the
               arguments before fails at the "for" */
            if (starts_for(p) && misplaced != NULL)
                return syntax_error(p, misplaced);
            if (starts_for(p)) {
                arg =
                    generator_argument(p, at, arg, args.count + kws.count == 0);
                if (arg == NULL)
                    return NULL;
                if (!list_push(p, &args, arg))
                    return NULL;
                break;
            }
            if (accept(p, T_EQUAL)) {
                if (!keyword_name(p, arg, &arg_at, &kwnames) ||
                    (arg = test_within(p, RULES_KEYWORD_ARG)) == NULL)
                    return NULL;
                /* keyword argument repeated: underlined name=value */
                if (p->late.line == arg_at.line &&
                    p->late.column == arg_at.column &&
                    p->prev_line == arg_at.line)
                    p->late.end_column = p->prev_end + 1;
                if (forgot_comma(p, arg))
                    return NULL;
                comma = p->tok;
                if (!list_push(p, &kws, arg) || !accept(p, T_COMMA))
                    break;
                continue;
            } else if (unpacked && misplaced == NULL) {
                misplaced = "positional argument follows keyword argument "
                            "unpacking";
            } else if (kwnames.count > 0 && misplaced == NULL) {
                misplaced = "positional argument follows keyword argument";
            }
        }
        if (forgot_comma(p, arg))
            return NULL;
        comma = p->tok;
        if (!list_push(p, &args, arg) || !accept(p, T_COMMA))
            break;
    }
    if (misplaced != NULL)
        return syntax_error(p, misplaced);
    if (!expect(p, T_RPAR, "invalid syntax"))
        return NULL;
    Expr *e = new_expr(p, E_CALL, at);
    if (e == NULL)
        return NULL;
    for (int i = 0; i < kws.count; i++) /* the keywords after the rest */
        if (!list_push(p, &args, kws.items[i]))
            return NULL;
    e->call.func = func;
    e->call.args = (Expr **)args.items;
    e->call.nkw = kws.count;
    e->call.nargs = args.count - kws.count;
    if (kwnames.count > 0) {
        PyObject *names =
            _PyTuple_FromArray((PyObject **)kwnames.items, kwnames.count);
        if ((e->call.kwnames = new_constant(p, names)) == NULL)
            return NULL;
    }
    return e;
}

/* An atom and what follows it: .attr, [index], (arguments). */
static Expr *
primary(Parser *p)
{
    Token first = p->tok;
    Expr *e = atom(p);
    if (e != NULL && e->kind == E_NAME && legacy_statement(p, e))
        return NULL;
    while (e != NULL) {
        Token at = p->tok;
        if (!check(p, T_DOT) && !check(p, T_LSQB) && !check(p, T_LPAR))
            break;
        advance(p);
        if (!rule_enter(p, RULES_ARGUMENT))
            return NULL;
        if (at.type == T_DOT) {
            if (!check(p, T_NAME))
                return syntax_error(p, "invalid syntax");
            Expr *attr = new_expr(p, E_ATTR, &at);
            if (attr == NULL || !(attr->attr.attr = new_identifier(
                                      p, p->tok.start, p->tok.length)))
                return NULL;
            attr->attr.value = e;
            advance(p);
            e = attr;
        } else if (at.type == T_LSQB) {
            e = subscript(p, e, &at);
        } else {
            e = call(p, e, &at);
        }
        span(p, e, &first);
        rule_leave(p, RULES_ARGUMENT);
    }
    return e;
}

static Expr *
primary_rule(Parser *p)
{
    int saved = p->as_target;
    p->as_target = 0;
    p->level -= saved;
    Expr *e = rule_enter(p, RULES_PRIMARY) ? primary(p) : NULL;
    rule_leave(p, RULES_PRIMARY);
    p->level += saved;
    return e;
}

/* An operator the lexer does not name (**, <<, &, ...): is it this one? */
static bool
is_op(Parser *p, const char *op)
{
    return check(p, T_OTHER_OP) && (int)strlen(op) == p->tok.length &&
           memcmp(p->tok.start, op, (size_t)p->tok.length) == 0;
}

static Expr *factor(Parser *p);

static Expr *
binop_node(Parser *p, Token *at, BinOp op, Expr *left, Expr *right)
{
    Expr *node = right ? new_expr(p, E_BINOP, at) : NULL;
    if (node != NULL) {
        node->binop.op = op;
        node->binop.left = left;
        node->binop.right = right;
    }
    return node;
}

/* a ** b binds tighter than a unary minus on its left (-2 ** 2 is
   -(2 ** 2)) but takes one on its right (2 ** -1), and leans right:
   2 ** 3 ** 2 is 2 ** 9. */
/* await PRIMARY, in an async def: minipy lacks them. */
static Expr *
await_expr(Parser *p)
{
    Token at = p->tok;
    if (!p->in_async)
        late_error(p, at.line, at.column,
                   p->in_func ? "'await' outside async function"
                              : "'await' outside function");
    advance(p);
    Expr *value = primary_rule(p);
    if (value == NULL)
        return NULL;
    defer_unsupported(p, at.line, at.column, "async code (await)");
    return placeholder(p, at.line, at.column, "await expression", value);
}

static Expr *
power(Parser *p)
{
    if (!rule_enter(p, RULES_POWER))
        return NULL;
    Token first = p->tok;
    Expr *e = is_word(p, "await") ? await_expr(p) : primary_rule(p);
    if (e != NULL && is_op(p, "**")) {
        Token at = p->tok;
        advance(p);
        e = span(p, binop_node(p, &at, OP_POW, e, factor(p)), &first);
    }
    rule_leave(p, RULES_POWER);
    return e;
}

static Expr *
factor(Parser *p)
{
    if (!rule_enter(p, RULES_FACTOR))
        return NULL;
    bool invert = is_op(p, "~");
    Expr *e;
    if (check(p, T_MINUS) || check(p, T_PLUS) || invert) {
        Token at = p->tok;
        advance(p);
        Expr *operand = factor(p);
        e = operand ? span(p, new_expr(p, E_UNARY, &at), &at) : NULL;
        if (e != NULL) {
            e->unary.op = invert               ? OP_INVERT
                          : at.type == T_MINUS ? OP_NEG
                                               : OP_POS;
            e->unary.operand = operand;
        }
    } else {
        e = power(p);
    }
    rule_leave(p, RULES_FACTOR);
    return e;
}

/* The levels of binary operators (Level), tightest first, as Python's
   grammar has them: * // %, then + -, << >>, &, ^, |. */

static bool
binop_token(Parser *p, Level level, BinOp *op)
{
    static const struct {
        Level level;
        const char *text;
        BinOp op;
    } others[] = {
        {LEVEL_SHIFT, "<<", OP_LSHIFT}, {LEVEL_SHIFT, ">>", OP_RSHIFT},
        {LEVEL_AND, "&", OP_AND},       {LEVEL_XOR, "^", OP_XOR},
        {LEVEL_OR, "|", OP_OR},
    };
    TokenType t = p->tok.type;
    if (level == LEVEL_ARITH && (t == T_PLUS || t == T_MINUS)) {
        *op = t == T_PLUS ? OP_ADD : OP_SUB;
        return true;
    }
    if (level == LEVEL_TERM &&
        (t == T_STAR || t == T_DSLASH || t == T_PERCENT)) {
        *op = t == T_STAR ? OP_MUL : t == T_DSLASH ? OP_FLOORDIV : OP_MOD;
        return true;
    }
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        if (others[i].level == level && is_op(p, others[i].text)) {
            *op = others[i].op;
            return true;
        }
    }
    return false;
}

/* A chain a + b - c is a tree leaning left, as deep as it is long. */
static Expr *binary_chain(Parser *p, Level level);
static Expr *binary(Parser *p, Level level);

static Expr *
binary(Parser *p, Level level)
{
    Expr *e = rule_enter(p, RULES_BINARY) ? binary_chain(p, level) : NULL;
    rule_leave(p, RULES_BINARY);
    return e;
}

static Expr *
binary_chain(Parser *p, Level level)
{
    Token first = p->tok;
    Expr *e = level == LEVEL_TERM ? factor(p) : binary(p, level - 1);
    BinOp op;
    while (e != NULL && !p->failed) {
        if (level == LEVEL_TERM && (is_op(p, "/") || is_op(p, "@"))) {
            Expr *start = leftmost(e);
            defer_unsupported(p, start->line, start->column,
                              is_op(p, "/") ? "the '/' operator (minipy has "
                                              "no floats; use //)"
                                            : "the '@' operator");
            op = OP_FLOORDIV; /* never compiled */
        } else if (!binop_token(p, level, &op)) {
            break;
        }
        Token at = p->tok;
        advance(p);
        Expr *right = level == LEVEL_TERM ? factor(p) : binary(p, level - 1);
        if ((e = span(p, binop_node(p, &at, op, e, right), &first)) == NULL)
            return NULL;
    }
    return e;
}

static bool
comparison_op(Parser *p, CmpOp *op)
{
    switch (p->tok.type) {
    case T_LESS:
        *op = CMP_LT;
        break;
    case T_LESSEQUAL:
        *op = CMP_LE;
        break;
    case T_EQEQUAL:
        *op = CMP_EQ;
        break;
    case T_NOTEQUAL:
        *op = CMP_NE;
        break;
    case T_GREATER:
        *op = CMP_GT;
        break;
    case T_GREATEREQUAL:
        *op = CMP_GE;
        break;
    case T_IN:
        *op = CMP_IN;
        break;
    case T_IS:
        advance(p);
        *op = accept(p, T_NOT) ? CMP_IS_NOT : CMP_IS;
        return true;
    case T_NOT:
        advance(p);
        *op = CMP_NOT_IN;
        return expect(p, T_IN, "invalid syntax");
    default:
        return false;
    }
    advance(p);
    return true;
}

/* a < b < c: one node, each comparison with its neighbour. */
static Expr *
comparison(Parser *p)
{
    Token at = p->tok;
    Expr *left = binary(p, LEVEL_OR);
    if (left == NULL)
        return NULL;
    List ops = {0}, rights = {0};
    CmpOp op;
    while (!p->failed && comparison_op(p, &op)) {
        CmpOp *slot = arena_alloc(p->arena, sizeof *slot);
        Expr *right = NULL;
        if (slot != NULL && rule_enter(p, RULES_NEXT_COMPARE))
            right = binary(p, LEVEL_OR);
        rule_leave(p, RULES_NEXT_COMPARE);
        if (right == NULL || !list_push(p, &ops, slot) ||
            !list_push(p, &rights, right))
            return slot ? NULL : no_memory(p);
        *slot = op;
    }
    if (p->failed)
        return NULL;
    if (ops.count == 0)
        return left;
    Expr *e = span(p, new_expr(p, E_COMPARE, &at), &at);
    if (e == NULL)
        return NULL;
    CmpOp *flat = arena_alloc(p->arena, (size_t)ops.count * sizeof *flat);
    if (flat == NULL)
        return no_memory(p);
    for (int i = 0; i < ops.count; i++)
        flat[i] = *(CmpOp *)ops.items[i];
    e->compare.left = left;
    e->compare.ops = flat;
    e->compare.comparators = (Expr **)rights.items;
    e->compare.count = ops.count;
    return e;
}

static Expr *
not_test(Parser *p)
{
    if (!rule_enter(p, RULES_NOT))
        return NULL;
    Expr *e;
    if (check(p, T_NOT)) {
        Token at = p->tok;
        advance(p);
        Expr *operand = not_test(p);
        e = operand ? span(p, new_expr(p, E_NOT, &at), &at) : NULL;
        if (e != NULL)
            e->unary.operand = operand;
    } else {
        e = rule_enter(p, RULES_COMPARISON) ? comparison(p) : NULL;
        rule_leave(p, RULES_COMPARISON);
    }
    rule_leave(p, RULES_NOT);
    return e;
}

static Expr *bool_op(Parser *p, bool is_and);

/* One operand of "and" (of "or": an "and"), inside more rules than
   the first when it follows one. */
static Expr *
bool_operand(Parser *p, bool is_and, int rules)
{
    Expr *e = NULL;
    if (rule_enter(p, rules))
        e = is_and ? not_test(p) : bool_op(p, true);
    rule_leave(p, rules);
    return e;
}

/* a and b and c (or: a or b or c) is one node with all the operands. */
static Expr *
bool_op(Parser *p, bool is_and)
{
    Token at = p->tok;
    Expr *first = bool_operand(p, is_and, RULES_BOOL);
    TokenType keyword = is_and ? T_AND : T_OR;
    if (first == NULL || !check(p, keyword))
        return first;
    List values = {0};
    if (!list_push(p, &values, first))
        return NULL;
    while (accept(p, keyword)) {
        Expr *next = bool_operand(p, is_and, RULES_BOOL + RULES_NEXT_ITEM);
        if (next == NULL || !list_push(p, &values, next))
            return NULL;
    }
    Expr *e = span(p, new_expr(p, E_BOOLOP, &at), &at);
    if (e != NULL) {
        e->boolop.is_and = is_and;
        e->boolop.values = (Expr **)values.items;
        e->boolop.count = values.count;
    }
    return e;
}

static Expr *
or_test(Parser *p)
{
    return bool_op(p, false);
}

/* lambda PARAMETERS: EXPRESSION, a function whose body is one return
   statement. */
static Expr *
lambda(Parser *p)
{
    Token at = p->tok;
    advance(p);
    Params params = {0};
    if (!parameter_list(p, &params, T_COLON) ||
        !expect(p, T_COLON, "invalid syntax"))
        return NULL;
    Expr *e = new_expr(p, E_LAMBDA, &at);
    bool saved_func = p->in_func, saved_async = p->in_async;
    p->in_func = true; /* where a yield may be */
    p->in_async = false;
    Expr *body = e ? test_within(p, RULES_LAMBDA) : NULL;
    p->in_func = saved_func;
    p->in_async = saved_async;
    span(p, e, &at);
    Stmt *ret = body ? new_stmt(p, S_RETURN, body->line) : NULL;
    Code *code = ret ? arena_alloc(p->arena, sizeof(Code)) : NULL;
    if (code == NULL)
        return p->failed ? NULL : no_memory(p);
    ret->expr = body;
    code->co_body = ret;
    e->lambda.code = code;
    e->lambda.params = (PyObject **)params.params.items;
    e->lambda.nparams = params.params.count;
    e->lambda.defaults = (Expr **)params.defaults.items;
    e->lambda.ndefaults = params.defaults.count;
    e->lambda.kwdefaults = (Expr **)params.kwdefaults.items;
    code->co_kwonlyargcount = params.nkwonly;
    code->co_posonlyargcount = params.nposonly;
    code->co_flags = params.flags;
    return e;
}

/* A full expression: with a conditional, a if c else b; or a lambda. */
static Expr *
test(Parser *p)
{
    if (!rule_enter(p, RULES_EXPRESSION))
        return NULL;
    if (is_word(p, "lambda")) {
        Expr *e = lambda(p);
        rule_leave(p, RULES_EXPRESSION);
        return p->failed ? NULL : e;
    }
    Token at = p->tok;
    Expr *e = or_test(p);
    if (e != NULL && accept(p, T_IF)) {
        Expr *cond = or_test(p), *orelse = NULL;
        if (cond != NULL && !check(p, T_ELSE) && !p->failed) {
            /* underlined from the value to the condition's end */
            error_at(p, EXC_SYNTAX, at.line, at.column,
                     "expected 'else' after 'if' expression");
            if (p->prev_line == at.line)
                interp.error.end_column = p->prev_end + 1;
        } else if (cond != NULL && expect(p, T_ELSE, "invalid syntax")) {
            orelse = test(p);
        }
        Expr *node = orelse ? span(p, new_expr(p, E_IFEXP, &at), &at) : NULL;
        if (node != NULL) {
            node->ifexp.test = cond;
            node->ifexp.body = e;
            node->ifexp.orelse = orelse;
        }
        e = node;
    }
    rule_leave(p, RULES_EXPRESSION);
    return p->failed ? NULL : e;
}

static bool
ends_expression(Parser *p)
{
    TokenType t = p->tok.type;
    return t == T_NEWLINE || t == T_SEMI || t == T_EQUAL || t == T_COLON ||
           t == T_RPAR || t == T_END || t == T_IN || t == T_RBRACE ||
           t == T_BANG || (t >= T_PLUSEQUAL && t <= T_PERCENTEQUAL);
}

/* a, b, c without brackets is a tuple. */
static Expr *
testlist(Parser *p, bool allow_empty)
{
    Token at = p->tok;
    if (allow_empty && ends_expression(p))
        return NULL;
    Expr *first = check(p, T_STAR) ? starred(p, IN_A_DISPLAY, false) : test(p);
    if (first == NULL || !check(p, T_COMMA))
        return first;
    List items = {0};
    if (!list_push(p, &items, first))
        return NULL;
    while (accept(p, T_COMMA) && !ends_expression(p)) {
        Expr *item = check(p, T_STAR) ? starred(p, IN_A_DISPLAY, false)
                                      : test_within(p, RULES_NEXT_ITEM);
        if (item == NULL || !list_push(p, &items, item))
            return NULL;
    }
    return p->failed ? NULL : sequence(p, E_TUPLE, &at, &items);
}

/* A starred expression where CPython's compiler takes none: its
   error, noted (the parse goes on: false). */
static bool
starred_value(Parser *p, Expr *e)
{
    if (is_starred(e))
        late_error(p, e->line, e->column, "can't use starred expression here");
    return false;
}

/* yield, yield VALUES, yield from VALUE: minipy has no generators. */
static Expr *
yield_expr(Parser *p)
{
    Token at = p->tok;
    if (!p->in_func)
        late_error(p, at.line, at.column, "'yield' outside function");
    advance(p);
    Expr *value = NULL;
    if (is_word(p, "from")) {
        if (p->in_async)
            late_error(p, at.line, at.column,
                       "'yield from' inside async function");
        advance(p);
        if ((value = test(p)) == NULL)
            return NULL;
    } else if (!check(p, T_RPAR) && !check(p, T_RSQB) &&
               (value = testlist(p, true)) == NULL && p->failed) {
        return NULL;
    }
    if (starred_value(p, value))
        return NULL;
    defer_unsupported(p, at.line, at.column, "generators (yield)");
    return span(p, placeholder(p, at.line, at.column, YIELD, value), &at);
}

/* ---- statements ---- */

/* The expressions of a statement, after as many of CPython's rules as
   lead to them from the statement's own. */
static Expr *
testlist_within(Parser *p, int rules)
{
    Expr *e = rule_enter(p, rules) ? testlist(p, false) : NULL;
    rule_leave(p, rules);
    return e;
}

/* The same, where CPython first tries the text as an assignment's
   target (RULES_SAVED_AS_TARGET). */
static Expr *
target_within(Parser *p, int rules, int saved)
{
    if (starts_atom(p->tok.type))
        p->as_target = saved;
    Expr *e = testlist_within(p, rules);
    p->as_target = 0;
    return e;
}

static Stmt *statement(Parser *p);
static Stmt *block(Parser *p, const char *what, int line);
static Stmt *if_statement(Parser *p);

/* What CPython calls an expression that cannot be a target, or NULL
   for one that can be (a tuple or list can if its items can). */
static const char *
target_name(Expr *e)
{
    if (is_starred(e))
        return NULL;
    if (e->unsupported != NULL)
        return e->unsupported;
    switch (e->kind) {
    case E_NAME:
    case E_ATTR:
    case E_SUBSCRIPT:
    case E_TUPLE:
    case E_LIST:
        return NULL;
    case E_CONST:
        return e->constant == Py_None    ? "None"
               : e->constant == Py_True  ? "True"
               : e->constant == Py_False ? "False"
                                         : "literal";
    case E_CALL:
        return "function call";
    case E_COMPARE:
        return "comparison";
    case E_IFEXP:
        return "conditional expression";
    case E_LAMBDA:
        return "lambda";
    case E_LISTCOMP:
        return e->listcomp.key != NULL ? "dict comprehension"
                                       : "list comprehension";
    case E_DICT:
        return "dict literal";
    default:
        return "expression";
    }
}

/* What CPython's errors call any expression. */
static const char *
expr_name(Expr *e)
{
    const char *name = target_name(e);
    if (name != NULL)
        return name;
    switch (e->kind) {
    case E_ATTR:
        return "attribute";
    case E_SUBSCRIPT:
        return "subscript";
    case E_TUPLE:
        return "tuple";
    case E_LIST:
        return "list";
    case E_NAME:
        return "name";
    default:
        return is_starred(e) ? STARRED : "expression";
    }
}

/* __debug__, or x.__debug__: CPython takes neither as a target. */
static bool
is_debug(Expr *e)
{
    PyObject *name = e->kind == E_NAME   ? e->name.id
                     : e->kind == E_ATTR ? e->attr.attr
                                         : NULL;
    return name != NULL && strcmp(PyUnicode_AsUTF8(name), "__debug__") == 0;
}

/* The first part of a target that cannot be assigned to (deleted, if
   del), or NULL. */
static Expr *
invalid_target_of(Expr *e, bool del)
{
    if (is_starred(e))
        return del ? e : invalid_target_of(e->unary.operand, del);
    if (e->kind == E_TUPLE || e->kind == E_LIST) {
        for (int i = 0; i < e->seq.count; i++) {
            Expr *bad = invalid_target_of(e->seq.items[i], del);
            if (bad != NULL)
                return bad;
        }
        return NULL;
    }
    return target_name(e) != NULL ||
                   (is_debug(e) && !(del && e->kind == E_ATTR))
               ? e
               : NULL;
}

static Expr *
invalid_target(Expr *e)
{
    return invalid_target_of(e, false);
}

static bool
check_target(Parser *p, Expr *e, const char *verb)
{
    Expr *bad = invalid_target_of(e, verb[0] == 'd');
    if (bad == NULL)
        return true;
    error_node(p, bad, "cannot %s %s", verb,
               is_debug(bad) ? "__debug__" : expr_name(bad));
    return false;
}

/* The starred items of a target: one at most, in a tuple or a list (a
   compiler's error in CPython); each becomes an E_STARRED target. */
static bool
check_starred_target(Parser *p, Expr *e)
{
    if (is_starred(e))
        late_error(p, e->line, e->column,
                   "starred assignment target must be in a list or tuple");
    if (e->kind != E_TUPLE && e->kind != E_LIST)
        return true;
    int count = 0;
    for (int i = 0; i < e->seq.count; i++) {
        Expr *item = e->seq.items[i];
        if (!is_starred(item)) {
            if (!check_starred_target(p, item))
                return false;
            continue;
        }
        if (++count > 1) {
            Expr *at = leftmost(e);
            late_error(p, at->line, at->column,
                       "multiple starred expressions in assignment");
        }
        item->kind = E_STARRED; /* a target now, not an unsupported value */
        item->unsupported = NULL;
        if (!check_starred_target(p, item->unary.operand))
            return false;
    }
    return true;
}

/* In "f() = 1" CPython guesses that "==" was meant: when the statement
   has one "=", what stands right before it is an operand (a call, a
   literal, an arithmetic expression; not None, True or False) and what
   follows it starts with one. */
static bool
meant_comparison(Expr *before, Expr *value)
{
    if (leftmost(value)->kind == E_NOT)
        return false;
    if (before->unsupported != NULL)
        return !is_starred(before) &&
               strcmp(before->unsupported, "generator expression") != 0;
    switch (before->kind) {
    case E_CONST:
        return before->constant != Py_None && before->constant != Py_True &&
               before->constant != Py_False;
    case E_CALL:
    case E_BINOP:
    case E_UNARY:
    case E_DICT:
    case E_LISTCOMP:
        return true;
    default:
        return false;
    }
}

/* "(a, b)" rather than "a, b": the tuple starts before its first item. */
static bool
parenthesized(Expr *tuple)
{
    Expr *first = leftmost(tuple->seq.items[0]);
    return tuple->line != first->line || tuple->column != first->column;
}

/* Every target of a = b = value must be assignable. */
static bool
check_assignment(Parser *p, List *targets, Expr *value)
{
    for (int i = 0; i < targets->count; i++)
        if (is_starred(targets->items[i]))
            return check_starred_target(p, targets->items[i]);
    Expr *before = targets->count == 1 ? targets->items[0] : NULL;
    if (before != NULL && before->kind == E_TUPLE && before->seq.count > 0 &&
        !parenthesized(before))
        before = before->seq.items[before->seq.count - 1];
    if (before != NULL && meant_comparison(before, value)) {
        error_node(p, before,
                   "cannot assign to %s here. Maybe you meant '==' instead of "
                   "'='?",
                   target_name(before));
        return false;
    }
    for (int i = 0; i < targets->count; i++)
        if (!check_target(p, targets->items[i], "assign to") ||
            !check_starred_target(p, targets->items[i]))
            return false;
    return !starred_value(p, value);
}

/* The value after "=" did not parse: like CPython, blame a target that
   cannot be assigned to first, unless the tokenizer failed. */
static void
blame_target(Parser *p, List *targets)
{
    for (int i = 0; i < targets->count && !p->lx.failed; i++) {
        if (invalid_target(targets->items[i]) != NULL) {
            PyErr_Clear();
            p->failed = false;
            check_target(p, targets->items[i], "assign to");
            return;
        }
    }
}

/* +=, -=, *=, //=, %=, **=, <<=, >>=, &=, ^=, |=: which operation. */
static bool
augassign_token(Parser *p, BinOp *op)
{
    static const BinOp named[] = {OP_ADD, OP_SUB, OP_MUL, OP_FLOORDIV, OP_MOD};
    static const struct {
        const char *text;
        BinOp op;
    } others[] = {
        {"**=", OP_POW}, {"<<=", OP_LSHIFT}, {">>=", OP_RSHIFT},
        {"&=", OP_AND},  {"^=", OP_XOR},     {"|=", OP_OR},
    };
    if (p->tok.type >= T_PLUSEQUAL && p->tok.type <= T_PERCENTEQUAL) {
        *op = named[p->tok.type - T_PLUSEQUAL];
        return true;
    }
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        if (is_op(p, others[i].text)) {
            *op = others[i].op;
            return true;
        }
    }
    return false;
}

/* The value of an assignment, after "=" or an augmented operator: a
   yield, or expressions (CPython's annotated_rhs). */
static Expr *
assigned_value(Parser *p, int rules, int saved)
{
    if (!is_word(p, "yield"))
        return saved ? target_within(p, rules, saved)
                     : testlist_within(p, rules);
    Expr *e = yield_expr(p);
    if (e != NULL && check(p, T_EQUAL))
        return error_at(p, EXC_SYNTAX, e->line, e->column,
                        "assignment to yield expression not possible");
    return e;
}

/* TARGET: ANNOTATION = VALUE, after its target: minipy has no
   annotations. */
static Stmt *
annotated_assignment(Parser *p, Token *start, Expr *target)
{
    if (is_starred(target))
        return syntax_error(p, "invalid syntax");
    advance(p);
    if (test(p) == NULL)
        return NULL;
    if (target->kind == E_TUPLE || target->kind == E_LIST)
        return error_at(p, EXC_SYNTAX, start->line, start->column,
                        "only single target (not %s) can be annotated",
                        target->kind == E_TUPLE ? "tuple" : "list");
    if (target_name(target) != NULL)
        return error_at(p, EXC_SYNTAX, start->line, start->column,
                        "illegal target for annotation");
    if (is_debug(target))
        return error_at(p, EXC_SYNTAX, start->line, start->column,
                        "cannot assign to __debug__");
    Expr *value = NULL;
    if (accept(p, T_EQUAL) &&
        ((value = assigned_value(p, RULES_ASSIGNMENT, 0)) == NULL ||
         starred_value(p, value)))
        return NULL;
    defer_unsupported(p, start->line, start->column, "annotations");
    return new_stmt(p, S_PASS, start->line); /* never compiled */
}

/* An expression statement, or an assignment: a = b = value, a += 1. */
static Stmt *
expression_statement(Parser *p)
{
    int line = p->tok.line;
    Token start = p->tok;
    Expr *first = is_word(p, "yield") ? assigned_value(p, 0, 0)
                                      : target_within(p, RULES_STAR_EXPR,
                                                      RULES_SAVED_AS_TARGET);
    if (first == NULL)
        return NULL;
    if (check(p, T_COLON))
        return annotated_assignment(p, &start, first);
    BinOp op = OP_FLOORDIV; /* for /= and @=: never compiled */
    bool other = is_op(p, "/=") || is_op(p, "@=");
    if (augassign_token(p, &op) || other) {
        if (first->unsupported != NULL && !is_starred(first) &&
            *first->unsupported == 'y')
            return syntax_error(p, "invalid syntax"); /* yield += 1 */
        if ((first->kind != E_NAME && first->kind != E_ATTR &&
             first->kind != E_SUBSCRIPT) ||
            first->unsupported != NULL) {
            const char *name = target_name(first);
            return error_node(p, first,
                              "'%s' is an illegal expression for augmented "
                              "assignment",
                              name                    ? name
                              : is_starred(first)     ? STARRED
                              : first->kind == E_LIST ? "list"
                                                      : "tuple");
        }
        if (is_debug(first))
            return error_at(p, EXC_SYNTAX, start.line, start.column,
                            "cannot assign to __debug__");
        if (other)
            defer_unsupported(p, start.line, start.column,
                              is_op(p, "/=") ? "the '/=' augmented assignment "
                                               "(minipy has no floats; use "
                                               "//=)"
                                             : "the '@=' augmented "
                                               "assignment");
        advance(p);
        Expr *value = assigned_value(p, RULES_ASSIGNMENT + RULES_STAR_EXPR, 0);
        if (value == NULL || starred_value(p, value))
            return NULL;
        Stmt *s = new_stmt(p, S_AUGASSIGN, line);
        if (s != NULL) {
            s->augassign.target = first;
            s->augassign.op = op;
            s->augassign.value = value;
        }
        return s;
    }
    if (!check(p, T_EQUAL)) {
        if (starred_value(p, first))
            return NULL;
        Stmt *s = new_stmt(p, S_EXPR, line);
        if (s != NULL)
            s->expr = first;
        return s;
    }
    List targets = {0};
    Expr *value = first;
    while (accept(p, T_EQUAL)) {
        if (!list_push(p, &targets, value))
            return NULL;
        value = assigned_value(p, RULES_ASSIGNMENT + RULES_STAR_EXPR,
                               RULES_SAVED_AS_VALUE);
        if (value == NULL) {
            blame_target(p, &targets);
            return NULL;
        }
    }
    if (!check_assignment(p, &targets, value))
        return NULL;
    Stmt *s = new_stmt(p, S_ASSIGN, line);
    if (s != NULL) {
        s->assign.targets = (Expr **)targets.items;
        s->assign.count = targets.count;
        s->assign.value = value;
    }
    return s;
}

/* A name about to be bound by def, class or import. */
static Expr *
name_target(Parser *p)
{
    if (!check(p, T_NAME))
        return syntax_error(p, "invalid syntax");
    Expr *e = new_expr(p, E_NAME, &p->tok);
    if (e == NULL ||
        !(e->name.id = new_identifier(p, p->tok.start, p->tok.length)))
        return NULL;
    advance(p);
    return e;
}

/* import a.b.c as d: minipy imports its own modules only, by a plain
   name; what else Python has, noted (at the name: start). */
static bool
import_name(Parser *p, Token *start, Token *at)
{
    bool dotted = false;
    while (accept(p, T_DOT)) {
        dotted = true;
        if (name_target(p) == NULL)
            return false;
    }
    if (dotted)
        defer_unsupported(p, at->line, at->column, "importing from packages");
    if (!is_word(p, "as"))
        return true;
    Token as = p->tok;
    advance(p);
    Token name = p->tok;
    if (name_target(p) == NULL)
        return false;
    if (name.length == 9 && memcmp(name.start, "__debug__", 9) == 0)
        return error_at(p, EXC_SYNTAX, start->line, start->column,
                        "cannot assign to __debug__") != NULL;
    defer_unsupported(p, as.line, as.column, "'import ... as ...'");
    return true;
}

/* The names of global, nonlocal or import, from at (its keyword). */
static Stmt *
name_list(Parser *p, StmtKind kind, Token *at)
{
    List names = {0}, targets = {0};
    do {
        Token name = p->tok;
        Expr *target = name_target(p);
        if (target == NULL || !list_push(p, &names, target->name.id) ||
            !list_push(p, &targets, target))
            return NULL;
        if (kind == S_IMPORT && (check(p, T_DOT) || is_word(p, "as"))) {
            if (!import_name(p, at, &name))
                return NULL;
        } else if (kind == S_IMPORT && is_debug(target)) {
            return error_at(p, EXC_SYNTAX, at->line, at->column,
                            "cannot assign to __debug__");
        }
    } while (accept(p, T_COMMA));
    Stmt *s = new_stmt(p, kind, at->line);
    if (s != NULL) {
        s->names.targets = (Expr **)targets.items;
        s->names.names = (PyObject **)names.items;
        s->names.count = names.count;
    }
    return s;
}

/* The names a from-import binds: NAME [as NAME], ... ; the features of
   a __future__ import are checked as CPython's compiler does. */
static bool
import_from_names(Parser *p, Token *at, bool future)
{
    static const char *const features[] = {
        "nested_scopes",    "generators",     "division",
        "absolute_import",  "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop",
        "annotations",
    };
    bool paren = accept(p, T_LPAR);
    if (!check(p, T_NAME))
        return syntax_error(p, paren ? "invalid syntax"
                                     : "Expected one or more names after "
                                       "'import'") != NULL;
    do {
        if (paren && check(p, T_RPAR))
            break;
        if (!paren &&
            (check(p, T_NEWLINE) || check(p, T_SEMI) || check(p, T_END)))
            return syntax_error(p, "trailing comma not allowed without "
                                   "surrounding parentheses") != NULL;
        Token name = p->tok;
        if (name_target(p) == NULL)
            return false;
        if (is_word(p, "as")) {
            advance(p);
            if (name_target(p) == NULL)
                return false;
        }
        bool known = !future;
        for (size_t i = 0; !known && i < sizeof features / sizeof *features;
             i++)
            known = (int)strlen(features[i]) == name.length &&
                    memcmp(features[i], name.start, (size_t)name.length) == 0;
        if (!known && name.length == 6 && memcmp(name.start, "braces", 6) == 0)
            early_error(p, at->line, at->column, "not a chance");
        else if (!known)
            early_error(p, at->line, at->column,
                        "future feature %.*s is not defined", name.length,
                        name.start);
        if (!known && p->early.line == at->line &&
            p->early.column == at->column)
            p->early_one_caret = true; /* future.c gives a column alone */
    } while (accept(p, T_COMMA));
    return !paren || expect(p, T_RPAR, "invalid syntax");
}

/* from MODULE import NAMES, from . import NAMES: minipy lacks them. */
static Stmt *
from_import(Parser *p)
{
    Token at = p->tok;
    advance(p);
    int dots = 0;
    while (check(p, T_DOT) || is_op(p, "...")) {
        dots++;
        advance(p);
    }
    bool future = dots == 0 && p->tok.length == 10 &&
                  memcmp(p->tok.start, "__future__", 10) == 0;
    if (check(p, T_NAME) || dots == 0) {
        if (name_target(p) == NULL)
            return NULL;
        while (accept(p, T_DOT))
            if (name_target(p) == NULL)
                return NULL;
    }
    if (!check(p, T_IMPORT))
        return syntax_error(p, "invalid syntax");
    advance(p);
    if (!accept(p, T_STAR) && !import_from_names(p, &at, future))
        return NULL;
    /* only a docstring and other such imports may come before it */
    if (future &&
        (p->scopes > 0 || p->statements - 1 != p->futures++ + p->docstring))
        early_error(p, at.line, at.column,
                    "from __future__ imports must occur at the beginning of "
                    "the file");
    defer_unsupported(p, at.line, at.column, "'from ... import'");
    return new_stmt(p, S_PASS, at.line); /* never compiled */
}

/* type NAME[PARAMETERS] = VALUE: minipy has no type aliases. */
static Stmt *
type_alias(Parser *p)
{
    Token at = p->tok;
    advance(p);
    if (name_target(p) == NULL || (check(p, T_LSQB) && !type_params(p)) ||
        !expect(p, T_EQUAL, "invalid syntax") || test(p) == NULL)
        return NULL;
    defer_unsupported(p, at.line, at.column,
                      "type aliases (the 'type' statement)");
    return new_stmt(p, S_PASS, at.line); /* never compiled */
}

/* Is the current token the soft keyword (a name) word? */
static bool
is_name(Parser *p, const char *word)
{
    return check(p, T_NAME) && (int)strlen(word) == p->tok.length &&
           memcmp(p->tok.start, word, (size_t)p->tok.length) == 0;
}

static Stmt *
del_statement(Parser *p, int line)
{
    List targets = {0};
    do {
        if (starts_atom(p->tok.type))
            p->as_target = RULES_SAVED_AS_DELETED;
        Expr *target = check(p, T_STAR) ? starred(p, NULL, false)
                                        : test_within(p, RULES_KEYWORD);
        p->as_target = 0;
        if (target == NULL || !check_target(p, target, "delete") ||
            !list_push(p, &targets, target))
            return NULL;
    } while (accept(p, T_COMMA) && !ends_expression(p));
    Stmt *s = new_stmt(p, S_DEL, line);
    if (s != NULL) {
        s->del.targets = (Expr **)targets.items;
        s->del.count = targets.count;
    }
    return s;
}

/* "# figure: NAME" or "# figure: NAME view=KIND". */
static Stmt *
figure_statement(Parser *p)
{
    Token at = p->tok;
    char *text = arena_alloc(p->arena, (size_t)at.string_length + 1);
    if (text == NULL)
        return no_memory(p);
    memcpy(text, at.string, (size_t)at.string_length);
    char *name = strtok(text, " \t"), *rest = strtok(NULL, " \t");
    char *view = rest && strncmp(rest, "view=", 5) == 0 ? rest + 5 : NULL;
    bool ok = name != NULL && (rest == NULL || (view && *view)) &&
              strtok(NULL, " \t") == NULL;
    for (char *c = name; ok && *c; c++)
        ok = strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    "0123456789_-",
                    *c) != NULL;
    if (!ok)
        return error_at(p, EXC_SYNTAX, at.line, at.column,
                        "a figure marker is '# figure: NAME' or '# figure: "
                        "NAME view=KIND', NAME made of letters, digits, _ "
                        "and -");
    advance(p);
    Stmt *s = new_stmt(p, S_FIGURE, at.line);
    if (s != NULL) {
        s->figure.name = name;
        s->figure.view = view;
    }
    return s;
}

/* nonlocal NAMES: variables of a function around this one, which it
   may assign to (through their cells). */
static Stmt *
nonlocal_statement(Parser *p, Token *at)
{
    if (!p->in_func && p->scopes == 0)
        early_error(p, at->line, at->column,
                    "nonlocal declaration not allowed at module level");
    advance(p);
    /* the symbol table looks for a function around that binds them */
    return name_list(p, S_NONLOCAL, at);
}

/* raise, raise EXC, raise EXC from CAUSE */
static Stmt *
raise_statement(Parser *p, int line)
{
    advance(p);
    Stmt *s = new_stmt(p, S_RAISE, line);
    if (s == NULL || check(p, T_NEWLINE) || check(p, T_SEMI) || check(p, T_END))
        return s;
    if ((s->raise.exc = test_within(p, RULES_KEYWORD)) == NULL)
        return NULL;
    if (is_word(p, "from")) {
        advance(p);
        if ((s->raise.cause = test_within(p, RULES_KEYWORD)) == NULL)
            return NULL;
    }
    return s;
}

/* assert TEST, or assert TEST, MESSAGE */
static Stmt *
assert_statement(Parser *p, int line)
{
    advance(p);
    Stmt *s = new_stmt(p, S_ASSERT, line);
    if (s == NULL || (s->assert_.test = test_within(p, RULES_KEYWORD)) == NULL)
        return NULL;
    if (accept(p, T_COMMA) &&
        (s->assert_.msg = test_within(p, RULES_KEYWORD)) == NULL)
        return NULL;
    return s;
}

static Stmt *
small_statement(Parser *p)
{
    Token at = p->tok;
    Stmt *s;
    if (!rule_enter(p, RULES_EXPRESSION_PROBE))
        return NULL;
    rule_leave(p, RULES_EXPRESSION_PROBE);
    p->statements++;
    switch (at.type) {
    case T_PASS:
    case T_BREAK:
    case T_CONTINUE:
        advance(p);
        if (at.type == T_BREAK && !p->in_loop)
            late_error(p, at.line, at.column, "'break' outside loop");
        if (at.type == T_CONTINUE && !p->in_loop)
            late_error(p, at.line, at.column,
                       "'continue' not properly in loop");
        return new_stmt(p,
                        at.type == T_PASS    ? S_PASS
                        : at.type == T_BREAK ? S_BREAK
                                             : S_CONTINUE,
                        at.line);
    case T_RETURN:
        if (!p->in_func)
            late_error(p, at.line, at.column, "'return' outside function");
        advance(p);
        s = new_stmt(p, S_RETURN, at.line);
        if (s != NULL && !ends_expression(p))
            s->expr = testlist_within(p, RULES_KEYWORD + RULES_STAR_EXPR);
        return p->failed ? NULL : s;
    case T_GLOBAL:
        advance(p);
        return name_list(p, S_GLOBAL, &at);
    case T_IMPORT:
        advance(p);
        if (check(p, T_NEWLINE) || check(p, T_END))
            return syntax_error(p, "Expected one or more names after "
                                   "'import'"); /* 3.13's message */
        return name_list(p, S_IMPORT, &at);
    case T_DEL:
        advance(p);
        return del_statement(p, at.line);
    case T_OTHER_KEYWORD:
        if (is_word(p, "lambda") || is_word(p, "yield") || is_word(p, "await"))
            return expression_statement(p);
        if (is_word(p, "raise"))
            return raise_statement(p, at.line);
        if (is_word(p, "assert"))
            return assert_statement(p, at.line);
        if (is_word(p, "from"))
            return from_import(p);
        if (is_word(p, "nonlocal"))
            return nonlocal_statement(p, &at);
        return syntax_error(p, "invalid syntax");
    case T_NAME:
        if (is_name(p, "type") && peek(p).type == T_NAME)
            return type_alias(p);
        return expression_statement(p);
    default:
        s = expression_statement(p);
        p->docstring |= p->statements == 1 && p->scopes == 0 && s != NULL &&
                        s->kind == S_EXPR && s->expr->kind == E_CONST &&
                        PyUnicode_Check(s->expr->constant);
        return s;
    }
}

/* Small statements separated by ';' up to the end of the line. */
static Stmt *
simple_statements_kind(Parser *p)
{
    Stmt *first = NULL, **tail = &first;
    do {
        if (check(p, T_NEWLINE))
            break;
        Token at = p->tok;
        Stmt *s = small_statement(p);
        if (s == NULL)
            return NULL;
        s->col = at.column - 1;
        s->end_line = p->prev_line;
        s->end_col = p->prev_end;
        /* 'return' outside function, ...: CPython underlines the whole
           statement */
        if (p->late.line == at.line && p->late.column == at.column &&
            s->end_line == at.line)
            p->late.end_column = s->end_col + 1;
        if (p->early.line == at.line && p->early.column == at.column &&
            s->end_line == at.line && !p->early_one_caret)
            p->early.end_column = s->end_col + 1;
        s->first_on_line = true;
        for (const char *c = at.start; c > p->lx.source && c[-1] != '\n';)
            if (*--c != ' ' && *c != '\t' && *c != '\f')
                s->first_on_line = false;
        *tail = s;
        tail = &s->next;
    } while (accept(p, T_SEMI));
    if (!check(p, T_NEWLINE) && !check(p, T_END))
        return syntax_error(p, "invalid syntax");
    advance(p);
    return first;
}

static Stmt *
simple_statements(Parser *p)
{
    Stmt *s = rule_enter(p, RULES_SIMPLE) ? simple_statements_kind(p) : NULL;
    rule_leave(p, RULES_SIMPLE);
    return s;
}

/* The block of an elif, an else, an except or a finally, one rule
   deeper than the statement's own (an elif's if is its orelse). */
static Stmt *
clause_block(Parser *p, const char *what, int line)
{
    Stmt *s = rule_enter(p, RULES_CLAUSE) ? block(p, what, line) : NULL;
    rule_leave(p, RULES_CLAUSE);
    return s;
}

static Stmt *
elif_statement(Parser *p)
{
    Stmt *s = rule_enter(p, RULES_CLAUSE) ? if_statement(p) : NULL;
    rule_leave(p, RULES_CLAUSE);
    return s;
}

/* if/elif/else: an elif is an else holding one if. */
static Stmt *
if_statement(Parser *p)
{
    int line = p->tok.line;
    const char *what =
        p->tok.type == T_ELIF ? "'elif' statement" : "'if' statement";
    advance(p);
    Expr *cond = named_within(p, RULES_CONDITION);
    if (cond == NULL || !expect_colon(p, false))
        return NULL;
    Stmt *s = new_stmt(p, S_IF, line);
    if (s == NULL || (s->if_.body = block(p, what, line)) == NULL)
        return NULL;
    s->if_.test = cond;
    if (check(p, T_ELIF)) {
        s->if_.orelse = elif_statement(p);
    } else if (check(p, T_ELSE)) {
        int else_line = p->tok.line;
        advance(p);
        if (expect(p, T_COLON, "expected ':'"))
            s->if_.orelse = clause_block(p, "'else' statement", else_line);
    }
    return p->failed ? NULL : s;
}

static Stmt *
loop_body(Parser *p, const char *what, int line)
{
    p->in_loop++;
    Stmt *body = block(p, what, line);
    p->in_loop--;
    return body;
}

/* "else:" and a block, if there is one; *failed says if it failed. */
static Stmt *
else_block(Parser *p, bool *failed)
{
    *failed = false;
    if (!check(p, T_ELSE))
        return NULL;
    int line = p->tok.line;
    advance(p);
    Stmt *body = NULL;
    if (expect(p, T_COLON, "expected ':'"))
        body = clause_block(p, "'else' statement", line);
    *failed = body == NULL;
    return body;
}

static Stmt *
while_statement(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    Expr *cond = named_within(p, RULES_CONDITION);
    if (cond == NULL || !expect_colon(p, false))
        return NULL;
    Stmt *s = new_stmt(p, S_WHILE, line);
    bool failed;
    if (s == NULL ||
        (s->while_.body = loop_body(p, "'while' statement", line)) == NULL)
        return NULL;
    s->while_.test = cond;
    s->while_.orelse = else_block(p, &failed);
    return failed ? NULL : s;
}

/* The target of a for loop: a name, or names to unpack. */
static Expr *
for_target(Parser *p)
{
    Token at = p->tok;
    List items = {0};
    bool comma = false;
    do {
        if (check(p, T_IN))
            break;
        Expr *e =
            check(p, T_STAR) ? starred(p, NULL, false) : binary(p, LEVEL_OR);
        if (e == NULL || !check_target(p, e, "assign to") ||
            !list_push(p, &items, e))
            return NULL;
    } while (accept(p, T_COMMA) && (comma = true));
    if (items.count == 0)
        return syntax_error(p, "invalid syntax"); /* for in ... */
    Expr *target = items.count == 1 && !comma
                       ? items.items[0]
                       : sequence(p, E_TUPLE, &at, &items);
    return target != NULL && check_starred_target(p, target) ? target : NULL;
}

static Stmt *
for_statement(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    Expr *target = for_target(p);
    if (target == NULL || !expect(p, T_IN, "invalid syntax"))
        return NULL;
    Expr *iter = testlist_within(p, RULES_STAR_EXPR);
    if (iter == NULL || !expect_colon(p, false))
        return NULL;
    Stmt *s = new_stmt(p, S_FOR, line);
    bool failed;
    if (s == NULL ||
        (s->for_.body = loop_body(p, "'for' statement", line)) == NULL)
        return NULL;
    s->for_.target = target;
    s->for_.iter = iter;
    s->for_.orelse = else_block(p, &failed);
    return failed ? NULL : s;
}

/* A parameter's name, not yet in params. */
static PyObject *
parameter_name(Parser *p, List *params)
{
    Token at = p->tok;
    if (!check(p, T_NAME))
        return syntax_error(p, "invalid syntax");
    PyObject *name = new_identifier(p, at.start, at.length);
    if (name == NULL)
        return NULL;
    if (strcmp(PyUnicode_AsUTF8(name), "__debug__") == 0)
        return syntax_error(p, "cannot assign to __debug__");
    for (int i = 0; i < params->count; i++)
        if (PyObject_RichCompareBool(params->items[i], name, Py_EQ) == 1)
            early_error(p, at.line, at.column,
                        "duplicate argument '%s' in function definition",
                        PyUnicode_AsUTF8(name));
    if (!list_push(p, params, name))
        return NULL;
    advance(p);
    return name;
}

/* ": ANNOTATION" after a def's parameter, starting at at (a starred
   one's may be *EXPRESSION): minipy has no annotations. */
static bool
annotation(Parser *p, Token *at, bool star)
{
    advance(p);
    Expr *e = star && check(p, T_STAR) ? starred(p, NULL, false) : test(p);
    if (e == NULL)
        return false;
    defer_unsupported(p, at->line, at->column, "annotations");
    return true;
}

/* "*," or "*" at the end of a def's or a lambda's parameters, with no
   name after: CPython's error, at the star (a def's) or at the token
   after (a lambda's). */
static bool
bare_star(Parser *p, Token *star, TokenType end)
{
    const char *message = "named arguments must follow bare *";
    if (end == T_RPAR)
        return error_at(p, EXC_SYNTAX, star->line, star->column, "%s",
                        message) != NULL;
    return syntax_error(p, message) != NULL;
}

/* The parameters of a def or a lambda, up to the token that ends them
   (end): the names in the order of the code's locals (positional,
   keyword-only, *args, **kwargs), the default values of the last
   positional ones, each keyword-only one's (NULL: none) and how many
   there are, *args and **kwargs as co_flags; a, /, b (positional-only)
   and annotations are noted as what minipy lacks.  CPython's errors. */
static bool
parameter_list(Parser *p, Params *out, TokenType end)
{
    List *params = &out->params, *defaults = &out->defaults;
    bool slash = false, star = false, keyword_only = false;
    Token star_at = {0}, dstar_at = {0};
    int star_name = -1; /* where *args's name is in params */
    while (!check(p, end) && !p->failed) {
        Token at = p->tok;
        if (dstar_at.line > 0)
            return syntax_error(p, "arguments cannot follow var-keyword "
                                   "argument") != NULL;
        if (is_op(p, "/")) {
            if (slash)
                return syntax_error(p, "/ may appear only once") != NULL;
            if (star)
                return syntax_error(p, "/ must be ahead of *") != NULL;
            if (params->count == 0)
                return syntax_error(p, peek(p).type == T_COMMA
                                           ? "at least one argument must "
                                             "precede /"
                                           : "invalid syntax") != NULL;
            slash = true;
            advance(p);
            out->nposonly = params->count;
        } else if (check(p, T_STAR)) {
            if (star)
                return syntax_error(p, "* argument may appear only once") !=
                       NULL;
            star = true;
            star_at = at;
            advance(p);
            if (check(p, end))
                return bare_star(p, &star_at, end);
            if (accept(p, T_COMMA)) {
                if (check(p, end) || is_op(p, "**"))
                    return bare_star(p, &star_at, end);
                continue; /* a bare *: keyword-only parameters follow */
            }
            keyword_only = true; /* *args counts as what a * needs */
            if (parameter_name(p, params) == NULL)
                return false;
            star_name = params->count - 1;
            out->flags |= CO_VARARGS;
            if (check(p, T_COLON) && end != T_COLON &&
                !annotation(p, &at, true))
                return false;
            if (check(p, T_EQUAL))
                return syntax_error(p, "var-positional argument cannot "
                                       "have default value") != NULL;
        } else if (is_op(p, "**")) {
            dstar_at = at;
            advance(p);
            if (parameter_name(p, params) == NULL)
                return false;
            out->flags |= CO_VARKEYWORDS;
            if (check(p, T_COLON) && end != T_COLON &&
                !annotation(p, &at, false))
                return false;
            if (check(p, T_EQUAL))
                return syntax_error(p, "var-keyword argument cannot have "
                                       "default value") != NULL;
        } else {
            if (parameter_name(p, params) == NULL)
                return false;
            keyword_only |= star;
            if (check(p, T_COLON) && end != T_COLON &&
                !annotation(p, &at, false))
                return false;
            if (star) { /* keyword-only, a default or not */
                Expr *value = accept(p, T_EQUAL) ? test(p) : NULL;
                if ((value == NULL && p->failed) ||
                    !list_push(p, &out->kwdefaults, value))
                    return false;
                out->nkwonly++;
            } else if (accept(p, T_EQUAL)) {
                Expr *value = test(p);
                if (value == NULL || !list_push(p, defaults, value))
                    return false;
            } else if (defaults->count > 0 && !star) {
                return error_at(p, EXC_SYNTAX, at.line, at.column,
                                "parameter without a default follows "
                                "parameter with a default") != NULL;
            }
        }
        if (check(p, end) || !accept(p, T_COMMA))
            break;
    }
    if (star && !keyword_only)
        return bare_star(p, &star_at, end);
    if (star_name >= 0) { /* *args's name after the keyword-only ones */
        int last = params->count - 1 - ((out->flags & CO_VARKEYWORDS) != 0);
        void *name = params->items[star_name];
        memmove(&params->items[star_name], &params->items[star_name + 1],
                (size_t)(last - star_name) * sizeof(void *));
        params->items[last] = name;
    }
    return !p->failed;
}

static bool
parameters(Parser *p, Params *params)
{
    if (!expect(p, T_LPAR, "expected '('") ||
        !parameter_list(p, params, T_RPAR) ||
        !expect(p, T_RPAR, "invalid syntax"))
        return false;
    if (is_op(p, "->")) {
        Token at = p->tok;
        advance(p);
        if (test(p) == NULL)
            return false;
        defer_unsupported(p, at.line, at.column, "annotations");
    }
    return expect(p, T_COLON, "expected ':'");
}

/* except, except TYPE, except TYPE as NAME, then ':' and a block;
   except* TYPE (*star set), which minipy lacks. */
static bool
except_clause(Parser *p, ExceptHandler *h, bool *star)
{
    Token at = p->tok;
    h->line = p->tok.line;
    advance(p);
    if ((*star = accept(p, T_STAR))) {
        if (check(p, T_COLON))
            return syntax_error(p, "expected one or more exception "
                                   "types") != NULL;
        defer_unsupported(p, at.line, at.column,
                          "'except*' (exception groups)");
    }
    if (!check(p, T_COLON)) {
        Token at = p->tok;
        if ((h->type = test(p)) == NULL)
            return false;
        if (check(p, T_COMMA))
            return error_at(p, EXC_SYNTAX, at.line, at.column,
                            "multiple exception types must be "
                            "parenthesized") != NULL;
        if (is_word(p, "as")) {
            advance(p);
            if ((h->name = name_target(p)) == NULL)
                return false;
        }
    }
    if (!(h->name ? expect(p, T_COLON, "invalid syntax")
                  : expect_colon(p, false)))
        return false;
    h->body = clause_block(p, "'except' statement", h->line);
    return h->body != NULL;
}

/* try: ... except ...: ... else: ... finally: ... */
static Stmt *
try_statement(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    Stmt *s = new_stmt(p, S_TRY, line);
    if (s == NULL || !expect(p, T_COLON, "expected ':'") ||
        (s->try_.body = block(p, "'try' statement", line)) == NULL)
        return NULL;
    List handlers = {0};
    Token bare = {0}; /* a bare except seen: it must be the last */
    int stars = 0;    /* except* clauses seen */
    while (is_word(p, "except")) {
        ExceptHandler *h = arena_alloc(p->arena, sizeof *h);
        if (h == NULL)
            return no_memory(p);
        if (bare.line > 0)
            late_error(p, bare.line, bare.column,
                       "default 'except:' must be last");
        Token at = p->tok;
        bool star;
        if (!except_clause(p, h, &star) || !list_push(p, &handlers, h))
            return NULL;
        stars += star;
        if (stars > 0 && stars < handlers.count)
            return error_at(p, EXC_SYNTAX, at.line, at.column,
                            "cannot have both 'except' and 'except*' on "
                            "the same 'try'");
        if (h->type == NULL)
            bare = at;
    }
    if (handlers.count == 0 && !is_word(p, "finally")) {
        bool at_end = p->tok.start != NULL && *p->tok.start == '\0';
        syntax_error(p, "expected 'except' or 'finally' block");
        if (at_end)
            interp.error.end_column = -1; /* with no caret, as CPython's */
        return NULL;
    }
    ExceptHandler *flat =
        arena_alloc(p->arena, (size_t)(handlers.count + 1) * sizeof *flat);
    if (flat == NULL)
        return no_memory(p);
    for (int i = 0; i < handlers.count; i++)
        flat[i] = *(ExceptHandler *)handlers.items[i];
    s->try_.handlers = flat;
    s->try_.nhandlers = handlers.count;
    bool failed = false;
    if (handlers.count > 0)
        s->try_.orelse = else_block(p, &failed);
    if (!failed && is_word(p, "finally")) {
        int finally_line = p->tok.line;
        advance(p);
        if (!expect(p, T_COLON, "expected ':'"))
            return NULL;
        s->try_.finalbody =
            clause_block(p, "'finally' statement", finally_line);
        failed = s->try_.finalbody == NULL;
    }
    return failed ? NULL : s;
}

/* [T, *Ts, **P, T: BOUND, T = DEFAULT] after the name of a def, a class
   or a type alias: minipy has no generics (PEP 695). */
static bool
type_params(Parser *p)
{
    Token open = p->tok;
    advance(p);
    if (check(p, T_RSQB))
        return syntax_error(p, "Type parameter list cannot be empty") != NULL;
    bool defaulted = false;
    do {
        if (check(p, T_RSQB))
            break;
        int stars = 0;
        if (accept(p, T_STAR))
            stars = 1;
        else if (is_op(p, "**") && (advance(p), true))
            stars = 2;
        Token name = p->tok;
        if (name_target(p) == NULL)
            return false;
        if (check(p, T_COLON) && stars > 0)
            return syntax_error(p, stars == 1 ? "cannot use bound with "
                                                "TypeVarTuple"
                                              : "cannot use bound with "
                                                "ParamSpec") != NULL;
        if (accept(p, T_COLON) && test(p) == NULL)
            return false;
        if (accept(p, T_EQUAL)) {
            defaulted = true;
            if ((stars == 1 && check(p, T_STAR) ? starred(p, NULL, false)
                                                : test(p)) == NULL)
                return false;
        } else if (defaulted) {
            return error_at(p, EXC_SYNTAX, name.line, name.column,
                            "non-default type parameter '%.*s' follows "
                            "default type parameter",
                            name.length, name.start) != NULL;
        }
    } while (accept(p, T_COMMA));
    if (!expect(p, T_RSQB, "invalid syntax"))
        return false;
    defer_unsupported(p, open.line, open.column,
                      "type parameter lists (PEP 695 generics)");
    return true;
}

/* def NAME(PARAMETERS): BLOCK, or async def (is_async). */
static Stmt *
def_statement(Parser *p, bool is_async)
{
    int line = p->tok.line;
    advance(p);
    Stmt *s = new_stmt(p, S_DEF, line);
    if (s == NULL || (s->def.target = name_target(p)) == NULL)
        return NULL;
    if (check(p, T_LSQB) && !type_params(p))
        return NULL;
    Params params = {0};
    if (!parameters(p, &params))
        return NULL;
    s->def.params = (PyObject **)params.params.items;
    s->def.nparams = params.params.count;
    s->def.defaults = (Expr **)params.defaults.items;
    s->def.ndefaults = params.defaults.count;
    s->def.kwdefaults = (Expr **)params.kwdefaults.items;
    int saved_loop = p->in_loop;
    bool saved_func = p->in_func, saved_async = p->in_async;
    p->in_loop = 0;
    p->in_func = true;
    p->in_async = is_async;
    p->scopes++;
    p->defs++;
    Stmt *body =
        rule_enter(p, RULES_DEF) ? block(p, "function definition", line) : NULL;
    rule_leave(p, RULES_DEF);
    p->scopes--;
    p->defs--;
    p->in_loop = saved_loop;
    p->in_func = saved_func;
    p->in_async = saved_async;
    s->def.code = body ? arena_alloc(p->arena, sizeof(Code)) : NULL;
    if (s->def.code == NULL)
        return body ? no_memory(p) : NULL;
    s->def.code->co_body = body;
    s->def.code->co_kwonlyargcount = params.nkwonly;
    s->def.code->co_posonlyargcount = params.nposonly;
    s->def.code->co_flags = params.flags;
    return s;
}

static Stmt *
class_statement(Parser *p)
{
    int line = p->tok.line, col = p->tok.column - 1;
    advance(p);
    Stmt *s = new_stmt(p, S_CLASS, line);
    if (s == NULL || (s->class_.target = name_target(p)) == NULL)
        return NULL;
    bool generic = check(p, T_LSQB);
    if (generic && !type_params(p))
        return NULL;
    if (check(p, T_LPAR)) {
        /* the bases are a call's arguments: minipy takes one at most */
        Token paren = p->tok;
        advance(p);
        Token first = p->tok;
        Expr *args = call(p, NULL, &paren);
        if (args == NULL)
            return NULL;
        if (args->call.nkw > 0 || args->call.nargs > 1 ||
            (args->call.nargs == 1 && args->call.args[0]->unsupported))
            defer_unsupported(p, first.line, first.column,
                              "multiple bases or class keywords");
        if (args->call.nargs == 1)
            s->class_.base = args->call.args[0];
    }
    if (!expect_colon(p, false))
        return NULL;
    int saved_loop = p->in_loop;
    bool saved_func = p->in_func, saved_async = p->in_async;
    p->in_loop = 0;
    p->in_func = false;
    p->in_async = false;
    p->scopes++;
    Stmt *body =
        rule_enter(p, RULES_DEF) ? block(p, "class definition", line) : NULL;
    rule_leave(p, RULES_DEF);
    p->scopes--;
    p->in_loop = saved_loop;
    p->in_func = saved_func;
    p->in_async = saved_async;
    s->class_.code = body ? arena_alloc(p->arena, sizeof(Code)) : NULL;
    if (s->class_.code == NULL)
        return body ? no_memory(p) : NULL;
    s->class_.code->co_body = body;
    /* its code (making the class) is on all of it, body included */
    s->col = col;
    s->end_line = p->code_line;
    s->end_col = p->code_end;
    return s;
}

/* ---- statements minipy lacks, parsed for CPython's errors ---- */

/* EXPRESSION [as TARGET], one item of a with statement. */
static bool
with_item(Parser *p)
{
    if (test(p) == NULL)
        return false;
    if (!is_word(p, "as"))
        return true;
    advance(p);
    Expr *target =
        check(p, T_STAR) ? starred(p, NULL, false) : binary(p, LEVEL_OR);
    if (target == NULL)
        return false;
    return check_target(p, target, "assign to") &&
           check_starred_target(p, target);
}

/* Read ahead: the bracket opened by the current token closes, then a
   ':' follows (with (a as b, c):). */
typedef struct {
    int depth;
    bool closed, colon;
} BracketScan;

static bool
colon_after_bracket(void *ctx, const Token *tok)
{
    BracketScan *scan = ctx;
    if (scan->closed) {
        scan->colon = tok->type == T_COLON;
        return false;
    }
    if (scan->depth == 1 && tok->type == T_OTHER_KEYWORD && tok->length == 2 &&
        memcmp(tok->start, "as", 2) == 0)
        scan->colon = true; /* with (a as b ...: the items' brackets */
    if (tok->type == T_LPAR || tok->type == T_LSQB || tok->type == T_LBRACE)
        scan->depth++;
    if (tok->type == T_RPAR || tok->type == T_RSQB || tok->type == T_RBRACE)
        scan->closed = --scan->depth == 0;
    return tok->type != T_NEWLINE;
}

/* with ITEMS: BLOCK */
static Stmt *
with_statement(Parser *p)
{
    int line = p->tok.line;
    defer_unsupported(p, p->tok.line, p->tok.column, "'with' statements");
    advance(p);
    BracketScan scan = {1, false, false};
    if (check(p, T_LPAR))
        look_ahead(p, colon_after_bracket, &scan);
    if (scan.colon) { /* with (a as b, c as d,): */
        advance(p);
        do {
            if (check(p, T_RPAR))
                break;
            if (!with_item(p))
                return NULL;
        } while (accept(p, T_COMMA));
        if (!expect(p, T_RPAR, "invalid syntax"))
            return NULL;
    } else {
        do {
            if (!with_item(p))
                return NULL;
        } while (accept(p, T_COMMA));
    }
    if (!expect_colon(p, false))
        return NULL;
    Stmt *body = block(p, "'with' statement", line);
    return body != NULL ? new_stmt(p, S_PASS, line) : NULL;
}

/* async def, async for, async with: minipy has no coroutines. */
static Stmt *
async_statement(Parser *p)
{
    Token at = p->tok;
    advance(p);
    defer_unsupported(p, at.line, at.column, "async code");
    if (check(p, T_DEF))
        return def_statement(p, true);
    bool loop = check(p, T_FOR);
    if (!loop && !is_word(p, "with"))
        return syntax_error(p, "invalid syntax");
    if (!p->in_async)
        late_error(p, at.line, at.column,
                   loop ? "'async for' outside async function"
                        : "'async with' outside async function");
    return loop ? for_statement(p) : with_statement(p);
}

/* @DECORATOR lines, then the def or class they decorate. */
static Stmt *
decorated(Parser *p)
{
    List decorators = {0};
    while (is_op(p, "@")) {
        advance(p);
        Expr *d = named_test(p);
        if (d == NULL || !list_push(p, &decorators, d) ||
            !expect(p, T_NEWLINE, "invalid syntax"))
            return NULL;
    }
    Stmt *s = check(p, T_DEF)     ? def_statement(p, false)
              : check(p, T_CLASS) ? class_statement(p)
              : is_word(p, "async") && peek(p).type == T_DEF
                  ? async_statement(p)
                  : syntax_error(p, "invalid syntax");
    if (s != NULL) {
        s->decorators = (Expr **)decorators.items;
        s->ndecorators = decorators.count;
    }
    return s;
}

/* Patterns, read for their syntax only: minipy has no match statement
   (Grammar/python.gram, match_stmt, 3.13). */
static bool pattern(Parser *p);

/* The name a pattern captures into (after "as", "*" or "**"). */
static bool
capture_target(Parser *p, bool wildcard)
{
    if (is_name(p, "_") && !wildcard)
        return syntax_error(p, "cannot use '_' as a target") != NULL;
    if (!check(p, T_NAME))
        return syntax_error(p, "invalid pattern target") != NULL;
    advance(p);
    return true;
}

/* -1, 1 + 2j, 'text', None: a literal pattern or mapping key. */
static bool
literal_pattern(Parser *p)
{
    if (check(p, T_STRING) || check(p, T_FSTRING_START)) {
        Expr *e = strings(p);
        if (e != NULL && e->kind == E_JOINEDSTR)
            return error_at(p, EXC_SYNTAX, e->line, e->column,
                            "patterns may only match literals and "
                            "attribute lookups") != NULL;
        return e != NULL;
    }
    if (check(p, T_NONE) || check(p, T_TRUE) || check(p, T_FALSE)) {
        advance(p);
        return true;
    }
    accept(p, T_MINUS);
    if (!expect(p, T_NUMBER, "invalid syntax"))
        return false;
    if ((check(p, T_PLUS) || check(p, T_MINUS)) && (advance(p), true))
        return expect(p, T_NUMBER, "invalid syntax");
    return true;
}

/* A NAME, a.b.c: a capture, a value, or the class of C(...). */
static bool
dotted_pattern(Parser *p)
{
    advance(p);
    while (accept(p, T_DOT))
        if (!expect(p, T_NAME, "invalid syntax"))
            return false;
    return true;
}

static bool
star_or_pattern(Parser *p)
{
    if (accept(p, T_STAR))
        return capture_target(p, true);
    return pattern(p);
}

/* The patterns of (...) or [...] up to close. */
static bool
sequence_pattern(Parser *p, TokenType close)
{
    while (!check(p, close) && !p->failed) {
        if (!star_or_pattern(p))
            return false;
        if (!accept(p, T_COMMA))
            break;
    }
    return expect(p, close, "invalid syntax");
}

/* {KEY: PATTERN, **REST} */
static bool
mapping_pattern(Parser *p)
{
    while (!check(p, T_RBRACE) && !p->failed) {
        if (is_op(p, "**")) {
            advance(p);
            if (!capture_target(p, false))
                return false;
        } else {
            if (check(p, T_NAME) ? !dotted_pattern(p) : !literal_pattern(p))
                return false;
            if (!expect(p, T_COLON, "invalid syntax") || !pattern(p))
                return false;
        }
        if (!accept(p, T_COMMA))
            break;
    }
    return expect(p, T_RBRACE, "invalid syntax");
}

/* C(PATTERN, NAME=PATTERN), after "C(". */
static bool
class_pattern(Parser *p)
{
    bool keywords = false;
    while (!check(p, T_RPAR) && !p->failed) {
        if (check(p, T_NAME) && peek(p).type == T_EQUAL) {
            advance(p);
            advance(p);
            keywords = true;
        } else if (keywords) {
            return syntax_error(p, "positional patterns follow keyword "
                                   "patterns") != NULL;
        }
        if (!pattern(p) || !accept(p, T_COMMA))
            break;
    }
    return !p->failed && expect(p, T_RPAR, "invalid syntax");
}

static bool
closed_pattern_kind(Parser *p)
{
    switch (p->tok.type) {
    case T_NAME:
        if (!dotted_pattern(p))
            return false;
        return !accept(p, T_LPAR) || class_pattern(p);
    case T_LPAR:
        advance(p);
        return sequence_pattern(p, T_RPAR);
    case T_LSQB:
        advance(p);
        return sequence_pattern(p, T_RSQB);
    case T_LBRACE:
        advance(p);
        return mapping_pattern(p);
    default:
        return literal_pattern(p);
    }
}

/* One pattern, a | b | c, or one with "as NAME". */
static bool
pattern(Parser *p)
{
    do {
        bool ok = rule_enter(p, 1) && closed_pattern_kind(p);
        rule_leave(p, 1);
        if (!ok)
            return false;
    } while (is_op(p, "|") && (advance(p), true));
    if (!is_word(p, "as"))
        return true;
    advance(p);
    return capture_target(p, false);
}

/* case PATTERNS [if GUARD]: BLOCK */
static bool
case_block(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    if (!star_or_pattern(p))
        return false;
    while (accept(p, T_COMMA) && !check(p, T_COLON) && !check(p, T_IF))
        if (!star_or_pattern(p))
            return false;
    if (accept(p, T_IF) && named_test(p) == NULL)
        return false;
    if (!expect(p, T_COLON, "invalid syntax"))
        return false;
    return block(p, "'case' statement", line) != NULL;
}

/* Read ahead: what the line after "match" holds, to tell a match
   statement from an expression that uses the name match. */
typedef struct {
    int count;
    TokenType first, last;
} LineScan;

static bool
scan_line(void *ctx, const Token *tok)
{
    LineScan *scan = ctx;
    if (tok->type == T_NEWLINE)
        return false;
    if (scan->count++ == 0)
        scan->first = tok->type;
    scan->last = tok->type;
    return true;
}

/* Does the statement at the name "match" start a match statement?  It
   does if its line ends with ':' (match x:), or if what follows the
   name could not follow it in an expression (match x). */
static bool
is_match_statement(Parser *p)
{
    if (!is_name(p, "match"))
        return false;
    LineScan scan = {0, T_END, T_END};
    look_ahead(p, scan_line, &scan);
    if (starts_operand(scan.first))
        return true;
    return scan.count >= 2 && scan.last == T_COLON && scan.first != T_EQUAL &&
           scan.first != T_COLON && scan.first != T_DOT &&
           scan.first != T_COMMA && scan.first != T_SEMI &&
           !(scan.first >= T_PLUSEQUAL && scan.first <= T_PERCENTEQUAL);
}

/* match SUBJECT: then case blocks: minipy lacks them. */
static Stmt *
match_statement(Parser *p)
{
    Token at = p->tok;
    advance(p);
    Expr *subject = check(p, T_STAR) ? starred(p, NULL, false) : named_test(p);
    if (subject == NULL)
        return NULL;
    if (is_starred(subject) && !check(p, T_COMMA))
        return syntax_error(p, "invalid syntax");
    if (check(p, T_COMMA)) {
        while (accept(p, T_COMMA) && !check(p, T_COLON) && !p->failed) {
            Expr *e =
                check(p, T_STAR) ? starred(p, NULL, false) : named_test(p);
            if (e == NULL)
                return NULL;
        }
    }
    if (check(p, T_NEWLINE))
        return syntax_error(p, "expected ':'");
    if (!expect(p, T_COLON, "invalid syntax") ||
        !expect(p, T_NEWLINE, "invalid syntax"))
        return NULL;
    if (!check(p, T_INDENT))
        return error_at(p, EXC_INDENTATION, p->tok.line, p->tok.column,
                        "expected an indented block after 'match' "
                        "statement on line %d",
                        at.line);
    advance(p);
    do {
        if (!is_name(p, "case"))
            return syntax_error(p, "invalid syntax");
        if (!case_block(p))
            return NULL;
    } while (!check(p, T_DEDENT) && !check(p, T_END));
    accept(p, T_DEDENT);
    defer_unsupported(p, at.line, at.column, "match statements");
    return new_stmt(p, S_PASS, at.line); /* never compiled */
}

/* The statements of a block after ':': on the same line, or indented on
   the lines below. */
static Stmt *
block_kind(Parser *p, const char *what, int line)
{
    if (!check(p, T_NEWLINE))
        return simple_statements(p);
    advance(p);
    if (!check(p, T_INDENT) && !p->failed) {
        bool at_end = p->tok.start != NULL && *p->tok.start == '\0';
        error_at(p, EXC_INDENTATION, p->tok.line, p->tok.column,
                 "expected an indented block after %s on line %d", what, line);
        if (at_end && !p->interactive)
            interp.error.end_column = -1; /* no caret at a file's end */
        return NULL;
    }
    if (!check(p, T_INDENT))
        return NULL;
    advance(p);
    Stmt *first = NULL, **tail = &first;
    while (!check(p, T_DEDENT) && !check(p, T_END) && !p->failed) {
        Stmt *s = statement(p);
        if (s == NULL)
            return NULL;
        *tail = s;
        while (s->next != NULL)
            s = s->next;
        tail = &s->next;
    }
    accept(p, T_DEDENT);
    return p->failed ? NULL : first;
}

static Stmt *
block(Parser *p, const char *what, int line)
{
    int rules = check(p, T_NEWLINE) ? RULES_BLOCK : RULES_BLOCK_LINE;
    Stmt *s = rule_enter(p, rules) ? block_kind(p, what, line) : NULL;
    rule_leave(p, rules);
    return s;
}

static Stmt *
statement_kind(Parser *p)
{
    switch (p->tok.type) {
    case T_IF:
        return if_statement(p);
    case T_WHILE:
        return while_statement(p);
    case T_FOR:
        return for_statement(p);
    case T_DEF:
        return def_statement(p, false);
    case T_CLASS:
        return class_statement(p);
    case T_OTHER_KEYWORD:
        if (is_word(p, "try"))
            return try_statement(p);
        if (is_word(p, "with"))
            return with_statement(p);
        if (is_word(p, "async"))
            return async_statement(p);
        return simple_statements(p);
    case T_OTHER_OP:
        if (is_op(p, "@"))
            return decorated(p);
        return simple_statements(p);
    case T_NAME:
        if (is_match_statement(p))
            return match_statement(p);
        return simple_statements(p);
    case T_FIGURE: {
        Stmt *s = figure_statement(p);
        if (s != NULL && !check(p, T_NEWLINE) && !check(p, T_END))
            return syntax_error(p, "invalid syntax");
        advance(p);
        return s;
    }
    case T_INDENT:
        p->final = true;
        error_at(p, EXC_INDENTATION, p->tok.line, p->tok.column,
                 "unexpected indent");
        interp.error.end_column = -1; /* with no caret, as CPython's */
        return NULL;
    case T_ELSE:
    case T_ELIF:
        return syntax_error(p, "invalid syntax");
    default:
        return simple_statements(p);
    }
}

/* Does the statement here start with a simple statement? */
static bool
starts_simple(Parser *p)
{
    TokenType t = p->tok.type;
    if (t == T_IF || t == T_WHILE || t == T_FOR || t == T_DEF || t == T_CLASS ||
        is_op(p, "@"))
        return false;
    if (t == T_OTHER_KEYWORD)
        return !is_word(p, "try") && !is_word(p, "with") &&
               !is_word(p, "async");
    return !is_match_statement(p);
}

static Stmt *
statement(Parser *p)
{
    TokenType t = p->tok.type;
    bool compound = t == T_IF || t == T_WHILE || t == T_FOR || t == T_DEF ||
                    t == T_CLASS || is_word(p, "try");
    int rules = RULES_STATEMENT + (compound ? RULES_COMPOUND : 0);
    if (t != T_FIGURE && !starts_simple(p))
        p->statements++; /* a compound one (small_statement counts the
                            others) */
    Stmt *s = rule_enter(p, rules) ? statement_kind(p) : NULL;
    rule_leave(p, rules);
    return s;
}

/* After an error found by the parser, CPython reads the rest of the
   file: an error its tokenizer meets further on (a string never closed,
   a bad character or number, a stray bracket; a bracket never closed
   that was opened before the error) is the one reported. */
static void
prefer_tokenizer_error(Parser *p)
{
    if (p->final || p->lx.failed ||
        (interp.error.kind != EXC_SYNTAX &&
         interp.error.kind != EXC_INDENTATION &&
         interp.error.kind != EXC_NOT_IMPLEMENTED))
        return;
    int error_line = p->tok.line;
    PendingError parser_error = interp.error;
    memset(&interp.error, 0, sizeof interp.error);
    Token tok;
    p->lx.quiet = true; /* CPython's parser reads no literal past an error */
    while (lexer_next(&p->lx, &tok) && tok.type != T_END) {
    }
    char kind;
    int line = 0, column;
    bool at_end = *p->lx.p == '\0' &&
                  lexer_unclosed_bracket(&p->lx, &kind, &line, &column);
    if (p->lx.failed && interp.error.kind == EXC_SYNTAX &&
        (!at_end || line < error_line)) {
        PyMem_RawFree(parser_error.message);
        PyMem_RawFree(parser_error.tb);
    } else {
        PyErr_Clear();
        interp.error = parser_error;
    }
}

/* Does the text end with an empty line?  At the prompt, that ends a
   compound statement; a line of spaces does not (CPython 3.13's
   tokenizer, Parser/lexer/lexer.c, in interactive mode). */
static bool
ends_with_empty_line(const char *source)
{
    size_t n = strlen(source);
    if (n > 0 && source[n - 1] == '\n')
        n--;
    if (n > 0 && source[n - 1] == '\r')
        n--;
    return n > 0 && source[n - 1] == '\n';
}

/* At the prompt, is this text the start of a statement that more lines
   could finish?  It is if the tokenizer ran out in a bracket, a string
   or after a backslash; or if the parser wanted more at the end; or if
   it holds a compound statement with no empty line after it yet. */
static bool
needs_more(Parser *p, bool compound, const char *source)
{
    if (!p->failed)
        return compound && !ends_with_empty_line(source);
    if (p->lx.failed)
        return p->lx.incomplete;
    bool at_end = p->tok.start != NULL && *p->tok.start == '\0';
    return at_end &&
           (interp.error.kind == EXC_SYNTAX ||
            interp.error.kind == EXC_INDENTATION) &&
           !ends_with_empty_line(source);
}

/* The prompt's "single" mode: one statement, a line of simple statements
   or a compound statement, and nothing after it (NULL if the text holds
   none, or on an error). */
static Stmt *
interactive_statement(Parser *p, const char *source, bool allow_incomplete)
{
    TokenType type = p->tok.type;
    bool compound = type == T_IF || type == T_WHILE || type == T_FOR ||
                    type == T_DEF || type == T_CLASS || is_word(p, "try") ||
                    is_word(p, "with") || is_word(p, "async") ||
                    is_op(p, "@") || is_match_statement(p);
    Stmt *s = check(p, T_END) ? NULL : statement(p);
    if (s != NULL && !check(p, T_END))
        s = syntax_error(p, "invalid syntax");
    if (allow_incomplete && needs_more(p, compound, source)) {
        PyErr_SyntaxAt(EXC_INCOMPLETE_INPUT, p->tok.line, p->tok.column,
                       "incomplete input");
        p->failed = true;
        return NULL;
    }
    return s;
}

int
parse_ast(Module *m, const char *source, Stmt **body)
{
    Parser p = {.level = RULES_MODULE, .interactive = m->interactive};
    p.arena = &m->arena;
    lexer_init(&p.lx, source);
    advance(&p);
    Stmt *first = NULL, **tail = &first;
    if (m->interactive)
        first = interactive_statement(&p, source, m->allow_incomplete);
    while (!m->interactive && !check(&p, T_END) && !p.failed) {
        Stmt *s = statement(&p);
        if (s == NULL)
            break;
        *tail = s;
        while (s->next != NULL)
            s = s->next;
        tail = &s->next;
    }
    /* (at the prompt, the rest of the text is not yet typed) */
    if (p.failed && !(m->interactive && m->allow_incomplete))
        prefer_tokenizer_error(&p);
    /* CPython's symbol table runs before its compiler, so its errors
       come first; a construct minipy lacks gives way to both */
    Unsupported *u = p.early.line > 0 ? &p.early
                     : p.lx.unsupported.line > 0 && p.late.line > 0
                         ? &p.late
                         : &p.lx.unsupported;
    if (!p.failed && u->line > 0) {
        PyErr_SyntaxAt(u == &p.lx.unsupported ? EXC_NOT_IMPLEMENTED
                                              : EXC_SYNTAX,
                       u->line, u->column, "%s", u->message);
        if (u != &p.lx.unsupported)
            interp.error.end_column = u->end_column;
        p.failed = true;
    }
    m->compile_error.line = 0;
    if (!p.failed && p.late.line > 0) {
        m->compile_error.line = p.late.line;
        m->compile_error.column = p.late.column;
        m->compile_error.end_column = p.late.end_column;
        memcpy(m->compile_error.message, p.late.message,
               sizeof m->compile_error.message);
    }
    lexer_free(&p.lx);
    if (p.failed)
        return -1;
    *body = first;
    return 0;
}
