/* import NAME: the built-in modules of config.c's table, each made the
   first time it is imported and kept in interp.modules (sys.modules). */
#include "sysmodule.h"

#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>

static const struct _inittab *
find_builtin(PyObject *name)
{
    for (const struct _inittab *p = _PyImport_Inittab; p->name != NULL; p++)
        if (_PyUnicode_EqualToASCII(name, p->name))
            return p;
    return NULL;
}

/* "sys", "sys and gc": what minipy can import, for the error message. */
static void
list_builtins(char *out, size_t size)
{
    size_t n = 0, len = 0;
    while (_PyImport_Inittab[n].name != NULL)
        n++;
    out[0] = '\0';
    for (size_t i = 0; i < n && len < size; i++) {
        const char *sep = i == 0 ? "" : i + 1 == n ? " and " : ", ";
        len += (size_t)snprintf(out + len, size - len, "%s%s", sep,
                                _PyImport_Inittab[i].name);
    }
}

PyObject *
_PyImport_Import(PyObject *name)
{
    PyObject *module = PyDict_GetItemWithError(interp.modules, name);
    if (module != NULL)
        return Py_NewRef(module);
    if (PyErr_Occurred())
        return NULL;
    const struct _inittab *builtin = find_builtin(name);
    if (builtin == NULL) {
        char names[128];
        list_builtins(names, sizeof names);
        PyErr_Format(EXC_MODULE_NOT_FOUND,
                     "No module named '%s' (minipy has only %s at this "
                     "stage)",
                     PyUnicode_AsUTF8(name), names);
        return NULL;
    }
    module = builtin->initfunc();
    if (module == NULL || PyDict_SetItem(interp.modules, name, module) < 0) {
        Py_XDECREF(module);
        return NULL;
    }
    return module;
}
