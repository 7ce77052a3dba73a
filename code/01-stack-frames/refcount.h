#ifndef MINIPY_REFCOUNT_H
#define MINIPY_REFCOUNT_H

/* The first word of every object's head, what it means, and the state
   behind it.  In this chapter nothing is freed before the program ends,
   so the word chains every object to the next one made (CPython's debug
   builds keep a similar chain, "refchain"); at exit we walk the chain
   and release each object.  Included by object.h. */
struct _object {
    PyObject *ob_next;
    PyTypeObject *ob_type;
};

#define PyObject_HEAD_INIT(type)                                               \
    {                                                                          \
        NULL, (type)                                                           \
    }

/* region: refcount-macros */
/* Every place the interpreter copies or drops a reference says so with
   Py_INCREF or Py_DECREF.  Until chapter 3 gives objects a count these
   mark the spot and do nothing. */
#define Py_INCREF(op)  ((void)(op))
#define Py_DECREF(op)  ((void)(op))
#define Py_XINCREF(op) ((void)(op))
#define Py_XDECREF(op) ((void)(op))
/* endregion */

/* Is op held by one reference only, so that its holder may reuse it?
   Nothing is counted in this chapter, so nobody can tell: never. */
#define _PyObject_IsUniquelyReferenced(op) ((void)(op), false)
/* Does op live on when one of its references is dropped?  Here objects
   go only in the sweep at exit, all of them: never. */
#define _PyObject_OutlivesRelease(op) ((void)(op), false)

/* What refcount.c keeps of the objects alive (Interp.objects). */
typedef struct {
    PyObject *all_objects; /* newest first, through ob_next */
} ObjectState;

void _Py_NewReference(PyObject *op);    /* op was just made */
void _Py_ForgetReference(PyObject *op); /* op's memory goes back now */
void _Py_Dealloc(PyObject *op);
/* At exit: free what is left; the number of objects still alive.
   trace: say so on the trace. */
size_t _PyObject_Fini(bool trace);

#endif
