/* sys._debugmallocstats(): the allocator's own report, for a script. */
#include "mallocstats.h"

#include "obmalloc.h"
#include "pymem.h"

#include <stdio.h>
#include <string.h>

/* The allocator's report, on stderr as CPython prints it.  There is
   nothing to report when objects come from malloc. */
PyObject *
_PySys_DebugMallocStats(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    const char *name = PyMem_AllocatorName();
    if (strncmp(name, "pymalloc", 8) == 0) {
        fflush(stdout);
        pymalloc_print_stats(stderr);
    }
    Py_RETURN_NONE;
}
