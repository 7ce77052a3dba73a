#ifndef MINIPY_CODEOBJECT_H
#define MINIPY_CODEOBJECT_H

#include "opcode.h"
#include "object.h"

typedef struct Stmt Stmt;

/* A run of instructions that come from one line of source. */
typedef struct {
    int start; /* the first code unit of the run */
    int line;
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
typedef struct Code Code;
struct Code {
    PyObject_HEAD;
    PyObject *co_name;     /* "f", "<module>", "A" */
    PyObject *co_qualname; /* "A.f" */
    int co_argcount;
    int co_nlocals;         /* fast locals, arguments first */
    PyObject **co_varnames; /* their names */
    bool co_uses_dict;      /* module and class bodies: names in a dict */
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

#endif
