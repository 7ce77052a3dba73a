#ifndef MINIPY_AST_H
#define MINIPY_AST_H

#include "codeobject.h"
#include "object.h"

/* The parsed program.  Nodes live in an arena freed in one go with the
   program; the objects the parser makes (constants, names) are listed in
   the arena too, and released with it.  CPython's compiler works the same
   way (Python/pyarena.c). */
typedef struct ArenaBlock ArenaBlock;
typedef struct {
    ArenaBlock *blocks;
    PyObject **objects; /* references the program owns */
    size_t nobjects;
    size_t capobjects;
} Arena;

void arena_init(Arena *arena);
void *arena_alloc(Arena *arena, size_t size); /* zeroed; NULL if no memory */
int arena_own(Arena *arena, PyObject *op);    /* steals the reference */
void arena_free(Arena *arena);
/* Release the program's objects and own those of `from` instead (an
   arena with no nodes, left empty); the nodes stay. */
void arena_replace_objects(Arena *arena, Arena *from);

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Code Code;

typedef enum {
    E_CONST,
    E_NAME,
    E_LIST,
    E_TUPLE,
    E_DICT,
    E_ATTR,
    E_SUBSCRIPT,
    E_SLICE,
    E_CALL,
    E_BINOP,
    E_UNARY,
    E_NOT,
    E_BOOLOP,
    E_COMPARE,
    E_IFEXP,
    E_LAMBDA,
    E_LISTCOMP,  /* a list or a dict comprehension */
    E_JOINEDSTR, /* an f-string: its texts and fields, joined */
    E_FORMATTED, /* one replacement field of an f-string */
    E_STARRED,   /* *target, in a, *b = ...: its unary.operand */
} ExprKind;

/* for TARGET in ITER if COND if COND: one clause of a comprehension. */
typedef struct {
    Expr *target;
    Expr *iter;
    Expr **ifs;
    int nifs;
} Comprehension;

typedef enum {
    OP_ADD,
    OP_SUB,
    OP_MUL,
    OP_FLOORDIV,
    OP_MOD,
    OP_POW,
    OP_LSHIFT,
    OP_RSHIFT,
    OP_AND,
    OP_XOR,
    OP_OR,
} BinOp;
typedef enum { OP_NEG, OP_POS, OP_INVERT } UnaryOp;
typedef enum {
    CMP_LT,
    CMP_LE,
    CMP_EQ,
    CMP_NE,
    CMP_GT,
    CMP_GE,
    CMP_IS,
    CMP_IS_NOT,
    CMP_IN,
    CMP_NOT_IN,
} CmpOp;

/* Where a name lives, decided once the whole function has been read:
   a fast local (an array slot in the frame), a global (module dict, then
   builtins), or, in module and class bodies, the namespace dict first. */
typedef enum { SCOPE_UNRESOLVED, SCOPE_FAST, SCOPE_GLOBAL, SCOPE_NAME } Scope;

struct Expr {
    ExprKind kind;
    int line; /* of its first token, or of its operator or bracket */
    int column;
    /* Where CPython's tree says its text starts and ends: lines from
       1, columns in bytes from 0, the end's excluded (parser.c, span);
       its code is there, as a traceback shows. */
    int start_line, col, end_line, end_col;
    /* Not NULL: the node stands for a construct minipy lacks, named as
       CPython's errors name it ("starred", "set display"), in a program
       that is never compiled (parser.c); an E_UNARY, its operand what
       the construct holds, if anything. */
    const char *unsupported;
    union {
        PyObject *constant; /* E_CONST */
        struct {
            PyObject *id;
            Scope scope;
            int slot;
        } name;
        struct {
            Expr **items;
            int count;
        } seq; /* E_LIST, E_TUPLE */
        struct {
            Expr **keys;
            Expr **values;
            int count;
        } dict;
        struct {
            Expr *value;
            PyObject *attr;
        } attr;
        struct {
            Expr *value;
            Expr *index;
        } subscript;
        struct {
            Expr *lower, *upper, *step;
        } slice;
        struct {
            Expr *func;
            Expr **args; /* positional, then keyword values */
            int nargs;   /* positional */
            int nkw;
            PyObject *kwnames; /* tuple of str, or NULL */
        } call;
        struct {
            BinOp op;
            Expr *left, *right;
        } binop;
        struct {
            UnaryOp op;
            Expr *operand;
        } unary; /* also E_NOT, E_STARRED */
        struct {
            bool is_and;
            Expr **values;
            int count;
        } boolop;
        struct {
            Expr *left;
            CmpOp *ops;
            Expr **comparators;
            int count;
        } compare;
        struct {
            Expr *test, *body, *orelse;
        } ifexp;
        struct {
            Expr *key; /* a dict comprehension's, elt its value; else NULL */
            Expr *elt;
            Comprehension *generators;
            int ngenerators;
            /* the fast local slots its names use in the code it is
               compiled into (CPython 3.12+ inlines it, PEP 709) */
            int *slots;
            int nslots;
        } listcomp;
        struct {
            Code *code; /* its body: one return statement */
            PyObject **params;
            int nparams;
            Expr **defaults; /* of the last ndefaults positional ones */
            int ndefaults;
            Expr **kwdefaults; /* code->co_kwonlyargcount, NULL: none */
        } lambda;
        struct {
            Expr **values; /* E_CONST strs and E_FORMATTED fields */
            int count;
        } joined;
        struct {
            Expr *value;
            int conversion; /* 's', 'r', 'a', or -1 for none */
            Expr *spec;     /* an E_JOINEDSTR, or NULL */
        } formatted;
    };
};

