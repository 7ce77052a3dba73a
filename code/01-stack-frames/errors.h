#ifndef MINIPY_ERRORS_H
#define MINIPY_ERRORS_H

#include "object.h"

#include <stdarg.h>
#include <stdio.h>

/* The exceptions minipy raises.  A script cannot catch them (there is no
   try statement in the subset), so they need a name and a message but no
   object of their own. */
typedef enum {
    EXC_NONE,
    EXC_ATTRIBUTE,
    EXC_INDEX,
    EXC_KEY,
    EXC_KEYBOARD_INTERRUPT,
    EXC_MEMORY,
    EXC_MODULE_NOT_FOUND,
    EXC_NAME,
    EXC_NOT_IMPLEMENTED,
    EXC_OVERFLOW,
    EXC_RECURSION,
    EXC_RUNTIME,
    EXC_STOP_ITERATION,
    EXC_SYNTAX,
    EXC_INDENTATION,
    EXC_TAB,
    EXC_INCOMPLETE_INPUT, /* only for the prompt: read another line */
    EXC_TYPE,
    EXC_UNBOUND_LOCAL,
    EXC_VALUE,
    EXC_ZERO_DIVISION,
} ExcKind;

typedef struct Code Code;

/* One line of a traceback: where a frame was when the error left it. */
typedef struct {
    const char *function;
    int line;
    const char *filename; /* the code's, or NULL: PyErr_Print's */
    const char *source;   /* the text to show the line from, or NULL */
} TracebackEntry;

/* The exception being raised, if any.  Functions that fail set it and
   return NULL (or -1); callers pass the failure up until the top level
   prints it. */
typedef struct {
    ExcKind kind;
    char *message;
    int line;           /* for errors found before running: syntax */
    int column;         /* 1-based, 0 when unknown */
    bool compile_time;  /* print as CPython prints a SyntaxError */
    bool unraisable;    /* being printed as an error __del__ raised */
    TracebackEntry *tb; /* innermost entry last */
    int tb_len;
    int tb_cap;
} PendingError;

void PyErr_Format(ExcKind kind, const char *fmt, ...);
void PyErr_SetKeyError(PyObject *key);
void PyErr_NoMemory(void);
void PyErr_SyntaxAt(ExcKind kind, int line, int column, const char *fmt, ...);
void PyErr_SyntaxAtV(ExcKind kind, int line, int column, const char *fmt,
                     va_list ap);
/* A compile-time warning, on stderr at once, as CPython's warnings
   module prints it: "FILE:LINE: SyntaxWarning: MESSAGE", then the line. */
void PyErr_WarnSyntax(int line, const char *fmt, ...);
bool PyErr_Occurred(void);
bool PyErr_ExceptionMatches(ExcKind kind);
void PyErr_Clear(void);
void PyErr_AddTraceback(Code *code, int line);
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

#endif
