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
/* sys.platform, as CPython names the systems minipy builds on
   (Python/sysmodule.c, 3.13: the configure script's MACHDEP), and
   sys.byteorder. */
#if defined(__linux__)
#define PY_PLATFORM "linux"
#elif defined(__APPLE__)
#define PY_PLATFORM "darwin"
#else
#define PY_PLATFORM "unknown"
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define PY_BYTEORDER "big"
#else
#define PY_BYTEORDER "little"
#endif
/* sys.exit([status]): raises SystemExit. */
PyObject *_PySys_Exit(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames);
/* sys.getsizeof(object[, default]) (sizeof.c). */
PyObject *_PySys_GetSizeOf(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames);
/* At the top level (a script, -c, the prompt): when the error being
   raised is a SystemExit, take it, print its code unless that is None
   or an int, and set *status to the exit status the process ends with,
   as CPython's _Py_HandleSystemExit does (Python/pythonrun.c, 3.13):
   None 0, an int its low byte, anything else 1.  False: another
   error, left as it is. */
bool _PySys_HandleSystemExit(int *status);
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
