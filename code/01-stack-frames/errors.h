#ifndef MINIPY_ERRORS_H
#define MINIPY_ERRORS_H

#include "codeobject.h"
#include "object.h"

#include <stdarg.h>
#include <stdio.h>

/* The built-in exceptions, one per class: raising one from C names its
   kind and a message, and the exception object is made only if a
   script catches it (exceptions.c holds the classes).  The enum's
   order is that of the class table, not of the hierarchy. */
typedef enum {
    EXC_NONE,
    EXC_BASE_EXCEPTION,
    EXC_EXCEPTION,
    EXC_ARITHMETIC,
    EXC_ASSERTION,
    EXC_ATTRIBUTE,
    EXC_IMPORT,
    EXC_INDEX,
    EXC_KEY,
    EXC_KEYBOARD_INTERRUPT,
    EXC_LOOKUP,
    EXC_MEMORY,
    EXC_MODULE_NOT_FOUND,
    EXC_NAME,
    EXC_NOT_IMPLEMENTED,
    EXC_OVERFLOW,
    EXC_RECURSION,
    EXC_RUNTIME,
    EXC_STOP_ITERATION,
    EXC_SYSTEM_EXIT,
    EXC_SYNTAX,
    EXC_INDENTATION,
    EXC_TAB,
    EXC_INCOMPLETE_INPUT, /* only for the prompt: read another line */
    EXC_TYPE,
    EXC_UNBOUND_LOCAL,
    EXC_VALUE,
    EXC_ZERO_DIVISION,
    EXC_NKINDS
} ExcKind;

typedef struct Code Code;

/* One line of a traceback: where a frame was when the error left it. */
typedef struct {
    const char *function;
    int line;
    Position pos;         /* of the code that was running: what to show */
    const char *filename; /* the code's, or NULL: PyErr_Print's */
    const char *source;   /* the text to show the line from, or NULL */
} TracebackEntry;

/* The exception being raised, if any.  Functions that fail set it and
   return NULL (or -1); callers pass the failure up until a handler
   takes it (try/except) or the top level prints it. */
typedef struct {
    ExcKind kind;      /* its class, or the built-in class it derives */
    char *message;     /* raised from C: the text; NULL with a value */
    PyObject *value;   /* the exception object, once there is one */
    PyObject *context; /* raised from C: the exception being handled */
    int line;          /* for errors found before running: syntax */
    int column;        /* 1-based, 0 when unknown */
    int end_column;    /* where what is wrong ends (excluded), on the
                          same line; 0: one caret at column; -1: none */
    bool compile_time; /* print as CPython prints a SyntaxError */
    bool unraisable;   /* being printed as an error __del__ raised */
    /* NameError and AttributeError raised by a lookup: the name (and the
       object), and a NameError's "Did you mean" (suggestions.h). */
    PyObject *name, *obj;
    bool in_method; /* obj is the failing frame's self */
    char *suggestion;
    TracebackEntry *tb; /* innermost entry last */
    int tb_len;
    int tb_cap;
} PendingError;

void PyErr_Format(ExcKind kind, const char *fmt, ...);
/* After a NameError for name (obj NULL) or an AttributeError for
   obj.name: what CPython keeps as the exception's name and obj, and
   what it suggests when it prints it. */
void _PyErr_SetNameError(PyObject *name);
void _PyErr_SetAttributeError(PyObject *obj, PyObject *name);
/* Raise the exception object exc (the reference is stolen), going on
   with the traceback it carries from where it was raised before: what
   a bare raise and the end of a handler do.  _PyErr_SetObject raises
   it anew (raise EXC): it records the exception being handled, if any,
   as exc's context. */
void _PyErr_SetRaisedException(PyObject *exc);
void _PyErr_SetObject(PyObject *exc);
/* The exception being raised, as an object (made now if it was raised
   from C), taking its traceback with it; nothing is pending after.  A
   new reference, never NULL: out of memory, a MemoryError made at
   startup. */
PyObject *_PyErr_GetRaisedException(void);
void PyErr_SetKeyError(PyObject *key);
void PyErr_NoMemory(void);
void PyErr_SyntaxAt(ExcKind kind, int line, int column, const char *fmt, ...);
void PyErr_SyntaxAtV(ExcKind kind, int line, int column, const char *fmt,
                     va_list ap);
/* A compile-time warning, on stderr at once, as CPython's warnings
   module prints it: "FILE:LINE: SyntaxWarning: MESSAGE", then the line. */
void PyErr_WarnSyntax(int line, const char *fmt, ...);
/* The same from the tokenizer, which CPython's prompt names "<stdin>"
   where its compiler says "<stdin>-N". */
void PyErr_WarnSyntaxToken(int line, const char *fmt, ...);
bool PyErr_Occurred(void);
bool PyErr_ExceptionMatches(ExcKind kind);
void PyErr_Clear(void);
void PyErr_AddTraceback(Code *code, Position pos);
/* Show the source a traceback entry points at, as CPython 3.13's
   traceback module does: the lines of pos, dedented, with carets under
   it; false if pos has no columns (show the first line alone) or the
   source no such lines (tb_display.c). */
bool _PyTraceback_PrintSpan(FILE *out, const char *source, const Position *pos);
const char *PyErr_KindName(ExcKind kind);
/* Print the error as CPython does; filename and source are those of a
   compile-time error, and of traceback entries whose code names none. */
void PyErr_Print(FILE *out, const char *filename, const char *source);
void _PyErr_PrintUnraisable(FILE *out, const char *filename,
                            const char *source);

/* Recursion in C (the repr, comparison, hash or `in` of nested
   containers, a call from C that runs Python code) is bounded by
   C_RECURSION_LIMIT and by the C stack itself. */
int Py_EnterRecursiveCall(const char *where);
void Py_LeaveRecursiveCall(void);
/* Is the C stack in use still within its size, less the margin kept
   for reporting an error?  (The parser and the compiler's passes ask
   before they go deeper.) */
bool _Py_CStackLeft(void);

#endif
