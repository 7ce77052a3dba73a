/* Code objects: the type, and where an instruction's line is. */
#include "codeobject.h"

#include "unicodeobject.h"

static PyObject *
code_repr(PyObject *self)
{
    Code *code = (Code *)self;
    return PyUnicode_FromFormat("<code object %s at %p, line %d>",
                                PyUnicode_AsUTF8(code->co_name), (void *)code,
                                code->co_firstlineno);
}

/* Never called: a code object's count never reaches zero, and its
   memory goes with the program's arena. */
static void
code_dealloc(PyObject *self)
{
    (void)self;
}

PyTypeObject PyCode_Type = {
    .ob_base = PyObject_HEAD_INIT(&PyType_Type),
    .tp_name = "code",
    .tp_basicsize = sizeof(Code),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_base = &PyBaseObject_Type,
};

void
_PyCode_InitHead(Code *code)
{
    PyObject head = PyObject_HEAD_INIT(&PyCode_Type);
    code->ob_base = head;
}

/* The code of a def or class is a constant of the code around it. */
void
_PyCode_SetFile(Code *code, const char *filename, const char *source)
{
    code->co_filename = filename;
    code->co_source = source;
    for (int i = 0; i < code->co_nconsts; i++)
        if (PyCode_Check(code->co_consts[i]))
            _PyCode_SetFile((Code *)code->co_consts[i], filename, source);
}

/* The entry of the last run starting at or before index. */
int
PyCode_Addr2Line(Code *code, int index)
{
    int lo = 0, hi = code->co_nlines;
    if (hi == 0)
        return code->co_firstlineno;
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (code->co_linetable[mid].start <= index)
            lo = mid;
        else
            hi = mid;
    }
    return code->co_linetable[lo].line;
}
