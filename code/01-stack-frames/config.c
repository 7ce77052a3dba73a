/* What this chapter's minipy is built with: its built-in modules and
   the functions of sys.  A chapter that adds one adds a row here.
   (CPython keeps its built-in modules in such a table too,
   _PyImport_Inittab, which Modules/makesetup writes into config.c.) */
#include "sysmodule.h"

const struct _inittab _PyImport_Inittab[] = {
    {"sys", _PySys_Create},
    {"time", _PyTime_Create},
    {NULL, NULL},
};

PyMethodDef _PySys_Functions[] = {
    {"getrecursionlimit", _PySys_GetRecursionLimit, 0, 0, false},
    {"setrecursionlimit", _PySys_SetRecursionLimit, 1, 1, false},
    {"exit", _PySys_Exit, 0, 1, false},
    {"getsizeof", _PySys_GetSizeOf, 0, INT32_MAX, true},
    {NULL, NULL, 0, 0, false},
};

/* Run at exit with __main__'s namespace, before any of its names go. */
void (*const _Py_ExitHooks[])(PyObject *globals) = {
    NULL,
};

/* Run at the very end of the teardown, when nothing is left to use the
   caches they free. */
void (*const _Py_FiniHooks[])(void) = {
    NULL,
};
