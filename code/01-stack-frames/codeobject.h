#ifndef MINIPY_CODEOBJECT_H
#define MINIPY_CODEOBJECT_H

#include "opcode.h"
#include "object.h"

typedef struct Stmt Stmt;

/* What a traceback underlines in an operation, a subscript or a call,
   besides the whole of it (3.13's traceback.py,
   _extract_caret_anchors_from_line_segment): a + b at the operator,
   a[i] and f(x) from the bracket. */
enum { ANCHOR_NONE, ANCHOR_BINOP, ANCHOR_SUBSCRIPT, ANCHOR_CALL };

/* Where an instruction's code is in the source, as CPython's
   co_positions() gives it: lines from 1, columns in bytes from 0, the
   end excluded; col -1 when only the line is known. */
typedef struct {
    int line, end_line, col, end_col;
    signed char anchor;
    /* The end of the left operand, the value subscripted or the function
       called; the start of the right operand. */
    int left_line, left_col, right_line, right_col;
    /* The call is the value of `return f(...)` or `x = ...(...)`, alone
       on its lines: a traceback does not underline it (traceback.py,
       _should_show_carets). */
    bool whole_call;
} Position;

/* A run of instructions that come from one place in the source. */
typedef struct {
    int start; /* the first code unit of the run */
    Position pos;
} LineEntry;

/* One entry of a code object's exception table: an exception raised by
   the instructions from start to end (code units, end excluded) goes
   to target, with the evaluation stack cut down to depth first.  This
   is CPython 3.11+'s "zero-cost" exception handling: nothing runs on
   entering or leaving a try (Objects/exception_handling_notes.txt). */
typedef struct {
    int start, end, target, depth;
} ExceptionEntry;

/* The code of a module, a class body or a function, compiled: CPython's
   code object (Include/cpython/code.h), with its field names.  Code
   objects live as long as the program: they are made in its arena (the
   symbol table makes them, the compiler fills in the bytecode) and
   their head is that of a static object, whose count never drops to 0. */
/* co_flags: the parameters' *args and **kwargs, the locals after the
   keyword-only ones (CPython's values, Include/cpython/code.h). */
#define CO_VARARGS     0x0004
#define CO_VARKEYWORDS 0x0008

typedef struct Code Code;
struct Code {
    PyObject_HEAD;
    PyObject *co_name;      /* "f", "<module>", "A" */
    PyObject *co_qualname;  /* "A.f" */
    int co_argcount;        /* positional parameters */
    int co_posonlyargcount; /* of those, the first ones, before a / */
    int co_kwonlyargcount;  /* keyword-only ones, after them */
    int co_flags;           /* CO_VARARGS, CO_VARKEYWORDS: *args, **kwargs */
    int co_nlocals;         /* fast locals, arguments first */
    PyObject **co_varnames; /* their names */
    /* Closures: the slots of its variables that functions made inside it
       read (each holds a cell: MAKE_CELL), and the slots that hold the
       cells of the variables it reads from the functions around it
       (COPY_FREE_VARS fills them from __closure__, in this order);
       co_closure gives, for each of those, the slot of the code around
       it that the cell is taken from when the function is made. */
    int *co_cellslots;
    int co_ncells;
    int *co_freeslots;
    int *co_closure;
    int co_nfrees;
    bool co_uses_dict; /* module and class bodies: names in a dict */
    int co_firstlineno;
    Stmt *co_body; /* the statements it is compiled from */

    _Py_CODEUNIT *co_code; /* the bytecode */
    int co_ncodeunits;
    PyObject **co_consts; /* LOAD_CONST's argument indexes these */
    int co_nconsts;
    PyObject **co_names; /* attributes, globals, names of a dict */
    int co_nnames;
    Stmt **co_figures; /* FIGURE's argument indexes these */
    int co_nfigures;
    LineEntry *co_linetable; /* sorted by start */
    int co_nlines;
    ExceptionEntry *co_exceptiontable; /* sorted by start, not overlapping */
    int co_nexceptions;
    int co_stacksize;        /* the deepest the evaluation stack gets */
    size_t co_framesize;     /* bytes its frame takes on the data stack */
    int co_stackseen;        /* debug builds: the deepest a run has reached */
    const char *co_filename; /* for tracebacks: "script.py", "<stdin>" */
    const char *co_source;   /* its text, or NULL: no lines to show */
};

extern PyTypeObject PyCode_Type;
#define PyCode_Check(op) Py_IS_TYPE(op, &PyCode_Type)

/* Give a code object made in an arena the head of a static object. */
void _PyCode_InitHead(Code *code);

/* Name the file code and every code object made inside it come from,
   and the text a traceback shows lines of (NULL for none: a script read
   from standard input cannot be read again).  Both are borrowed: they
   must live as long as the code. */
void _PyCode_SetFile(Code *code, const char *filename, const char *source);

/* The line of source the code unit at index belongs to. */
int PyCode_Addr2Line(Code *code, int index);
/* Where in the source it is. */
Position PyCode_Addr2Location(Code *code, int index);

/* All of its parameters: positional, keyword-only, *args and **kwargs. */
static inline int
_PyCode_NParams(const Code *code)
{
    return code->co_argcount + code->co_kwonlyargcount +
           ((code->co_flags & CO_VARARGS) != 0) +
           ((code->co_flags & CO_VARKEYWORDS) != 0);
}

#endif
