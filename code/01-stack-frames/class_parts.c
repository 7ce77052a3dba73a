/* What a class holds besides its namespace and its base.  Here,
   nothing: C.__mro__ and C.__bases__ are made when asked for
   (typeobject.c), and a class that nothing refers to is freed by its
   count.  CPython's classes keep those tuples, and __mro__ holds the
   class itself, so every CPython class is in a cycle that only the
   collector frees; chapter 5, which has the collector, does the same. */
#include "classobject.h"

int
_PyType_AddClassParts(PyTypeObject *type)
{
    (void)type;
    return 0;
}
