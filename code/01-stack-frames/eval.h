#ifndef MINIPY_EVAL_H
#define MINIPY_EVAL_H

#include "frame.h"

/* Run a module's code with globals as its namespace: 0, or -1 with the
   error set. */
int eval_module(Code *code, PyObject *globals);

/* Call a function made by def (the tp_call of functions): arguments are
   borrowed, as for any call from C. */
PyObject *_PyFunction_Vectorcall(PyObject *func, PyObject *const *args,
                                 Py_ssize_t nargs, PyObject *kwnames);

/* The values of a frame's fast locals as a dict: locals() in a function. */
PyObject *_PyFrame_LocalsToDict(Frame *frame);

#endif
