#ifndef MINIPY_RANGEOBJECT_H
#define MINIPY_RANGEOBJECT_H

#include "object.h"

/* range(start, stop, step): the numbers are made one at a time, as a
   loop asks for them. */
typedef struct {
    PyObject_HEAD;
    int64_t start, stop, step;
    uint64_t length; /* may not fit in 63 bits: len() is then an error */
} PyRangeObject;

extern PyTypeObject PyRange_Type;
extern PyTypeObject PyRangeIter_Type;
#define PyRange_Check(op) Py_IS_TYPE(op, &PyRange_Type)

#endif
