#ifndef MINIPY_INTERN_H
#define MINIPY_INTERN_H

#include "unicodeobject.h"

/* Interned strings: one str object for each text interned, found by a
   table, so two interned strs are equal exactly when they are the same
   object (intern.c). */

/* Replace *p, a str, by the interned str of the same text, interning
   *p itself if there is none yet.  The compiler does this to every name
   and to string constants that look like names; sys.intern to any str.
   Out of memory, *p is left alone with MemoryError set. */
void PyUnicode_InternInPlace(PyObject **p);
/* Intern *p for good: immortal, as 3.13 makes every name. */
void _PyUnicode_InternImmortal(PyObject **p);
/* An interned str is being freed: take it out of the table. */
void _PyUnicode_ForgetInterned(PyObject *op);
/* sys.intern(string) */
PyObject *_PySys_Intern(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames);

/* The end of the teardown (config.c's list): let go of the table. */
void _PyUnicode_FiniInterned(void);

#endif
