/* Finalizers: an instance's __del__, run when its count reaches zero,
   and at exit while the module's names are still bound. */
#include "classobject.h"

#include "errors.h"
#include "interp.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>

/* Call __del__ on self.  An error in it cannot propagate: it is printed
   and ignored, as CPython does, and the error being raised meanwhile,
   if any, is kept. */
static void
run_del(PyObject *self, PyObject *del)
{
    PendingError saved = interp.error;
    memset(&interp.error, 0, sizeof interp.error);
    PyObject *result = PyObject_Call(del, &self, 1, NULL);
    if (result == NULL) {
        PyObject *r = PyObject_Repr(del);
        fflush(stdout);
        fprintf(stderr, "Exception ignored in: %s\n",
                r ? PyUnicode_AsUTF8(r) : "__del__");
        Py_XDECREF(r);
        PyErr_Print(stderr, interp.filename, interp.source);
    }
    Py_XDECREF(result);
    PyErr_Clear();
    interp.error = saved;
}

/* The __del__ to run on self, or NULL if its class has none or it has
   run already; from here on it counts as run. */
static PyObject *
claim_del(PyObject *self)
{
    PyInstanceObject *op = (PyInstanceObject *)self;
    if (op->finalized)
        return NULL;
    PyObject *del = _PyType_Lookup(Py_TYPE(self), interp.id_del);
    op->finalized = del != NULL;
    return del;
}

/* Run an instance's __del__ from its deallocator, its count at zero.
   The object comes back to life for the call (count 1); if the call
   leaves a reference to it somewhere, it stays alive, "resurrected", and
   this returns false.  __del__ runs once in an object's life (PEP 442):
   a resurrected object is freed without it the next time. */
bool
_PyInstance_FinalizeFromDealloc(PyObject *self)
{
    PyObject *del = claim_del(self);
    if (del == NULL)
        return true;
    Py_INCREF(self); /* from 0: back to life while __del__ runs */
    run_del(self, del);
    return _Py_DecrefIsLast(self);
}

/* Run op's __del__ now, if its class has one that has not run yet: at
   exit, and when the cycle collector (chapter 5) finds op unreachable.
   The caller holds a reference to op. */
void
_PyInstance_Finalize(PyObject *op)
{
    PyObject *del = claim_del(op);
    if (del != NULL)
        run_del(op, del);
}

/* Before any name goes, the __del__ of each object the namespace names
   runs, in the order of the names, while every global is still bound:
   CPython's collector, freeing a module's namespace at exit, finalizes
   its objects before it frees any. */
void
_PyInstance_FinalizeNamespace(PyObject *dict)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        if (PyInstance_Check(value)) {
            Py_INCREF(value); /* the namespace may lose it meanwhile */
            _PyInstance_Finalize(value);
            Py_DECREF(value);
        }
    }
}
