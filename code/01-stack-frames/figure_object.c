/* How each kind of object is drawn: its node's table, one cell for each
   reference its tp_traverse visits. */
#include "figure.h"

#include "cellobject.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "funcobject.h"
#include "interp.h"
#include "iterobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "pymem.h"
#include "rangeobject.h"
#include "sliceobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <inttypes.h>
#include <string.h>

#define MAX_ITEMS 12 /* items of a list or tuple drawn before "+N" */
#define MAX_ROWS  24 /* rows of any other object drawn before "+N more" */
#define MAX_TEXT  40 /* bytes of a str drawn before "..." */

/* Colour says the type; the header row carries it. */
static const char *
type_colour(PyObject *op)
{
    PyTypeObject *type = Py_TYPE(op);
    if (type == &PyLong_Type)
        return "#cfe2ff";
    if (type == &PyUnicode_Type)
        return "#d1f2d9";
    if (type == &PyList_Type)
        return "#fff1b8";
    if (type == &PyTuple_Type)
        return "#ffd9b3";
    if (type == &PyDict_Type)
        return "#f9d0e3";
    if (PyInstance_Check(op))
        return "#e2d9f7";
    if (op == Py_None || type == &PyBool_Type)
        return "#e8e8e8";
    return "#dcdcdc";
}

void
figure_escape(FILE *out, const char *text, size_t max)
{
    size_t n = strlen(text), shown = n > max ? max : n;
    while (shown > 0 && shown < n &&
           ((unsigned char)text[shown] & 0xC0) == 0x80)
        shown--; /* never cut a UTF-8 character in half */
    for (size_t i = 0; i < shown; i++) {
        switch (text[i]) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        default:
            fputc(text[i], out);
        }
    }
    if (shown < n)
        fputs("...", out);
}

static void
escape_repr(FILE *out, PyObject *op, size_t max)
{
    PyObject *r = PyObject_Repr(op);
    if (r == NULL) {
        PyErr_Clear();
        fputs("?", out);
        return;
    }
    figure_escape(out, PyUnicode_AsUTF8(r), max);
    Py_DECREF(r);
}

/* ---- the references: one cell each ---- */

static int
collect(PyObject *child, void *arg)
{
    FigureCells *c = arg;
    if (c->n == c->cap) {
        int cap = c->cap ? 2 * c->cap : 8;
        FigureCell *grown =
            PyMem_RawRealloc(c->cells, (size_t)cap * sizeof *grown);
        if (grown == NULL)
            return -1;
        c->cells = grown;
        c->cap = cap;
    }
    c->cells[c->n++] = (FigureCell){child, NULL, NULL, false, false};
    return 0;
}

/* What the cells of a fixed-shape object are called, in the order its
   tp_traverse visits them: the names Python gives those attributes. */
static const struct {
    PyTypeObject *type;
    const char *fields[8];
} field_names[] = {
    {&PyFunction_Type,
     {"__globals__", "__builtins__", "__defaults__", "__kwdefaults__",
      "__doc__", "__name__", "__closure__", "__qualname__"}},
    {&PyCell_Type, {"cell_contents"}},
    {&PyStaticMethod_Type, {"__func__"}},
    {&PyClassMethod_Type, {"__func__"}},
    {&PyMethod_Type, {"__func__", "__self__"}},
    {&PyCFunction_Type, {"__self__"}},
    {&PyModule_Type, {"__dict__"}},
    {&PyType_Type, {"__dict__", "__mro__", "__bases__", "__base__"}},
    {&PySlice_Type, {"start", "stop", "step"}},
    {&PySeqIter_Type, {"sequence"}},
    {&PyTupleIter_Type, {"sequence"}},
    {&PyStrAsciiIter_Type, {"sequence"}},
    {&PyStrIter_Type, {"sequence"}},
    {&PyDictIter_Type, {"dict"}},
    {&PyDictIterValue_Type, {"dict"}},
    {&PyDictIterItem_Type, {"dict"}},
    {&PyDictKeys_Type, {"mapping"}},
    {&PyDictValues_Type, {"mapping"}},
    {&PyDictItems_Type, {"mapping"}},
};

/* A dict's or an instance's cells get their keys, matched entry by entry
   with what the traversal visited: the value, then a key that is not a
   str.  An instance's last cell is its class. */
