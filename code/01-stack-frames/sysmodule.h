#ifndef MINIPY_SYSMODULE_H
#define MINIPY_SYSMODULE_H

#include "object.h"

/* The builtin types, readied in this order (interp.c); ends with NULL. */
extern PyTypeObject *const _Py_StaticTypes[];

/* The tables of config.c: what this chapter's minipy is built with. */
struct _inittab {
    const char *name;
    PyObject *(*initfunc)(void);
};
extern const struct _inittab _PyImport_Inittab[];        /* ends with {NULL} */
extern PyMethodDef _PySys_Functions[];                   /* ends with {NULL} */
extern void (*const _Py_ExitHooks[])(PyObject *globals); /* ends, NULL */
extern void (*const _Py_FiniHooks[])(void);              /* ends, NULL */

/* The sys module: what minipy lets a script ask about its memory. */
PyObject *_PySys_Create(void);
/* The time module (timemodule.c): perf_counter_ns, for benchmarks. */
PyObject *_PyTime_Create(void);
PyObject *_PySys_GetRecursionLimit(PyObject *self, PyObject *const *args,
                                   Py_ssize_t nargs, PyObject *kwnames);
PyObject *_PySys_SetRecursionLimit(PyObject *self, PyObject *const *args,
                                   Py_ssize_t nargs, PyObject *kwnames);

/* What the prompt does with the value of an expression statement (the
   INTRINSIC_PRINT of CALL_INTRINSIC_1): print its repr and keep it in
   builtins._, unless it is None.  None, or NULL with an error set. */
PyObject *_PySys_DisplayHook(PyObject *value);

/* import NAME: the module, made the first time it is imported. */
PyObject *_PyImport_Import(PyObject *name);

#endif