typedef enum {
    S_EXPR,
    S_ASSIGN,
    S_AUGASSIGN,
    S_DEL,
    S_PASS,
    S_IF,
    S_WHILE,
    S_FOR,
    S_BREAK,
    S_CONTINUE,
    S_RETURN,
    S_DEF,
    S_CLASS,
    S_GLOBAL,
    S_NONLOCAL,
    S_IMPORT,
    S_FIGURE,
    S_TRY,
    S_RAISE,
    S_ASSERT,
} StmtKind;

/* except TYPE as NAME: BODY */
typedef struct {
    Expr *type; /* NULL: a bare except */
    Expr *name; /* the name bound, or NULL */
    Stmt *body;
    int line;
} ExceptHandler;

struct Stmt {
    StmtKind kind;
    int line;
    /* A simple statement's place, as an expression's (Expr), and a
       class's (all of it); end_line 0 for the others.  first_on_line: nothing
       comes before it on its line (not `if x: y` or `a; b`). */
    int col, end_line, end_col;
    bool first_on_line;
    /* S_DEF, S_CLASS: @decorators, applied last first */
    Expr **decorators;
    int ndecorators;
    Stmt *next; /* the next statement of the same block */
    union {
        Expr *expr; /* S_EXPR; S_RETURN (NULL for a bare return) */
        struct {
            Expr **targets; /* a = b = value has two targets */
            int count;
            Expr *value;
        } assign;
        struct {
            Expr *target;
            BinOp op;
            Expr *value;
        } augassign;
        struct {
            Expr **targets;
            int count;
        } del;
        struct {
            Expr *test;
            Stmt *body;
            Stmt *orelse; /* elif is an else holding one if */
        } if_;
        struct {
            Expr *test;
            Stmt *body;
            Stmt *orelse; /* runs when the loop ends without break */
        } while_;
        struct {
            Expr *target;
            Expr *iter;
            Stmt *body;
            Stmt *orelse;
        } for_;
        struct {
            Stmt *body;
            ExceptHandler *handlers;
            int nhandlers;
            Stmt *orelse;    /* runs when the body raised nothing */
            Stmt *finalbody; /* runs however the rest ends */
        } try_;
        struct {
            Expr *exc; /* NULL: raise the exception being handled again */
            Expr *cause;
        } raise;
        struct {
            Expr *test;
            Expr *msg;
        } assert_;
        struct {
            Expr *target; /* the name the function is bound to */
            Code *code;
            PyObject **params;
            int nparams;
            Expr **defaults; /* of the last ndefaults positional ones */
            int ndefaults;
            Expr **kwdefaults; /* code->co_kwonlyargcount, NULL: none */
        } def;
        struct {
            Expr *target;
            Expr *base; /* NULL when the class names no base */
            Code *code;
        } class_;
        struct {
            Expr **targets; /* S_IMPORT: names to bind */
            PyObject **names;
            int count;
        } names; /* S_GLOBAL, S_NONLOCAL, S_IMPORT */
        struct {
            char *name;
            char *view;
        } figure;
    };
};

/* A program: a file, or one statement typed at the prompt.  Zeroed, it
   is a file ("exec" mode).  interactive is CPython's "single" mode: one
   statement, whose expression statements print their value.  With
   allow_incomplete too, input that ends before its statement does (an
   open bracket, a block with no empty line after it) fails with
   EXC_INCOMPLETE_INPUT, and the prompt reads another line: what
   CPython's codeop asks of its compiler (Lib/codeop.py, 3.13, with the
   flags PyCF_ALLOW_INCOMPLETE_INPUT and PyCF_DONT_IMPLY_DEDENT). */
typedef struct {
    Arena arena;
    Code *code; /* the module's code */
    bool interactive;
    bool allow_incomplete;
    /* An error CPython's compiler would raise ('return' outside
       function, ...), found by the parser: raised once the symbol table
       has found none of its own (_PyParser_CompileError); line 0: none */
    struct {
        int line, column, end_column;
        char message[160];
    } compile_error;
} Module;

/* Once a program has run, CPython frees its syntax tree and keeps its
   code objects, which hold their own references to the objects they
   name (Python/pythonrun.c, run_mod, 3.13), and only a function's code
   lives on, in the function.  The same here: the arena's references are
   swapped for one per slot of co_consts, co_names and co_varnames, and
   for co_name and co_qualname, of each function's code in code; the
   code itself stays in the arena.  -1 if there is no memory for that
   (nothing changes then, and no error is set). */
int _PyCode_KeepOwnObjects(Code *code, Arena *arena);

#endif