static void
label_mapping(PyObject *op, FigureCells *c)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    PyInstanceObject *inst = PyDict_Check(op) ? NULL : (PyInstanceObject *)op;
    /* the dict obj.__dict__ made: its values are the instance's cells */
    PyDictObject *own = inst != NULL && inst->dict != NULL &&
                                ((PyDictObject *)inst->dict)->embedded_in == op
                            ? (PyDictObject *)inst->dict
                            : NULL;
    DictTable *table = inst == NULL  ? &((PyDictObject *)op)->table
                       : own != NULL ? &own->table
                                     : &inst->attrs;
    PyObject *dict = inst != NULL && own == NULL ? inst->dict : NULL;
    int k = 0;
    while (dicttable_next(table, &pos, &key, &value)) {
        if (k >= c->n || c->cells[k].target != value)
            return; /* not what the traversal said: leave them unlabelled */
        c->cells[k++].key = key;
        if (PyUnicode_Check(key))
            continue;
        if (k >= c->n || c->cells[k].target != key)
            return;
        c->cells[k].key = key;
        c->cells[k++].is_key = true;
    }
    if (dict != NULL && k < c->n && c->cells[k].target == dict)
        c->cells[k++].field = "__dict__";
    if (PyInstance_Check(op) && k == c->n - 1 &&
        c->cells[k].target == (PyObject *)Py_TYPE(op))
        c->cells[k].field = "__class__";
}

/* The fields a traversal skipped because they are NULL, as bits. */
static unsigned
fields_left_out(PyObject *op)
{
    if (PyFunction_Check(op)) {
        PyFunctionObject *f = (PyFunctionObject *)op;
        return (f->func_defaults == NULL ? 1u << 2 : 0) |   /* __defaults__ */
               (f->func_kwdefaults == NULL ? 1u << 3 : 0) | /* __kwdefaults__ */
               (f->func_doc == NULL ? 1u << 4 : 0) |        /* __doc__ */
               (f->func_closure == NULL ? 1u << 6 : 0);     /* __closure__ */
    }
    if (PyCell_Check(op)) /* empty */
        return ((PyCellObject *)op)->ob_ref == NULL ? 1u : 0;
    if (Py_IS_TYPE(op, &PyType_Type) &&
        (((PyTypeObject *)op)->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        PyHeapTypeObject *ht = (PyHeapTypeObject *)op;
        return (ht->ht_mro == NULL ? 1u << 1 : 0) |
               (ht->ht_bases == NULL ? 1u << 2 : 0);
    }
    return 0;
}

static void
label_fields(PyObject *op, FigureCells *c)
{
    const char *const *names = Py_TYPE(op)->tp_cell_names;
    for (size_t t = 0; t < sizeof field_names / sizeof *field_names; t++)
        if (Py_TYPE(op) == field_names[t].type)
            names = field_names[t].fields;
    unsigned skip = fields_left_out(op);
    const int most = (int)(sizeof field_names[0].fields / sizeof(char *));
    for (int k = 0, f = 0; names != NULL && k < c->n && f < most && names[f];
         f++)
        if (!(skip & (1u << f)))
            c->cells[k++].field = names[f];
}

/* The module whose namespace dict is op, or NULL. */
static PyModuleObject *
module_of_namespace(PyObject *op)
{
    PyObject *name, *module;
    Py_ssize_t pos = 0;
    while (interp.modules != NULL &&
           PyDict_Next(interp.modules, &pos, &name, &module))
        if (PyModule_Check(module) && ((PyModuleObject *)module)->md_dict == op)
            return (PyModuleObject *)module;
    return NULL;
}

static bool
is_dunder(PyObject *name)
{
    const char *text = PyUnicode_AsUTF8(name);
    size_t n = strlen(text);
    return n > 4 && strncmp(text, "__", 2) == 0 &&
           strcmp(text + n - 2, "__") == 0;
}

/* References drawn as a cell naming the object instead of an arrow to
   it: objects every figure would otherwise draw again and again (the
   module's namespace, which the module frame already shows; builtins; a
   builtin type), the strings that name a function or class, and the
   None of a class's __doc__ when it has no docstring. */
static bool
is_named(PyObject *owner, const FigureCell *cell)
{
    PyObject *target = cell->target;
    if (target == interp.globals || target == interp.builtins)
        return true;
    if (target == Py_None && cell->key != NULL && PyUnicode_Check(cell->key) &&
        is_dunder(cell->key))
        return true;
    if (PyDict_Check(target) && module_of_namespace(target) != NULL)
        return true;
    if (PyType_Check(target) &&
        !(((PyTypeObject *)target)->tp_flags & Py_TPFLAGS_HEAPTYPE))
        return true;
    if (!PyUnicode_Check(target) || cell->is_key)
        return false;
    return PyFunction_Check(owner) ||
           (cell->key != NULL && PyUnicode_Check(cell->key) &&
            is_dunder(cell->key));
}

int
figure_cells(PyObject *op, FigureCells *c)
{
    c->n = c->shown = 0;
    traverseproc traverse = Py_TYPE(op)->tp_traverse;
    if (traverse != NULL && traverse(op, collect, c) != 0)
        return -1;
    /* A dict that obj.__dict__ made visits nothing: its instance does.
       Drawn, it shows its entries all the same. */
    if (PyDict_Check(op) && ((PyDictObject *)op)->embedded_in != NULL) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (PyDict_Next(op, &pos, &key, &value))
            if (collect(value, c) != 0 ||
                (!PyUnicode_Check(key) && collect(key, c) != 0))
                return -1;
    }
    if (PyDict_Check(op) || PyInstance_Check(op))
        label_mapping(op, c);
    else
        label_fields(op, c);
    for (int k = 0; k < c->n; k++)
        c->cells[k].named = is_named(op, &c->cells[k]);
    int max = PyList_Check(op) || PyTuple_Check(op) ? MAX_ITEMS : MAX_ROWS;
    c->shown = c->n < max ? c->n : max;
    if (c->shown < c->n && c->cells[c->shown].is_key)
        c->shown++; /* a key goes with its value */
    return 0;
}

