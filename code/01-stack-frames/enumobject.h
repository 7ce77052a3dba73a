#ifndef MINIPY_ENUMOBJECT_H
#define MINIPY_ENUMOBJECT_H

#include "object.h"

/* enumerate(iterable, start=0) and reversed(sequence): types the
   builtins name, whose objects are iterators. */
extern PyTypeObject PyEnum_Type;
extern PyTypeObject PyReversed_Type;

#endif
