#ifndef MINIPY_EVAL_H
#define MINIPY_EVAL_H

#include "frame.h"

/* Run a module's code with globals as its namespace: 0, or -1 with the
   error set. */
int eval_module(Code *code, PyObject *globals);

/* Call a function made by def (the tp_call of functions): arguments are
   borrowed, as for any call from C.  This enters the evaluation loop
   again; a call from Python code does not come here (ceval.c). */
PyObject *_PyFunction_Vectorcall(PyObject *func, PyObject *const *args,
                                 Py_ssize_t nargs, PyObject *kwnames);

/* The values of a frame's fast locals as a dict: locals() in a function. */
PyObject *_PyFrame_LocalsToDict(Frame *frame);

/* ---- frames (eval.c), for the loop ---- */

/* Push a frame for code on the data stack and make it the running one.
   It takes over the reference to func.  NULL with RecursionError past
   the recursion limit. */
Frame *_PyEval_PushFrame(Code *code, PyObject *globals, PyObject *builtins,
                         PyObject *locals, PyObject *func);
/* Pop the running frame: the one below runs again. */
void _PyEval_PopFrame(Frame *frame);
/* Push the frame of a call of a Python function, its parameters bound to
   the arguments.  It takes over the references to func and to the
   arguments (released if it fails: NULL with the error set). */
Frame *_PyEval_PushFunctionFrame(PyObject *func, PyObject **args,
                                 Py_ssize_t nargs, PyObject *kwnames);

/* __build_class__: what a class statement calls, with the function of
   its body, its name and its base (a static object). */
extern PyObject *const _PyEval_BuildClass;

/* ---- the evaluation loop (ceval.c) ---- */

/* Run frame, pushed by the caller, until it returns, and pop it: the
   value it returns (a new reference), or NULL with the error set.  The
   Python functions it calls run in the same loop, on new frames. */
PyObject *_PyEval_EvalFrame(Frame *frame);

#endif