void
figure_cells_free(FigureCells *c)
{
    PyMem_RawFree(c->cells);
    *c = (FigureCells){NULL, 0, 0, 0};
}

/* The text of a cell that names its object. */
static void
write_name(FILE *out, const FigureCell *cell)
{
    PyObject *target = cell->target;
    PyModuleObject *module;
    fputs("<font color=\"#777777\">", out);
    if (target == interp.globals)
        fputs("module", out);
    else if (target == interp.builtins)
        fputs("builtins", out);
    else if ((module = module_of_namespace(target)) != NULL) {
        fputs("namespace of ", out);
        figure_escape(out, PyUnicode_AsUTF8(module->md_name), MAX_TEXT);
    } else if (PyType_Check(target))
        figure_escape(out, ((PyTypeObject *)target)->tp_name, MAX_TEXT);
    else
        escape_repr(out, target, MAX_TEXT);
    fputs("</font>", out);
}

/* A cell holding one reference: empty, for its arrow to start from, or
   the name of a well-known object. */
static void
write_cell(FILE *out, const FigureCell *cell, int port)
{
    if (cell->named) {
        fputs("<td align=\"left\">", out);
        write_name(out, cell);
        fputs("</td>", out);
    } else {
        fprintf(out, "<td port=\"p%d\" width=\"22\"> </td>", port);
    }
}

/* What the legend must explain about a cell. */
static unsigned
cell_showed(const FigureCell *cell)
{
    if (!cell->named)
        return 0;
    return FIG_SHOWED_NAMED |
           (cell->target == interp.globals ? FIG_SHOWED_MODULE : 0);
}

/* ---- labels ---- */

/* The header: the type, the serial number, then this chapter's marks. */
static unsigned
header(FILE *out, PyObject *op, int serial, int span)
{
    unsigned showed = 0;
    fprintf(out,
            "<tr><td colspan=\"%d\" bgcolor=\"%s\" align=\"left\">"
            "<b>",
            span, type_colour(op));
    if (PyType_Check(op))
        fputs("class", out);
    else
        figure_escape(out, Py_TYPE(op)->tp_name, MAX_TEXT);
    fprintf(out, "</b> <font color=\"#555555\">#%d</font>", serial);
    for (int i = 0; figure_marks[i].write != NULL; i++) {
        fprintf(out, "  <font color=\"%s\">", figure_marks[i].colour);
        if (figure_marks[i].write(out, op))
            showed |= FIG_SHOWED_MARK(i);
        fputs("</font>", out);
    }
    fputs("</td></tr>", out);
    return showed;
}

/* [a, b, c]: a row of cells, the index above each. */
static unsigned
sequence_label(FILE *out, PyObject *op, int serial, const FigureCells *c)
{
    int n = c->n, shown = c->shown;
    int span = shown == 0 ? 1 : shown + (n > shown);
    unsigned showed = header(out, op, serial, span);
    if (n == 0) {
        fputs("<tr><td><font color=\"#777777\">empty</font></td></tr>", out);
        return showed;
    }
    fputs("<tr>", out);
    for (int i = 0; i < shown; i++)
        fprintf(out,
                "<td border=\"0\"><font point-size=\"9\" "
                "color=\"#777777\">%d</font></td>",
                i);
    if (n > shown)
        fputs("<td border=\"0\"></td>", out);
    fputs("</tr><tr>", out);
    for (int i = 0; i < shown; i++) {
        write_cell(out, &c->cells[i], i);
        showed |= cell_showed(&c->cells[i]);
    }
    if (n > shown)
        fprintf(out, "<td>+%d</td>", n - shown);
    fputs("</tr>", out);
    return showed;
}

