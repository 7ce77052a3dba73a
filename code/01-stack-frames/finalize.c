/* Taking the interpreter down at exit. */
#include "interp.h"

#include "classobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "moduleobject.h"
#include "pymem.h"
#include "sysmodule.h"

/* Take everything down: first what config.c lists to run at exit, while
   every name of the script's is still bound; then the script's names,
   its code and constants (and those of the statements typed at the
   prompt), the builtins, the caches config.c lists, and
   last every object still alive.  The number of objects that could not
   be freed. */
size_t
interp_free(void)
{
    bool trace = interp.trace;
    interp.trace = false; /* the trace is the script's, not the teardown's */
    PyErr_Clear();        /* printed by now; its exception object goes first */
    Py_CLEAR(interp.exc_info);
    /* The prompt's last value goes first, as in CPython's
       finalize_modules (Python/pylifecycle.c, 3.13): through it, the
       builtins could reach the script's objects, and they the builtins. */
    if (interp.builtins != NULL &&
        PyDict_GetItemString(interp.builtins, "_") != NULL &&
        PyDict_SetItemString(interp.builtins, "_", Py_None) < 0)
        PyErr_Clear();
    if (interp.globals != NULL) {
        for (size_t i = 0; _Py_ExitHooks[i] != NULL; i++)
            _Py_ExitHooks[i](interp.globals);
        _PyModule_ClearDict(interp.globals);
    }
    Py_CLEAR(interp.globals);
    arena_free(&interp.module.arena);
    _PyRun_FreeStatements();
    Py_CLEAR(interp.modules);
    Py_CLEAR(interp.builtins);
    _PyExc_Fini(); /* while __del__ can still be looked up */
    Py_CLEAR(interp.id_init);
    Py_CLEAR(interp.id_main);
    Py_CLEAR(interp.id_del);
    _PyType_SlotsFini();
    size_t ntypes = 0;
    while (_Py_StaticTypes[ntypes] != NULL)
        ntypes++;
    while (ntypes-- > 0)
        _PyType_Fini(_Py_StaticTypes[ntypes]);
    for (size_t i = 0; _Py_FiniHooks[i] != NULL; i++)
        _Py_FiniHooks[i]();
    size_t alive = _PyObject_Fini(trace);
    datastack_free(&interp.stack);
    PyErr_Clear();
    PyMem_RawFree(interp.repr_stack);
    PyMem_RawFree(interp.source);
    interp.repr_stack = NULL;
    interp.source = NULL;
    return alive;
}
