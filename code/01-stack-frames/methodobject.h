#ifndef MINIPY_METHODOBJECT_H
#define MINIPY_METHODOBJECT_H

#include "object.h"

/* A function written in C.  m_self is the object a method is bound to
   (a.append), or NULL for a plain builtin (len). */
typedef struct {
    PyObject_HEAD;
    PyMethodDef *m_ml;
    PyObject *m_self;
} PyCFunctionObject;

/* A method of a builtin type as its type holds it (list.append): it
   binds to an object when looked up through one. */
typedef struct {
    PyObject_HEAD;
    PyMethodDef *d_method;
    PyTypeObject *d_type;
} PyMethodDescrObject;

extern PyTypeObject PyCFunction_Type;
extern PyTypeObject PyMethodDescr_Type;
#define PyCFunction_Check(op)   Py_IS_TYPE(op, &PyCFunction_Type)
#define PyMethodDescr_Check(op) Py_IS_TYPE(op, &PyMethodDescr_Type)

PyObject *PyCFunction_New(PyMethodDef *ml, PyObject *self);
PyObject *PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *ml);
/* Call a C function's body after checking the argument count. */
PyObject *_PyCFunction_Call(PyMethodDef *ml, PyObject *self,
                            PyObject *const *args, Py_ssize_t nargs,
                            PyObject *kwnames);

/* getargs.c: the keyword arguments of a C function, each put in the
   slot of values whose name in names (NULL-terminated) it has; -1 with
   a TypeError for one it does not take.  How many there are. */
int _PyArg_Keywords(const char *fname, PyObject *kwnames,
                    PyObject *const *kwargs, const char *const *names,
                    PyObject **values);
/* The same when some of names can be given by position too: the first
   npositional values are filled already, the first nrequired must be. */
int _PyArg_KeywordsAt(const char *fname, PyObject *kwnames,
                      PyObject *const *kwargs, const char *const *names,
                      PyObject **values, Py_ssize_t npositional, int nrequired);
Py_ssize_t _PyArg_KeywordCount(PyObject *kwnames);

#endif