/* What names a cell in a row: a mapping's key, or a field's name. */
static void
row_label(FILE *out, PyObject *op, const FigureCell *cell)
{
    if (cell->key != NULL && PyInstance_Check(op))
        figure_escape(out, PyUnicode_AsUTF8(cell->key), MAX_TEXT);
    else if (cell->key != NULL)
        escape_repr(out, cell->key, MAX_TEXT);
    else if (cell->field != NULL)
        figure_escape(out, cell->field, MAX_TEXT);
    else
        fputs("?", out);
}

/* The line under the header of a class, a module or a C function: its
   name, which is no reference it holds (a function's names are, and
   have cells of their own); NULL for others. */
static const char *
title_of(PyObject *op, const char **suffix)
{
    *suffix = "";
    if (PyType_Check(op))
        return ((PyTypeObject *)op)->tp_name;
    if (PyModule_Check(op))
        return PyUnicode_AsUTF8(((PyModuleObject *)op)->md_name);
    if (PyCFunction_Check(op)) {
        *suffix = "()";
        return ((PyCFunctionObject *)op)->m_ml->ml_name;
    }
    return NULL;
}

/* label | cell rows: a dict's entries (a key that is not a str has a
   cell of its own, on the left of its value's), an instance's
   attributes and class, the references of a function, a class... */
static unsigned
rows_label(FILE *out, PyObject *op, int serial, const FigureCells *c)
{
    unsigned showed = header(out, op, serial, 2);
    const char *suffix, *name = title_of(op, &suffix);
    if (name != NULL) {
        fputs("<tr><td colspan=\"2\" align=\"left\">", out);
        figure_escape(out, name, MAX_TEXT);
        fprintf(out, "%s</td></tr>", suffix);
    } else if (c->n == 0) {
        fputs("<tr><td colspan=\"2\"><font color=\"#777777\">empty</font>"
              "</td></tr>",
              out);
    }
    for (int k = 0; k < c->shown; k++) {
        const FigureCell *cell = &c->cells[k];
        if (cell->is_key)
            continue; /* drawn in its value's row */
        fputs("<tr>", out);
        if (k + 1 < c->shown && c->cells[k + 1].is_key) {
            write_cell(out, &c->cells[k + 1], k + 1);
            showed |= cell_showed(&c->cells[k + 1]);
        } else {
            fputs("<td align=\"left\">", out);
            row_label(out, op, cell);
            fputs("</td>", out);
        }
        write_cell(out, cell, k);
        showed |= cell_showed(cell);
        fputs("</tr>", out);
    }
    if (c->n > c->shown)
        fprintf(out,
                "<tr><td colspan=\"2\"><font color=\"#777777\">+%d more"
                "</font></td></tr>",
                c->n - c->shown);
    return showed;
}

/* One line under the header: the value of an int, a str, None... */
static unsigned
value_label(FILE *out, PyObject *op, int serial)
{
    unsigned showed = header(out, op, serial, 1);
    fputs("<tr><td align=\"left\">", out);
    escape_repr(out, op, MAX_TEXT);
    fputs("</td></tr>", out);
    return showed;
}

/* An object the frames cannot reach is drawn inside a dashed frame. */
unsigned
figure_object_label(FILE *out, PyObject *op, int serial, FigureState state,
                    const FigureCells *cells)
{
    const char *suffix;
    unsigned showed;
    fputs("<", out);
    if (state == FIG_UNREACHABLE)
        fputs("<table border=\"1\" style=\"dashed\" color=\"#888888\" "
              "cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
              "<td>",
              out);
    fputs("<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
          "cellpadding=\"3\" color=\"#444444\">",
          out);
    if (PyList_Check(op) || PyTuple_Check(op))
        showed = sequence_label(out, op, serial, cells);
    else if (cells->n > 0 || PyDict_Check(op) || title_of(op, &suffix) != NULL)
        showed = rows_label(out, op, serial, cells);
    else
        showed = value_label(out, op, serial);
    fputs("</table>", out);
    if (state == FIG_UNREACHABLE)
        fputs("</td></tr></table>", out);
    fputs(">", out);
    return showed;
}

void
figure_object_brief(FILE *out, PyObject *op, int serial)
{
    figure_escape(out, PyType_Check(op) ? "class" : Py_TYPE(op)->tp_name,
                  MAX_TEXT);
    fprintf(out, " #%d", serial);
}
