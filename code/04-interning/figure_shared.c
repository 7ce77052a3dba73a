/* Chapter 4's figures: the objects that exist once.
   view=smallints  the module's int names, and the static array of the
                   ints from -5 to 256 they point into
   view=interned   the module's str names and values, and the entries
                   of the interned-strings table they point to */
#include "figure.h"

#include "dictobject.h"
#include "interp.h"
#include "longobject.h"
#include "unicodeobject.h"

#include <string.h>

#define SMALL_LOW  (-5)
#define SMALL_HIGH 256

static bool
is_small_int(PyObject *op)
{
    int64_t v = PyLong_Check(op) ? PyLong_AsLong(op) : SMALL_LOW - 1;
    return v >= SMALL_LOW && v <= SMALL_HIGH && _Py_IsImmortal(op);
}

static bool
is_interned(PyObject *op)
{
    return PyUnicode_Check(op) && ((PyUnicodeObject *)op)->interned;
}

/* The module's own names (not __name__ and the like) whose values keep
   returns true for, in the order they were bound. */
static int
module_names(PyObject **names, PyObject **values, int max,
             bool (*keep)(PyObject *))
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    int n = 0;
    while (n < max && PyDict_Next(interp.globals, &pos, &key, &value))
        if (strncmp(PyUnicode_AsUTF8(key), "__", 2) != 0 && keep(value)) {
            names[n] = key;
            values[n++] = value;
        }
    return n;
}

static void
names_node_head(FILE *out, int span)
{
    fprintf(out,
            "  names [label=<<table border=\"0\" cellborder=\"1\" "
            "cellspacing=\"0\" cellpadding=\"4\"><tr><td colspan=\"%d\" "
            "bgcolor=\"#d9d9d9\" align=\"left\"><b>module</b> "
            "<font color=\"#555555\">its names</font></td></tr>",
            span);
}

static void
legend(FILE *out, const char *text)
{
    fprintf(out,
            "  labelloc=\"b\"; labeljust=\"l\";\n  label=<<font "
            "point-size=\"11\" color=\"#666666\">%s</font>>;\n",
            text);
}

/* Another object, drawn as the memory view draws it. */
static void
object_node(Figures *fig, FILE *out, PyObject *op)
{
    FigureCells cells = {NULL, 0, 0, 0};
    if (figure_cells(op, &cells) < 0)
        return;
    fprintf(out, "  o%d [label=", figure_serial(fig, op));
    figure_object_label(out, op, figure_serial(fig, op), FIG_REACHABLE, &cells);
    fputs("];\n", out);
    figure_cells_free(&cells);
}

/* ---- view=smallints ---- */

#define MAX_NAMES 16

/* Which values of the array to draw: both ends, and each value a name
   points to with its neighbours; the rest as gaps. */
static bool
shown(int64_t v, PyObject **values, int n)
{
    if (v <= SMALL_LOW + 1 || v >= SMALL_HIGH - 1)
        return true;
    for (int i = 0; i < n; i++)
        if (is_small_int(values[i]) && PyLong_AsLong(values[i]) >= v - 1 &&
            PyLong_AsLong(values[i]) <= v + 1)
            return true;
    return false;
}

static bool
any_int(PyObject *op)
{
    return PyLong_Check(op) && !PyBool_Check(op);
}

int
figure_smallints_view(Figures *fig, FILE *out, const char *arg)
{
    (void)arg;
    PyObject *names[MAX_NAMES], *values[MAX_NAMES];
    int n = module_names(names, values, MAX_NAMES, any_int);
    names_node_head(out, 2);
    for (int i = 0; i < n; i++) {
        fputs("<tr><td align=\"left\">", out);
        figure_escape(out, PyUnicode_AsUTF8(names[i]), 40);
        fprintf(out, "</td><td port=\"n%d\" width=\"22\"> </td></tr>", i);
    }
    fputs("</table>>];\n", out);
    fputs("  small [label=<<table border=\"0\" cellborder=\"1\" "
          "cellspacing=\"0\" cellpadding=\"3\"><tr><td colspan=\"2\" "
          "bgcolor=\"#cfe2ff\" align=\"left\"><b>small_ints</b> "
          "<font color=\"#555555\">static, 262 ints</font>  <font "
          "color=\"#1f618d\">immortal</font></td></tr>",
          out);
    bool gap = false;
    for (int64_t v = SMALL_LOW; v <= SMALL_HIGH; v++) {
        if (!shown(v, values, n)) {
            if (!gap)
                fputs("<tr><td colspan=\"2\"><font color=\"#777777\">"
                      "&#8942;</font></td></tr>",
                      out);
            gap = true;
            continue;
        }
        gap = false;
        fprintf(out,
                "<tr><td><font point-size=\"9\" color=\"#777777\">[%d]"
                "</font></td><td port=\"v%d\" align=\"right\">%d</td></tr>",
                (int)(v - SMALL_LOW), (int)(v - SMALL_LOW), (int)v);
    }
    fputs("</table>>];\n", out);
    for (int i = 0; i < n; i++)
        if (!is_small_int(values[i]))
            object_node(fig, out, values[i]);
    fputs("  names -> small [style=invis];\n", out);
    for (int i = 0; i < n; i++) {
        if (is_small_int(values[i]))
            fprintf(out, "  names:n%d:c -> small:v%d:w;\n", i,
                    (int)(PyLong_AsLong(values[i]) - SMALL_LOW));
        else
            fprintf(out, "  names:n%d:c -> o%d;\n", i,
                    figure_serial(fig, values[i]));
    }
    legend(out, "small_ints: made before the program runs; every int "
                "from -5 to 256 is one of them");
    return 0;
}

