/* The parser: tokens to a tree of statements and expressions, by
   recursive descent over Python's grammar (the part minipy supports). */
#include "parser.h"

#include "abstract.h"
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
    Token tok; /* the current token */
    Arena *arena;
    int depth;    /* nesting of the expression being parsed */
    int in_loop;  /* loops around the statement, in this function */
    bool in_func; /* directly inside a def (not a class body) */
    bool failed;
    bool final; /* the error stands whatever follows it */
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
    p->failed = true;
    return NULL;
}

/* A syntax error at the current token. */
static void *
syntax_error(Parser *p, const char *message)
{
    return error_at(p, EXC_SYNTAX, p->tok.line, p->tok.column, "%s", message);
}

static void *
unsupported(Parser *p, const char *what)
{
    return error_at(p, EXC_NOT_IMPLEMENTED, p->tok.line, p->tok.column,
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

/* ---- tokens ---- */

static void
advance(Parser *p)
{
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

/* ---- nodes and the objects they hold ---- */

static Expr *
new_expr(Parser *p, ExprKind kind, Token *at)
{
    Expr *e = arena_alloc(p->arena, sizeof *e);
    if (e == NULL)
        return no_memory(p);
    e->kind = kind;
    e->line = at->line;
    e->column = at->column;
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
static bool parameter_list(Parser *p, List *params, List *defaults,
                           TokenType end);
static Expr *or_test(Parser *p);
static Expr *testlist(Parser *p, bool allow_empty);

/* Guard the nesting of the tree: evaluating it recurses as deep. */
static bool
enter(Parser *p, int levels)
{
    if (p->depth + levels > MAX_AST_DEPTH) {
        error_at(p, EXC_RECURSION, p->tok.line, 0,
                 "maximum recursion depth exceeded during compilation");
        return false;
    }
    return true;
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
    Expr *value = testlist(p, false);
    if (value != NULL && forgot_comma(p, value))
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
    if (!enter(p, 1))
        return false;
    p->depth++;
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
    p->depth--;
    if (value == NULL || !expect(p, T_RBRACE, "f-string: expecting '}'"))
        return false;
    Expr *e = new_expr(p, E_FORMATTED, &brace);
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
    while (ok && (check(p, T_STRING) || check(p, T_FSTRING_START))) {
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
    if (!ok) {
        Py_XDECREF(text);
        return NULL;
    }
    if (!has_fields(&parts))
        return constant(p, &first, text ? text : PyUnicode_FromString(""));
    if (!flush_text(p, &parts, &text, &first))
        return NULL;
    return joined_string(p, &first, &parts);
}

static Expr *
sequence(Parser *p, ExprKind kind, Token *at, List *items)
{
    Expr *e = new_expr(p, kind, at);
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
    Expr *at = leftmost(item);
    error_at(p, EXC_SYNTAX, at->line, at->column,
             "invalid syntax. Perhaps you forgot a comma?");
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
    error_at(p, EXC_SYNTAX, name->line, name->column,
             "Missing parentheses in call to '%s'. Did you mean %s(...)?", id,
             id);
    return true;
}

/* What follows "(" or "[": items, or a comprehension: a list's one item
   followed by "for" stops here when may_comprehend; others are
   refused. */
static bool
display_items(Parser *p, TokenType close, List *items, bool *comma,
              bool may_comprehend)
{
    *comma = false;
    while (!check(p, close) && !p->failed) {
        if (check(p, T_STAR))
            return unsupported(p, "unpacking with * in a display");
        Expr *item = test(p);
        if (item == NULL || !list_push(p, items, item))
            return false;
        if (check(p, T_FOR) && may_comprehend && items->count == 1)
            return true;
        if (check(p, T_FOR))
            return unsupported(p, close == T_RPAR
                                      ? "generator expressions"
                                      : "comprehensions or generator "
                                        "expressions");
        if (forgot_comma(p, item))
            return false;
        if (!accept(p, T_COMMA))
            break;
        *comma = true;
    }
    return !p->failed;
}

static Expr *
paren_atom(Parser *p, Token *at)
{
    List items = {0};
    bool comma;
    if (!display_items(p, T_RPAR, &items, &comma, false))
        return NULL;
    if (!expect(p, T_RPAR, "invalid syntax"))
        return NULL;
    if (items.count == 1 && !comma)
        return items.items[0];
    return sequence(p, E_TUPLE, at, &items);
}

static Expr *for_target(Parser *p);

/* The "for ... in ... if ..." clauses after a list comprehension's
   element, up to "]". */
static Expr *
list_comprehension(Parser *p, Token *at, Expr *elt)
{
    List clauses = {0};
    while (!p->failed && accept(p, T_FOR)) {
        Comprehension *gen = arena_alloc(p->arena, sizeof *gen);
        List ifs = {0};
        if (gen == NULL)
            return no_memory(p);
        if ((gen->target = for_target(p)) == NULL ||
            !expect(p, T_IN, "'in' expected after for-loop variables") ||
            (gen->iter = or_test(p)) == NULL)
            return NULL;
        while (accept(p, T_IF)) {
            Expr *cond = or_test(p);
            if (cond == NULL || !list_push(p, &ifs, cond))
                return NULL;
        }
        gen->ifs = (Expr **)ifs.items;
        gen->nifs = ifs.count;
        if (!list_push(p, &clauses, gen))
            return NULL;
    }
    if (!expect(p, T_RSQB, "invalid syntax"))
        return NULL;
    Expr *e = new_expr(p, E_LISTCOMP, at);
    Comprehension *flat =
        e ? arena_alloc(p->arena, (size_t)clauses.count * sizeof *flat) : NULL;
    if (flat == NULL)
        return p->failed ? NULL : no_memory(p);
    for (int i = 0; i < clauses.count; i++)
        flat[i] = *(Comprehension *)clauses.items[i];
    e->listcomp.elt = elt;
    e->listcomp.generators = flat;
    e->listcomp.ngenerators = clauses.count;
    return e;
}

static Expr *
list_atom(Parser *p, Token *at)
{
    List items = {0};
    bool comma;
    if (!display_items(p, T_RSQB, &items, &comma, true))
        return NULL;
    if (items.count == 1 && !comma && check(p, T_FOR)) {
        if (!enter(p, 1))
            return NULL;
        p->depth++;
        Expr *e = list_comprehension(p, at, items.items[0]);
        p->depth--;
        return e;
    }
    if (!expect(p, T_RSQB, "invalid syntax"))
        return NULL;
    return sequence(p, E_LIST, at, &items);
}

static Expr *
dict_atom(Parser *p, Token *at)
{
    List keys = {0}, values = {0};
    while (!check(p, T_RBRACE) && !p->failed) {
        if (check(p, T_STAR) || check(p, T_OTHER_OP))
            return unsupported(p, "unpacking with ** in a dict display");
        Expr *key = test(p);
        if (key == NULL)
            return NULL;
        if (check(p, T_COMMA) || check(p, T_RBRACE))
            return unsupported(p, "sets");
        if (check(p, T_FOR))
            return unsupported(p, "comprehensions");
        if (forgot_comma(p, key) ||
            !expect(p, T_COLON, "':' expected after dictionary key"))
            return NULL;
        Expr *value = test(p);
        if (value == NULL || !list_push(p, &keys, key) ||
            !list_push(p, &values, value))
            return NULL;
        if (check(p, T_FOR))
            return unsupported(p, "comprehensions");
        if (forgot_comma(p, value))
            return NULL;
        if (!accept(p, T_COMMA))
            break;
    }
    if (!expect(p, T_RBRACE, "invalid syntax"))
        return NULL;
    Expr *e = new_expr(p, E_DICT, at);
    if (e == NULL)
        return NULL;
    e->dict.keys = (Expr **)keys.items;
    e->dict.values = (Expr **)values.items;
    e->dict.count = keys.count;
    return e;
}

static Expr *
atom(Parser *p)
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
    case T_OTHER_KEYWORD:
        if (at.length == 5 && memcmp(at.start, "yield", 5) == 0)
            return unsupported(p, "generators (yield)");
        if (at.length == 5 && memcmp(at.start, "await", 5) == 0)
            return unsupported(p, "async code (await)");
        return syntax_error(p, "invalid syntax");
    case T_OTHER_OP:
        if (at.length == 3 && memcmp(at.start, "...", 3) == 0)
            return unsupported(p, "the Ellipsis literal (...)");
        return syntax_error(p, "invalid syntax");
    default:
        return syntax_error(p, "invalid syntax");
    }
}

/* One part of a subscript: an index, or a slice a:b:c. */
static Expr *
subscript_item(Parser *p)
{
    Token at = p->tok;
    Expr *lower = NULL, *upper = NULL, *step = NULL;
    if (!check(p, T_COLON) && (lower = test(p)) == NULL)
        return NULL;
    if (!accept(p, T_COLON))
        return lower;
    if (!check(p, T_COLON) && !check(p, T_RSQB) && !check(p, T_COMMA) &&
        (upper = test(p)) == NULL)
        return NULL;
    if (accept(p, T_COLON) && !check(p, T_RSQB) && !check(p, T_COMMA) &&
        (step = test(p)) == NULL)
        return NULL;
    Expr *e = new_expr(p, E_SLICE, &at);
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

/* f(a, b, key=c): positional arguments, then keyword ones. */
static Expr *
call(Parser *p, Expr *func, Token *at)
{
    List args = {0}, kwnames = {0};
    while (!check(p, T_RPAR) && !p->failed) {
        if (check(p, T_STAR) || (check(p, T_OTHER_OP) && p->tok.length == 2 &&
                                 memcmp(p->tok.start, "**", 2) == 0))
            return unsupported(p, "unpacking arguments with * or **");
        Token arg_at = p->tok;
        Expr *arg = test(p);
        if (arg == NULL)
            return NULL;
        if (check(p, T_FOR))
            return unsupported(p, "generator expressions");
        if (accept(p, T_EQUAL)) {
            if (arg->kind != E_NAME)
                return error_at(p, EXC_SYNTAX, arg_at.line, arg_at.column,
                                "expression cannot contain assignment, "
                                "perhaps you meant \"==\"?");
            for (int i = 0; i < kwnames.count; i++)
                if (PyObject_RichCompareBool(kwnames.items[i], arg->name.id,
                                             Py_EQ) == 1)
                    return error_at(p, EXC_SYNTAX, arg_at.line, arg_at.column,
                                    "keyword argument repeated: %s",
                                    PyUnicode_AsUTF8(arg->name.id));
            if (!list_push(p, &kwnames, arg->name.id) ||
                (arg = test(p)) == NULL)
                return NULL;
        } else if (kwnames.count > 0) {
            return error_at(p, EXC_SYNTAX, arg_at.line, arg_at.column,
                            "positional argument follows keyword argument");
        }
        if (forgot_comma(p, arg))
            return NULL;
        if (!list_push(p, &args, arg) || !accept(p, T_COMMA))
            break;
    }
    if (!expect(p, T_RPAR, "invalid syntax"))
        return NULL;
    Expr *e = new_expr(p, E_CALL, at);
    if (e == NULL)
        return NULL;
    e->call.func = func;
    e->call.args = (Expr **)args.items;
    e->call.nkw = kwnames.count;
    e->call.nargs = args.count - kwnames.count;
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
    Expr *e = atom(p);
    if (e != NULL && e->kind == E_NAME && legacy_statement(p, e))
        return NULL;
    for (int chain = 1; e != NULL; chain++) {
        Token at = p->tok;
        if (!check(p, T_DOT) && !check(p, T_LSQB) && !check(p, T_LPAR))
            break;
        if (!enter(p, chain))
            return NULL;
        advance(p);
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
    }
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
static Expr *
power(Parser *p)
{
    Expr *e = primary(p);
    if (e == NULL || !is_op(p, "**"))
        return e;
    Token at = p->tok;
    if (!enter(p, 1))
        return NULL;
    p->depth++;
    advance(p);
    Expr *right = factor(p);
    p->depth--;
    return binop_node(p, &at, OP_POW, e, right);
}

static Expr *
factor(Parser *p)
{
    bool invert = is_op(p, "~");
    if (check(p, T_MINUS) || check(p, T_PLUS) || invert) {
        Token at = p->tok;
        if (!enter(p, 1))
            return NULL;
        p->depth++;
        advance(p);
        Expr *operand = factor(p);
        p->depth--;
        Expr *e = operand ? new_expr(p, E_UNARY, &at) : NULL;
        if (e != NULL) {
            e->unary.op = invert               ? OP_INVERT
                          : at.type == T_MINUS ? OP_NEG
                                               : OP_POS;
            e->unary.operand = operand;
        }
        return e;
    }
    return power(p);
}

/* The levels of binary operators, tightest first, as Python's grammar
   has them: * // %, then + -, << >>, &, ^, |. */
typedef enum {
    LEVEL_TERM,
    LEVEL_ARITH,
    LEVEL_SHIFT,
    LEVEL_AND,
    LEVEL_XOR,
    LEVEL_OR
} Level;

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
static Expr *
binary(Parser *p, Level level)
{
    Expr *e = level == LEVEL_TERM ? factor(p) : binary(p, level - 1);
    BinOp op;
    for (int chain = 1; e != NULL && !p->failed; chain++) {
        if (level == LEVEL_TERM && (is_op(p, "/") || is_op(p, "@")))
            return unsupported(p, is_op(p, "/")
                                      ? "the '/' operator (minipy has no "
                                        "floats; use //)"
                                      : "the '@' operator");
        if (!binop_token(p, level, &op))
            break;
        Token at = p->tok;
        if (!enter(p, chain))
            return NULL;
        advance(p);
        Expr *right = level == LEVEL_TERM ? factor(p) : binary(p, level - 1);
        if ((e = binop_node(p, &at, op, e, right)) == NULL)
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
        Expr *right = slot ? binary(p, LEVEL_OR) : NULL;
        if (right == NULL || !list_push(p, &ops, slot) ||
            !list_push(p, &rights, right))
            return slot ? NULL : no_memory(p);
        *slot = op;
    }
    if (p->failed)
        return NULL;
    if (ops.count == 0)
        return left;
    Expr *e = new_expr(p, E_COMPARE, &at);
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
    if (!check(p, T_NOT))
        return comparison(p);
    Token at = p->tok;
    if (!enter(p, 1))
        return NULL;
    p->depth++;
    advance(p);
    Expr *operand = not_test(p);
    p->depth--;
    Expr *e = operand ? new_expr(p, E_NOT, &at) : NULL;
    if (e != NULL)
        e->unary.operand = operand;
    return e;
}

/* a and b and c (or: a or b or c) is one node with all the operands. */
static Expr *
bool_op(Parser *p, bool is_and)
{
    Token at = p->tok;
    Expr *first = is_and ? not_test(p) : bool_op(p, true);
    TokenType keyword = is_and ? T_AND : T_OR;
    if (first == NULL || !check(p, keyword))
        return first;
    List values = {0};
    if (!list_push(p, &values, first))
        return NULL;
    while (accept(p, keyword)) {
        Expr *next = is_and ? not_test(p) : bool_op(p, true);
        if (next == NULL || !list_push(p, &values, next))
            return NULL;
    }
    Expr *e = new_expr(p, E_BOOLOP, &at);
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
    List params = {0}, defaults = {0};
    if (!parameter_list(p, &params, &defaults, T_COLON) ||
        !expect(p, T_COLON, "invalid syntax"))
        return NULL;
    Expr *e = new_expr(p, E_LAMBDA, &at);
    Expr *body = e ? test(p) : NULL;
    Stmt *ret = body ? new_stmt(p, S_RETURN, body->line) : NULL;
    Code *code = ret ? arena_alloc(p->arena, sizeof(Code)) : NULL;
    if (code == NULL)
        return p->failed ? NULL : no_memory(p);
    ret->expr = body;
    code->co_body = ret;
    e->lambda.code = code;
    e->lambda.params = (PyObject **)params.items;
    e->lambda.nparams = params.count;
    e->lambda.defaults = (Expr **)defaults.items;
    e->lambda.ndefaults = defaults.count;
    return e;
}

/* A full expression: with a conditional, a if c else b; or a lambda. */
static Expr *
test(Parser *p)
{
    if (!enter(p, 1))
        return NULL;
    if (is_word(p, "lambda")) {
        p->depth++;
        Expr *e = lambda(p);
        p->depth--;
        return p->failed ? NULL : e;
    }
    p->depth++;
    Token at = p->tok;
    Expr *e = or_test(p);
    if (e != NULL && accept(p, T_IF)) {
        Expr *cond = or_test(p), *orelse = NULL;
        if (cond != NULL && expect(p, T_ELSE,
                                   "expected 'else' after 'if' "
                                   "expression"))
            orelse = test(p);
        Expr *node = orelse ? new_expr(p, E_IFEXP, &at) : NULL;
        if (node != NULL) {
            node->ifexp.test = cond;
            node->ifexp.body = e;
            node->ifexp.orelse = orelse;
        }
        e = node;
    }
    p->depth--;
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
    Expr *first = test(p);
    if (first == NULL || !check(p, T_COMMA))
        return first;
    List items = {0};
    if (!list_push(p, &items, first))
        return NULL;
    while (accept(p, T_COMMA) && !ends_expression(p)) {
        Expr *item = test(p);
        if (item == NULL || !list_push(p, &items, item))
            return NULL;
    }
    return p->failed ? NULL : sequence(p, E_TUPLE, &at, &items);
}

/* ---- statements ---- */

static Stmt *statement(Parser *p);
static Stmt *block(Parser *p, const char *what, int line);

/* What CPython calls an expression that cannot be a target, or NULL
   for one that can be (a tuple or list can if its items can). */
static const char *
target_name(Expr *e)
{
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
        return "list comprehension";
    case E_DICT:
        return "dict literal";
    default:
        return "expression";
    }
}

/* The first part of a target that cannot be assigned to, or NULL. */
static Expr *
invalid_target(Expr *e)
{
    if (e->kind == E_TUPLE || e->kind == E_LIST) {
        for (int i = 0; i < e->seq.count; i++) {
            Expr *bad = invalid_target(e->seq.items[i]);
            if (bad != NULL)
                return bad;
        }
        return NULL;
    }
    return target_name(e) != NULL ? e : NULL;
}

static bool
check_target(Parser *p, Expr *e, const char *verb)
{
    Expr *bad = invalid_target(e);
    if (bad == NULL)
        return true;
    Expr *at = leftmost(bad);
    error_at(p, EXC_SYNTAX, at->line, at->column, "cannot %s %s", verb,
             target_name(bad));
    return false;
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
    Expr *before = targets->count == 1 ? targets->items[0] : NULL;
    if (before != NULL && before->kind == E_TUPLE && before->seq.count > 0 &&
        !parenthesized(before))
        before = before->seq.items[before->seq.count - 1];
    if (before != NULL && meant_comparison(before, value)) {
        Expr *at = leftmost(before);
        error_at(p, EXC_SYNTAX, at->line, at->column,
                 "cannot assign to %s here. Maybe you meant '==' instead of "
                 "'='?",
                 target_name(before));
        return false;
    }
    for (int i = 0; i < targets->count; i++)
        if (!check_target(p, targets->items[i], "assign to"))
            return false;
    return true;
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

/* An expression statement, or an assignment: a = b = value, a += 1. */
static Stmt *
expression_statement(Parser *p)
{
    int line = p->tok.line;
    Expr *first = testlist(p, false);
    if (first == NULL)
        return NULL;
    if (check(p, T_COLON) && invalid_target(first) == NULL &&
        first->kind != E_TUPLE && first->kind != E_LIST)
        return unsupported(p, "annotations");
    BinOp op;
    if (augassign_token(p, &op)) {
        if (first->kind != E_NAME && first->kind != E_ATTR &&
            first->kind != E_SUBSCRIPT) {
            Expr *at = leftmost(first);
            const char *name = target_name(first);
            return error_at(p, EXC_SYNTAX, at->line, at->column,
                            "'%s' is an illegal expression for augmented "
                            "assignment",
                            name                    ? name
                            : first->kind == E_LIST ? "list"
                                                    : "tuple");
        }
        advance(p);
        Expr *value = testlist(p, false);
        Stmt *s = value ? new_stmt(p, S_AUGASSIGN, line) : NULL;
        if (s != NULL) {
            s->augassign.target = first;
            s->augassign.op = op;
            s->augassign.value = value;
        }
        return s;
    }
    if (is_op(p, "/=") || is_op(p, "@="))
        return unsupported(p, "that augmented assignment operator");
    if (!check(p, T_EQUAL)) {
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
        if ((value = testlist(p, false)) == NULL) {
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

static Stmt *
name_list(Parser *p, StmtKind kind, int line)
{
    List names = {0}, targets = {0};
    do {
        Expr *target = name_target(p);
        if (target == NULL || !list_push(p, &names, target->name.id) ||
            !list_push(p, &targets, target))
            return NULL;
        if (kind == S_IMPORT && check(p, T_DOT))
            return unsupported(p, "importing from packages");
        if (kind == S_IMPORT && check(p, T_OTHER_KEYWORD))
            return unsupported(p, "'import ... as ...'");
    } while (accept(p, T_COMMA));
    Stmt *s = new_stmt(p, kind, line);
    if (s != NULL) {
        s->names.targets = (Expr **)targets.items;
        s->names.names = (PyObject **)names.items;
        s->names.count = names.count;
    }
    return s;
}

static Stmt *
del_statement(Parser *p, int line)
{
    List targets = {0};
    do {
        Expr *target = test(p);
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

static Stmt *
unsupported_statement(Parser *p)
{
    static const char *const words[][2] = {
        {"with", "'with' statements"},    {"from", "'from ... import'"},
        {"lambda", "lambda expressions"}, {"yield", "generators (yield)"},
        {"async", "async code"},          {"await", "async code"},
        {"nonlocal", "'nonlocal'"},       {"as", "'as'"},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if ((int)strlen(words[i][0]) == p->tok.length &&
            memcmp(words[i][0], p->tok.start, (size_t)p->tok.length) == 0)
            return unsupported(p, words[i][1]);
    return syntax_error(p, "invalid syntax");
}

/* raise, raise EXC, raise EXC from CAUSE */
static Stmt *
raise_statement(Parser *p, int line)
{
    advance(p);
    Stmt *s = new_stmt(p, S_RAISE, line);
    if (s == NULL || check(p, T_NEWLINE) || check(p, T_SEMI) || check(p, T_END))
        return s;
    if ((s->raise.exc = test(p)) == NULL)
        return NULL;
    if (is_word(p, "from")) {
        advance(p);
        if ((s->raise.cause = test(p)) == NULL)
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
    if (s == NULL || (s->assert_.test = test(p)) == NULL)
        return NULL;
    if (accept(p, T_COMMA) && (s->assert_.msg = test(p)) == NULL)
        return NULL;
    return s;
}

static Stmt *
small_statement(Parser *p)
{
    Token at = p->tok;
    Stmt *s;
    switch (at.type) {
    case T_PASS:
    case T_BREAK:
    case T_CONTINUE:
        advance(p);
        if (at.type == T_BREAK && !p->in_loop)
            return error_at(p, EXC_SYNTAX, at.line, at.column,
                            "'break' outside loop");
        if (at.type == T_CONTINUE && !p->in_loop)
            return error_at(p, EXC_SYNTAX, at.line, at.column,
                            "'continue' not properly in loop");
        return new_stmt(p,
                        at.type == T_PASS    ? S_PASS
                        : at.type == T_BREAK ? S_BREAK
                                             : S_CONTINUE,
                        at.line);
    case T_RETURN:
        if (!p->in_func)
            return error_at(p, EXC_SYNTAX, at.line, at.column,
                            "'return' outside function");
        advance(p);
        s = new_stmt(p, S_RETURN, at.line);
        if (s != NULL && !ends_expression(p))
            s->expr = testlist(p, false);
        return p->failed ? NULL : s;
    case T_GLOBAL:
        advance(p);
        return name_list(p, S_GLOBAL, at.line);
    case T_IMPORT:
        advance(p);
        return name_list(p, S_IMPORT, at.line);
    case T_DEL:
        advance(p);
        return del_statement(p, at.line);
    case T_OTHER_KEYWORD:
        if (is_word(p, "lambda"))
            return expression_statement(p);
        if (is_word(p, "raise"))
            return raise_statement(p, at.line);
        if (is_word(p, "assert"))
            return assert_statement(p, at.line);
        if (is_word(p, "except") || is_word(p, "finally"))
            return syntax_error(p, "invalid syntax");
        return unsupported_statement(p);
    case T_OTHER_OP:
        if (at.start[0] == '@')
            return unsupported(p, "decorators");
        return syntax_error(p, "invalid syntax");
    default:
        return expression_statement(p);
    }
}

/* Small statements separated by ';' up to the end of the line. */
static Stmt *
simple_statements(Parser *p)
{
    Stmt *first = NULL, **tail = &first;
    do {
        if (check(p, T_NEWLINE))
            break;
        Stmt *s = small_statement(p);
        if (s == NULL)
            return NULL;
        *tail = s;
        tail = &s->next;
    } while (accept(p, T_SEMI));
    if (!check(p, T_NEWLINE) && !check(p, T_END))
        return syntax_error(p, "invalid syntax");
    advance(p);
    return first;
}

/* if/elif/else: an elif is an else holding one if. */
static Stmt *
if_statement(Parser *p)
{
    int line = p->tok.line;
    const char *what =
        p->tok.type == T_ELIF ? "'elif' statement" : "'if' statement";
    advance(p);
    Expr *cond = test(p);
    if (cond == NULL || !expect(p, T_COLON, "expected ':'"))
        return NULL;
    Stmt *s = new_stmt(p, S_IF, line);
    if (s == NULL || (s->if_.body = block(p, what, line)) == NULL)
        return NULL;
    s->if_.test = cond;
    if (check(p, T_ELIF)) {
        s->if_.orelse = if_statement(p);
    } else if (check(p, T_ELSE)) {
        int else_line = p->tok.line;
        advance(p);
        if (expect(p, T_COLON, "expected ':'"))
            s->if_.orelse = block(p, "'else' statement", else_line);
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
        body = block(p, "'else' statement", line);
    *failed = body == NULL;
    return body;
}

static Stmt *
while_statement(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    Expr *cond = test(p);
    if (cond == NULL || !expect(p, T_COLON, "expected ':'"))
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
        Expr *e = binary(p, LEVEL_OR);
        if (e == NULL || !check_target(p, e, "assign to") ||
            !list_push(p, &items, e))
            return NULL;
    } while (accept(p, T_COMMA) && (comma = true));
    if (items.count == 0)
        return syntax_error(p, "invalid syntax"); /* for in ... */
    if (items.count == 1 && !comma)
        return items.items[0];
    return sequence(p, E_TUPLE, &at, &items);
}

static Stmt *
for_statement(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    Expr *target = for_target(p);
    if (target == NULL || !expect(p, T_IN, "invalid syntax"))
        return NULL;
    Expr *iter = testlist(p, false);
    if (iter == NULL || !expect(p, T_COLON, "expected ':'"))
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

/* The parameters of a def or a lambda, up to the token that ends them:
   names, and the default values of the last ones. */
static bool
parameter_list(Parser *p, List *params, List *defaults, TokenType end)
{
    while (check(p, T_NAME)) {
        Token at = p->tok;
        PyObject *name = new_identifier(p, at.start, at.length);
        if (name == NULL)
            return false;
        for (int i = 0; i < params->count; i++)
            if (PyObject_RichCompareBool(params->items[i], name, Py_EQ) == 1)
                return error_at(p, EXC_SYNTAX, at.line, at.column,
                                "duplicate argument '%s' in function "
                                "definition",
                                PyUnicode_AsUTF8(name)) != NULL;
        if (!list_push(p, params, name))
            return false;
        advance(p);
        if (check(p, T_COLON) && end != T_COLON)
            return unsupported(p, "annotations") != NULL;
        if (accept(p, T_EQUAL)) {
            Expr *value = test(p);
            if (value == NULL || !list_push(p, defaults, value))
                return false;
        } else if (defaults->count > 0) {
            return error_at(p, EXC_SYNTAX, at.line, at.column,
                            "parameter without a default follows parameter "
                            "with a default") != NULL;
        }
        if (check(p, end) || !accept(p, T_COMMA))
            break;
    }
    if (check(p, T_STAR) || (check(p, T_OTHER_OP) && !is_op(p, "->")))
        return unsupported(p, "*args, **kwargs or keyword-only parameters") !=
               NULL;
    return !p->failed;
}

static bool
parameters(Parser *p, List *params, List *defaults)
{
    if (!expect(p, T_LPAR, "expected '('") ||
        !parameter_list(p, params, defaults, T_RPAR) ||
        !expect(p, T_RPAR, "invalid syntax"))
        return false;
    if (check(p, T_OTHER_OP))
        return unsupported(p, "annotations") != NULL;
    return expect(p, T_COLON, "expected ':'");
}

/* except, except TYPE, except TYPE as NAME, then ':' and a block. */
static bool
except_clause(Parser *p, ExceptHandler *h)
{
    h->line = p->tok.line;
    advance(p);
    if (check(p, T_STAR))
        return unsupported(p, "'except*' (exception groups)") != NULL;
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
    if (!expect(p, T_COLON, h->name ? "invalid syntax" : "expected ':'"))
        return false;
    h->body = block(p, "'except' statement", h->line);
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
    while (is_word(p, "except")) {
        ExceptHandler *h = arena_alloc(p->arena, sizeof *h);
        if (h == NULL)
            return no_memory(p);
        if (bare.line > 0)
            return error_at(p, EXC_SYNTAX, bare.line, bare.column,
                            "default 'except:' must be last");
        Token at = p->tok;
        if (!except_clause(p, h) || !list_push(p, &handlers, h))
            return NULL;
        if (h->type == NULL)
            bare = at;
    }
    if (handlers.count == 0 && !is_word(p, "finally"))
        return syntax_error(p, "expected 'except' or 'finally' block");
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
        s->try_.finalbody = block(p, "'finally' statement", finally_line);
        failed = s->try_.finalbody == NULL;
    }
    return failed ? NULL : s;
}

static Stmt *
def_statement(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    Stmt *s = new_stmt(p, S_DEF, line);
    if (s == NULL || (s->def.target = name_target(p)) == NULL)
        return NULL;
    List params = {0}, defaults = {0};
    if (!parameters(p, &params, &defaults))
        return NULL;
    s->def.params = (PyObject **)params.items;
    s->def.nparams = params.count;
    s->def.defaults = (Expr **)defaults.items;
    s->def.ndefaults = defaults.count;
    int saved_loop = p->in_loop;
    bool saved_func = p->in_func;
    p->in_loop = 0;
    p->in_func = true;
    Stmt *body = block(p, "function definition", line);
    p->in_loop = saved_loop;
    p->in_func = saved_func;
    s->def.code = body ? arena_alloc(p->arena, sizeof(Code)) : NULL;
    if (s->def.code == NULL)
        return body ? no_memory(p) : NULL;
    s->def.code->co_body = body;
    return s;
}

static Stmt *
class_statement(Parser *p)
{
    int line = p->tok.line;
    advance(p);
    Stmt *s = new_stmt(p, S_CLASS, line);
    if (s == NULL || (s->class_.target = name_target(p)) == NULL)
        return NULL;
    if (accept(p, T_LPAR) && !check(p, T_RPAR)) {
        if ((s->class_.base = test(p)) == NULL)
            return NULL;
        bool comma = accept(p, T_COMMA); /* A(B,) has one base all the same */
        if ((comma && !check(p, T_RPAR)) || check(p, T_EQUAL))
            return unsupported(p, "multiple bases or class keywords");
        if (!expect(p, T_RPAR, "invalid syntax"))
            return NULL;
    } else if (p->tok.type == T_RPAR) {
        advance(p);
    }
    if (!expect(p, T_COLON, "expected ':'"))
        return NULL;
    int saved_loop = p->in_loop;
    bool saved_func = p->in_func;
    p->in_loop = 0;
    p->in_func = false;
    Stmt *body = block(p, "class definition", line);
    p->in_loop = saved_loop;
    p->in_func = saved_func;
    s->class_.code = body ? arena_alloc(p->arena, sizeof(Code)) : NULL;
    if (s->class_.code == NULL)
        return body ? no_memory(p) : NULL;
    s->class_.code->co_body = body;
    return s;
}

/* The statements of a block after ':': on the same line, or indented on
   the lines below. */
static Stmt *
block(Parser *p, const char *what, int line)
{
    if (!check(p, T_NEWLINE))
        return simple_statements(p);
    advance(p);
    if (!check(p, T_INDENT))
        return p->failed
                   ? NULL
                   : error_at(p, EXC_INDENTATION, p->tok.line, p->tok.column,
                              "expected an indented block after %s "
                              "on line %d",
                              what, line);
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
statement(Parser *p)
{
    switch (p->tok.type) {
    case T_IF:
        return if_statement(p);
    case T_WHILE:
        return while_statement(p);
    case T_FOR:
        return for_statement(p);
    case T_DEF:
        return def_statement(p);
    case T_CLASS:
        return class_statement(p);
    case T_OTHER_KEYWORD:
        if (is_word(p, "try"))
            return try_statement(p);
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
        return error_at(p, EXC_INDENTATION, p->tok.line, p->tok.column,
                        "unexpected indent");
    case T_ELSE:
    case T_ELIF:
        return syntax_error(p, "invalid syntax");
    default:
        return simple_statements(p);
    }
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
                    type == T_DEF || type == T_CLASS;
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
    Parser p = {0};
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
    lexer_free(&p.lx);
    if (p.failed)
        return -1;
    *body = first;
    return 0;
}
