/* Code objects: the type, and where an instruction's line is. */
#include "codeobject.h"

#include "ast.h"
#include "errors.h"
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

static int
own_all(Arena *kept, PyObject **items, int n)
{
    for (int i = 0; i < n; i++)
        if (!PyCode_Check(items[i]) && arena_own(kept, Py_NewRef(items[i])) < 0)
            return -1;
    return 0;
}

/* Only a function's code outlives the run, in the function: a module's
   and a class body's are gone once they have run. */
static int
own_code_objects(Code *code, Arena *kept)
{
    PyObject *names[] = {code->co_name, code->co_qualname};
    if (!code->co_uses_dict &&
        (own_all(kept, names, 2) < 0 ||
         own_all(kept, code->co_consts, code->co_nconsts) < 0 ||
         own_all(kept, code->co_names, code->co_nnames) < 0 ||
         own_all(kept, code->co_varnames, code->co_nlocals) < 0))
        return -1;
    for (int i = 0; i < code->co_nconsts; i++)
        if (PyCode_Check(code->co_consts[i]) &&
            own_code_objects((Code *)code->co_consts[i], kept) < 0)
            return -1;
    return 0;
}

int
_PyCode_KeepOwnObjects(Code *code, Arena *arena)
{
    Arena kept;
    arena_init(&kept);
    if (own_code_objects(code, &kept) < 0) {
        arena_free(&kept);
        PyErr_Clear();
        return -1;
    }
    arena_replace_objects(arena, &kept);
    return 0;
}

/* The entry of the last run starting at or before index. */
Position
PyCode_Addr2Location(Code *code, int index)
{
    int lo = 0, hi = code->co_nlines;
    if (hi == 0)
        return (Position){.line = code->co_firstlineno,
                          .end_line = code->co_firstlineno,
                          .col = -1,
                          .end_col = -1};
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (code->co_linetable[mid].start <= index)
            lo = mid;
        else
            hi = mid;
    }
    return code->co_linetable[lo].pos;
}

int
PyCode_Addr2Line(Code *code, int index)
{
    return PyCode_Addr2Location(code, index).line;
}
