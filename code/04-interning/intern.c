/* The table of interned strings: a dict whose keys and values are the
   same strs, one for each text interned.  As in CPython 3.13
   (Objects/unicodeobject.c, intern_common and unicode_dealloc), the
   table's two references to each str are not counted: a str that
   nothing else holds is freed, and leaves the table as it goes.  (3.12
   made every interned str immortal; 3.13 made those of sys.intern and
   of the compiler mortal again.) */
#include "intern.h"

#include "dictobject.h"
#include "errors.h"

static PyObject *interned;

void
PyUnicode_InternInPlace(PyObject **p)
{
    PyObject *s = *p;
    if (((PyUnicodeObject *)s)->interned || _Py_IsImmortal(s))
        return; /* interned already, or a cached one-character str */
    if (PyErr_Occurred())
        return; /* not now: interning must not lose the error pending */
    /* Out of memory, s stays as it is and the MemoryError pending, for
       the caller to fail with: a str left out of the table would make a
       later `is` answer False where it must be True. */
    if (interned == NULL && (interned = PyDict_New()) == NULL)
        return;
    PyObject *t = PyDict_GetItemWithError(interned, s);
    if (t != NULL) {
        Py_SETREF(*p, Py_NewRef(t));
        return;
    }
    if (PyErr_Occurred() || PyDict_SetItem(interned, s, s) < 0)
        return;
    /* The table's two references, as key and as value, do not count. */
    (void)_Py_DecrefIsLast(s);
    (void)_Py_DecrefIsLast(s);
    ((PyUnicodeObject *)s)->interned = true;
}

/* Intern *p and make it immortal: what CPython 3.13 does to the names
   of its code objects, to the names of builtins and to the keys C code
   sets (Objects/codeobject.c intern_strings, and
   _PyUnicode_InternImmortal in Objects/unicodeobject.c).  A str already
   interned mortal, by sys.intern or as a constant, becomes immortal
   too.  Its count is no longer kept: the table frees it at the end. */
void
_PyUnicode_InternImmortal(PyObject **p)
{
    PyUnicode_InternInPlace(p);
    PyObject *s = *p;
    if (((PyUnicodeObject *)s)->interned && !_Py_IsImmortal(s))
        _Py_SetImmortal(s);
}

/* op's count has reached zero.  Give it back the table's two references
   and one more, so that taking it out of the table leaves it at one,
   not at zero a second time; then zero again, for the caller to free. */
void
_PyUnicode_ForgetInterned(PyObject *op)
{
    Py_INCREF(op);
    Py_INCREF(op);
    Py_INCREF(op);
    if (PyDict_DelItem(interned, op) < 0)
        PyErr_Clear(); /* cannot happen: op is in the table */
    ((PyUnicodeObject *)op)->interned = false;
    (void)_Py_DecrefIsLast(op);
}

PyObject *
_PySys_Intern(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)self, (void)nargs, (void)kwnames;
    PyObject *s = args[0];
    if (!PyUnicode_Check(s)) {
        PyErr_Format(EXC_TYPE, "intern() argument must be str, not %s",
                     Py_TYPE(s)->tp_name);
        return NULL;
    }
    Py_INCREF(s);
    PyUnicode_InternInPlace(&s);
    if (PyErr_Occurred())
        Py_CLEAR(s);
    return s;
}

/* The end of the teardown.  A mortal str still interned is held by
   something that was never freed: it gets back the table's two
   references.  An immortal one is owned by the table alone: it becomes
   mortal again with those two references only, and goes with the table. */
void
_PyUnicode_FiniInterned(void)
{
    if (interned == NULL)
        return;
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(interned, &pos, &key, &value)) {
        ((PyUnicodeObject *)key)->interned = false;
        if (_Py_IsImmortal(key))
            key->ob_refcnt = 0;
        Py_INCREF(key);
        Py_INCREF(key);
    }
    Py_CLEAR(interned);
}
