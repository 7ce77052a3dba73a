#ifndef MINIPY_SYSMODULE_H
#define MINIPY_SYSMODULE_H

#include "object.h"

/* The sys module: what minipy lets a script ask about its memory. */
PyObject *_PySys_Create(void);

/* import NAME: the module, made the first time it is imported. */
PyObject *_PyImport_Import(PyObject *name);

#endif
