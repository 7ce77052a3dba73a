/* s = s + t and s += t, both str and s a local variable: the bytecode
   loop hands the two to PyUnicode_Append with the variable's slot, and
   skips the store that follows.  Here the sum is a new str, stored in
   the slot as the store would have done; chapter 4 grows s in place
   instead, when nothing else can see it. */
#include "unicodeobject.h"

void
PyUnicode_Append(PyObject **p_left, PyObject *right)
{
    Py_SETREF(*p_left, PyUnicode_Concat(*p_left, right));
}
