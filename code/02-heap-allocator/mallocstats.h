#ifndef MINIPY_MALLOCSTATS_H
#define MINIPY_MALLOCSTATS_H

#include "object.h"

/* sys._debugmallocstats() */
PyObject *_PySys_DebugMallocStats(PyObject *self, PyObject *const *args,
                                  Py_ssize_t nargs, PyObject *kwnames);

#endif