/* ---- view=interned ---- */

static bool
any_str(PyObject *op)
{
    return PyUnicode_Check(op);
}

/* The interned strs the figure shows, each once: the names, then the
   values, as first met. */
static int
entries(PyObject **names, PyObject **values, int n, PyObject **shown_strs)
{
    int count = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++) {
            PyObject *s = pass == 0 ? names[i] : values[i];
            bool seen = !is_interned(s);
            for (int k = 0; k < count && !seen; k++)
                seen = shown_strs[k] == s;
            if (!seen)
                shown_strs[count++] = s;
        }
    return count;
}

static int
entry_of(PyObject *s, PyObject **shown_strs, int count)
{
    for (int k = 0; k < count; k++)
        if (shown_strs[k] == s)
            return k;
    return -1;
}

int
figure_interned_view(Figures *fig, FILE *out, const char *arg)
{
    (void)arg;
    PyObject *names[MAX_NAMES], *values[MAX_NAMES];
    PyObject *strs[2 * MAX_NAMES];
    int n = module_names(names, values, MAX_NAMES, any_str);
    int count = entries(names, values, n, strs);
    names_node_head(out, 3);
    fputs("<tr><td><font point-size=\"9\" color=\"#777777\">name</font>"
          "</td><td port=\"kh\" width=\"22\"><font point-size=\"9\" "
          "color=\"#777777\">key</font></td><td><font point-size=\"9\" "
          "color=\"#777777\">value</font></td></tr>",
          out);
    for (int i = 0; i < n; i++) {
        fputs("<tr><td align=\"left\">", out);
        figure_escape(out, PyUnicode_AsUTF8(names[i]), 40);
        fprintf(out,
                "</td><td port=\"k%d\" width=\"22\"> </td><td port=\"v%d\" "
                "width=\"22\"> </td></tr>",
                i, i);
    }
    fputs("</table>>];\n", out);
    fputs("  interned [label=<<table border=\"0\" cellborder=\"1\" "
          "cellspacing=\"0\" cellpadding=\"4\"><tr><td colspan=\"2\" "
          "bgcolor=\"#f9d0e3\" align=\"left\"><b>interned strings</b> "
          "<font color=\"#555555\">these names' entries</font></td></tr>",
          out);
    for (int k = 0; k < count; k++) {
        fprintf(out, "<tr><td port=\"e%d\" align=\"left\" bgcolor=\"#d1f2d9\">",
                k);
        fputs("'", out);
        figure_escape(out, PyUnicode_AsUTF8(strs[k]), 40);
        fputs("'</td><td>", out);
        if (_Py_IsImmortal(strs[k]))
            fputs("<font color=\"#1f618d\">immortal</font>", out);
        else
            fprintf(out, "<font color=\"#b03a2e\">refcount %zd</font>",
                    Py_REFCNT(strs[k]));
        fputs("</td></tr>", out);
    }
    fputs("</table>>];\n", out);
    for (int i = 0; i < n; i++)
        if (!is_interned(values[i]))
            object_node(fig, out, values[i]);
    fputs("  names -> interned [style=invis];\n", out);
    for (int i = 0; i < n; i++) {
        int e = entry_of(names[i], strs, count);
        if (e >= 0) /* a name the compiler made: always */
            fprintf(out, "  names:k%d:c -> interned:e%d:w;\n", i, e);
        e = entry_of(values[i], strs, count);
        if (e >= 0)
            fprintf(out, "  names:v%d:c -> interned:e%d:w;\n", i, e);
        else
            fprintf(out, "  names:v%d:c -> o%d;\n", i,
                    figure_serial(fig, values[i]));
    }
    legend(out, "the table's own two references to an entry do not "
                "count<br align=\"left\"/>immortal: the str of a name "
                "(3.13 makes every name immortal)");
    return 0;
}
