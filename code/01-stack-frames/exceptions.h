#ifndef MINIPY_EXCEPTIONS_H
#define MINIPY_EXCEPTIONS_H

#include "errors.h"
#include "instanceobject.h"

/* An exception object: an instance like any other (it may have
   attributes), with the arguments it was made with and, while it is
   caught, the traceback of where it went before (CPython keeps the same
   in PyBaseExceptionObject, Include/cpython/pyerrors.h, with the
   traceback as a chain of objects where ours is an array). */
typedef struct {
    PyInstanceObject inst;
    PyObject *args; /* a tuple */
    TracebackEntry *tb;
    int tb_len;
    PyObject *cause;   /* raise ... from CAUSE; or NULL */
    PyObject *context; /* the exception being handled when it was raised */
    bool suppress_context;
    char *suggestion; /* a NameError's "Did you mean", or NULL */
} PyBaseExceptionObject;

/* A SystemExit (and an instance of a class deriving it) has one field
   more, the exit status or message its __init__ takes from its
   arguments: CPython's PySystemExitObject (Include/cpython/pyerrors.h,
   3.13). */
typedef struct {
    PyBaseExceptionObject base;
    PyObject *code; /* NULL until __init__ sets it: e.code is None */
} PySystemExitObject;

/* The built-in exception classes, one per kind (BaseException, ...);
   entry EXC_NONE is unused. */
extern PyTypeObject _PyExc_Types[EXC_NKINDS];
#define PyExc_Type(kind) (&_PyExc_Types[kind])

bool PyExceptionClass_Check(PyObject *op);    /* a class deriving one */
bool PyExceptionInstance_Check(PyObject *op); /* an instance of one */
/* The kind of the nearest built-in class type derives from. */
ExcKind _PyExc_KindOf(PyTypeObject *type);
/* An exception of the kind's class: args (message,), or () when the
   message is empty. */
PyObject *_PyExc_FromMessage(ExcKind kind, const char *message);
/* type(*args), for a class deriving an exception class. */
PyObject *_PyExc_New(PyTypeObject *type, PyObject *const *args,
                     Py_ssize_t nargs);
/* SystemExit(*args), made as sys.exit makes it; the code of one. */
PyObject *_PyExc_NewSystemExit(PyObject *const *args, Py_ssize_t nargs);
PyObject *_PyExc_SystemExitCode(PyObject *exc); /* borrowed; None if unset */
/* Drop what an exception holds beyond an instance's (args, traceback):
   from _PyInstance_Clear. */
void _PyExc_Clear(PyObject *exc);
/* raise exc from cause (stolen; NULL for None): the cause is shown, the
   context not.  exc raised while context was being handled (borrowed). */
void _PyExc_SetCause(PyObject *exc, PyObject *cause);
void _PyExc_SetContext(PyObject *exc, PyObject *context);
/* The name a traceback's last line gives the exception's class. */
const char *_PyExc_ClassName(PyObject *exc);

/* At startup, after the static types: the classes, and the MemoryError
   kept for when there is no memory to make one.  At exit, undone. */
int _PyExc_Init(void);
void _PyExc_Fini(void);
PyObject *_PyExc_SpareMemoryError(void); /* a new reference */

#endif
