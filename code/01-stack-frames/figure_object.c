/* How each kind of object is drawn: its node's table and its arrows. */
#include "figure.h"

#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "funcobject.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "rangeobject.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <inttypes.h>
#include <string.h>

#define MAX_ITEMS 12 /* items of a list or tuple drawn before "..." */
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

/* The references an object holds, in the order its cells are drawn. */
void
figure_object_refs(PyObject *op, figure_visitfunc visit, void *arg)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    if (PyList_Check(op) || PyTuple_Check(op)) {
        PyObject **items = PyList_Check(op) ? ((PyListObject *)op)->ob_item
                                            : ((PyTupleObject *)op)->ob_item;
        for (Py_ssize_t i = 0; i < Py_SIZE(op) && i < MAX_ITEMS; i++)
            if (items[i] != NULL)
                visit(items[i], (int)i, arg);
    } else if (PyDict_Check(op)) {
        for (int i = 0; PyDict_Next(op, &pos, &key, &value); i++)
            visit(value, i, arg);
    } else if (PyInstance_Check(op)) {
        DictTable *attrs = &((PyInstanceObject *)op)->attrs;
        for (int i = 0; dicttable_next(attrs, &pos, &key, &value); i++)
            visit(value, i, arg);
    } else if (PyMethod_Check(op)) {
        visit(((PyMethodObject *)op)->im_self, 0, arg);
        visit(((PyMethodObject *)op)->im_func, 1, arg);
    }
}

static void
header(FILE *out, PyObject *op, int serial, int span)
{
    fprintf(out,
            "<tr><td colspan=\"%d\" bgcolor=\"%s\" align=\"left\">"
            "<b>",
            span, type_colour(op));
    if (PyType_Check(op))
        fputs("class", out);
    else
        figure_escape(out, Py_TYPE(op)->tp_name, MAX_TEXT);
    fprintf(out, "</b> <font color=\"#555555\">#%d</font></td></tr>", serial);
}

/* [a, b, c]: a row of cells, each an arrow, the index above. */
static void
sequence_label(FILE *out, PyObject *op, int serial)
{
    Py_ssize_t n = Py_SIZE(op), shown = n < MAX_ITEMS ? n : MAX_ITEMS;
    int span = shown == 0 ? 1 : (int)shown + (n > shown);
    header(out, op, serial, span);
    if (n == 0) {
        fputs("<tr><td><font color=\"#777777\">empty</font></td></tr>", out);
        return;
    }
    fputs("<tr>", out);
    for (Py_ssize_t i = 0; i < shown; i++)
        fprintf(out,
                "<td border=\"0\"><font point-size=\"8\" "
                "color=\"#777777\">%zd</font></td>",
                i);
    if (n > shown)
        fputs("<td border=\"0\"></td>", out);
    fputs("</tr><tr>", out);
    for (Py_ssize_t i = 0; i < shown; i++)
        fprintf(out, "<td port=\"p%zd\" width=\"22\"> </td>", i);
    if (n > shown)
        fprintf(out, "<td>+%zd</td>", n - shown);
    fputs("</tr>", out);
}

/* name | arrow rows: a dict's entries, an instance's attributes. */
static void
mapping_label(FILE *out, PyObject *op, int serial)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    DictTable *table = PyDict_Check(op) ? &((PyDictObject *)op)->table
                                        : &((PyInstanceObject *)op)->attrs;
    header(out, op, serial, 2);
    if (table->used == 0)
        fputs("<tr><td colspan=\"2\"><font color=\"#777777\">empty</font>"
              "</td></tr>",
              out);
    for (int i = 0; dicttable_next(table, &pos, &key, &value); i++) {
        fputs("<tr><td align=\"left\">", out);
        if (PyDict_Check(op))
            escape_repr(out, key, MAX_TEXT);
        else
            figure_escape(out, PyUnicode_AsUTF8(key), MAX_TEXT);
        fprintf(out, "</td><td port=\"p%d\" width=\"22\"> </td></tr>", i);
    }
}

/* One line of text under the header: the value of an int or a str, the
   name of a function or class. */
static void
value_label(FILE *out, PyObject *op, int serial)
{
    header(out, op, serial, 1);
    fputs("<tr><td align=\"left\">", out);
    if (PyFunction_Check(op)) {
        figure_escape(out,
                      PyUnicode_AsUTF8(((PyFunctionObject *)op)->func_qualname),
                      MAX_TEXT);
        fputs("()", out);
    } else if (PyType_Check(op)) {
        figure_escape(out, ((PyTypeObject *)op)->tp_name, MAX_TEXT);
    } else if (PyModule_Check(op)) {
        figure_escape(out, PyUnicode_AsUTF8(((PyModuleObject *)op)->md_name),
                      MAX_TEXT);
    } else if (PyCFunction_Check(op)) {
        figure_escape(out, ((PyCFunctionObject *)op)->m_ml->ml_name, MAX_TEXT);
        fputs("()", out);
    } else {
        escape_repr(out, op, MAX_TEXT);
    }
    fputs("</td></tr>", out);
}

static void
method_label(FILE *out, PyObject *op, int serial)
{
    header(out, op, serial, 2);
    fputs("<tr><td align=\"left\">self</td><td port=\"p0\" width=\"22\"> "
          "</td></tr><tr><td align=\"left\">function</td><td port=\"p1\" "
          "width=\"22\"> </td></tr>",
          out);
}

/* An object the frames cannot reach is drawn inside a dashed frame. */
void
figure_object_label(FILE *out, PyObject *op, int serial, FigureState state)
{
    fputs("<", out);
    if (state == FIG_UNREACHABLE)
        fputs("<table border=\"1\" style=\"dashed\" color=\"#888888\" "
              "cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
              "<td>",
              out);
    fputs("<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
          "cellpadding=\"4\" color=\"#444444\">",
          out);
    if (PyList_Check(op) || PyTuple_Check(op))
        sequence_label(out, op, serial);
    else if (PyDict_Check(op) || PyInstance_Check(op))
        mapping_label(out, op, serial);
    else if (PyMethod_Check(op))
        method_label(out, op, serial);
    else
        value_label(out, op, serial);
    fputs("</table>", out);
    if (state == FIG_UNREACHABLE)
        fputs("</td></tr></table>", out);
    fputs(">", out);
}

void
figure_object_brief(FILE *out, PyObject *op, int serial)
{
    figure_escape(out, PyType_Check(op) ? "class" : Py_TYPE(op)->tp_name,
                  MAX_TEXT);
    fprintf(out, " #%d", serial);
}
