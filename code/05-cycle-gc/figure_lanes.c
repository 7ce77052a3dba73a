/* The collector's lists drawn as lanes, for chapter 5's views
   (figure_gc.c): a column per list, a row per object.  Rows go by serial
   number, so an object keeps its row from one figure to the next and
   moves across when it changes lists; one that dies leaves a ghost where
   it was.  Invisible edges hold the grid; each node is drawn with
   figure_object_label, as in the memory view. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "figure_lanes.h"

#include "classobject.h"
#include "dictobject.h"
#include "interp.h"
#include "longobject.h"
#include "unicodeobject.h"

#include <stdlib.h>
#include <string.h>

#define ROW_PT 21 /* the height of one row of a node's table */

/* The lane and the height of every object drawn in lanes so far, for
   its ghost: the table it had, in the place it had. */
static struct {
    int serial, lane, cells;
} placed[4 * MAX_ROWS];
static int nplaced;

static const Lanes *drawing;

const Lanes *
figure_lanes_drawing(void)
{
    return drawing;
}

/* --------------------------------------------------------------- rows */

Row *
figure_lanes_find(Lanes *l, PyObject *op)
{
    for (int i = 0; i < l->nrows; i++)
        if (l->rows[i].op == op)
            return &l->rows[i];
    return NULL;
}

Row *
figure_lanes_add(Lanes *l, Figures *fig, PyObject *op, int lane)
{
    if (l->nrows == MAX_ROWS)
        return NULL;
    Row *r = &l->rows[l->nrows++];
    *r = (Row){op, figure_serial(fig, op), lane, NO_REFS, true, false, ""};
    return r;
}

static int
by_serial(const void *a, const void *b)
{
    return ((const Row *)a)->serial - ((const Row *)b)->serial;
}

/* The objects freed since the last figure: a ghost each, in the lane
   it was drawn in, if it was drawn in lanes. */
void
figure_lanes_add_ghosts(Lanes *l, Figures *fig)
{
    for (int s = 1; s <= figure_drawn_count(fig); s++) {
        const char *what = figure_take_ghost(fig, s);
        for (int i = 0; what != NULL && i < nplaced; i++) {
            if (placed[i].serial != s || l->nrows == MAX_ROWS)
                continue;
            Row *r = &l->rows[l->nrows++];
            *r = (Row){NULL, s, placed[i].lane, NO_REFS, true, false, ""};
            snprintf(r->ghost, sizeof r->ghost, "%s", what);
        }
    }
}

static void
remember_place(int serial, int lane, int cells)
{
    int i = 0;
    while (i < nplaced && placed[i].serial != serial)
        i++;
    if (i == nplaced && nplaced == (int)(sizeof placed / sizeof *placed))
        i = 0; /* full: forget the oldest */
    else if (i == nplaced)
        nplaced++;
    placed[i].serial = serial;
    placed[i].lane = lane;
    placed[i].cells = cells;
}

static int
cells_of(int serial)
{
    for (int i = 0; i < nplaced; i++)
        if (placed[i].serial == serial)
            return placed[i].cells;
    return 1;
}

/* ------------------------------------------------------------- names */

void
figure_each_name(figure_name_visit visit, void *arg)
{
    for (Frame *f = interp.frame; f != NULL; f = f->previous) {
        if (f->locals == NULL) {
            for (int i = 0; i < f->code->co_nlocals; i++)
                if (f->localsplus[i] != NULL)
                    visit(f, f->code->co_varnames[i], f->localsplus[i], arg);
            continue;
        }
        PyObject *name, *value;
        Py_ssize_t pos = 0;
        while (PyDict_Next(f->locals, &pos, &name, &value))
            if (strncmp(PyUnicode_AsUTF8(name), "__", 2) != 0)
                visit(f, name, value, arg);
    }
}

/* ------------------------------------------------------------ writing */

/* A reference is an arrow when its object has a row; else its cell
   names the object, if that says something certain and the same in
   every run (never an address); else it stays empty. */
static bool
nameable(PyObject *op)
{
    return PyLong_Check(op) || PyUnicode_Check(op) || op == Py_None ||
           PyBool_Check(op) || PyType_Check(op) || op == interp.globals ||
           op == interp.builtins;
}

/* Every instance refers to its class, which is never what these figures
   are about: its cell is left out, unless it is the only one. */
static void
hide_class(PyObject *op, FigureCells *cells)
{
    if (PyInstance_Check(op) && cells->shown > 1 &&
        cells->cells[cells->shown - 1].target == (PyObject *)Py_TYPE(op))
        cells->n = --cells->shown;
}

static const char *
state_style(const Row *r)
{
    if (r->highlight)
        return "border=\"2\" color=\"#c0392b\"";
    if (!r->solid)
        return "border=\"2\" style=\"dashed\" color=\"#888888\"";
    return "border=\"2\" color=\"#ffffff\"";
}

/* An object's node: figure_object_label's table inside a frame of one
   size, whatever the frame says (solid, dashed, highlighted), so that
   nothing moves when it changes. */
static void
object_node(FILE *out, Lanes *l, Row *r)
{
    FigureCells cells = {NULL, 0, 0, 0};
    char *label = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&label, &size);
    if (mem == NULL || figure_cells(r->op, &cells) < 0) {
        if (mem != NULL)
            fclose(mem);
        free(label);
        figure_cells_free(&cells);
        return;
    }
    hide_class(r->op, &cells);
    for (int k = 0; k < cells.n; k++)
        cells.cells[k].named =
            figure_lanes_find(l, cells.cells[k].target) == NULL &&
            nameable(cells.cells[k].target);
    figure_object_label(mem, r->op, r->serial, FIG_REACHABLE, &cells);
    fclose(mem);
    fprintf(out,
            "    o%d [label=<<table %s cellborder=\"0\" cellspacing=\"0\" "
            "cellpadding=\"1\"><tr><td>",
            r->serial, state_style(r));
    fwrite(label + 1, 1, size > 2 ? size - 2 : 0, out);
    fputs("</td></tr></table>>];\n", out);
    remember_place(r->serial, r->lane, cells.shown + (cells.n == 0));
    free(label);
    figure_cells_free(&cells);
}

static void
ghost_node(FILE *out, const Row *r)
{
    fprintf(out,
            "    o%d [label=<<table border=\"2\" style=\"dashed\" "
            "color=\"#aaaaaa\" cellborder=\"0\" cellspacing=\"0\" "
            "cellpadding=\"4\"><tr><td align=\"left\"><font "
            "color=\"#999999\">",
            r->serial);
    figure_escape(out, r->ghost, sizeof r->ghost);
    fprintf(out,
            " #%d</font></td></tr><tr><td height=\"%d\" align=\"left\">"
            "<font color=\"#999999\">freed</font></td></tr></table>>];\n",
            r->serial, ROW_PT * cells_of(r->serial));
}

/* The edges of a node: one per reference to an object with a row. */
static void
object_edges(FILE *out, Lanes *l, const Row *r)
{
    FigureCells cells = {NULL, 0, 0, 0};
    if (figure_cells(r->op, &cells) < 0)
        return;
    for (int k = 0; k < cells.shown; k++) {
        Row *to = figure_lanes_find(l, cells.cells[k].target);
        if (to == NULL || to->op == NULL)
            continue;
        /* Up the same lane: out of the right side and into the target's,
           so that it never lies on a reference going down. */
        bool up = to->serial < r->serial && to->lane == r->lane;
        fprintf(out, "  o%d:p%d:%s -> o%d%s [constraint=false, weight=0];\n",
                r->serial, k, up ? "e" : "c", to->serial, up ? ":e" : "");
    }
    figure_cells_free(&cells);
}

typedef struct {
    FILE *out;
    PyObject *op;
    int n;
} NameTag;

static void
tag_cell(Frame *f, PyObject *name, PyObject *value, void *arg)
{
    NameTag *t = arg;
    if (value != t->op)
        return;
    if (t->out != NULL) {
        fputs("<tr><td align=\"left\">", t->out);
        if (f->func != NULL)
            fprintf(t->out, "%s(): ", PyUnicode_AsUTF8(f->code->co_qualname));
        figure_escape(t->out, PyUnicode_AsUTF8(name), 40);
        fputs("</td></tr>", t->out);
    }
    t->n++;
}

/* The names that refer to a row's object, as a little frame on the
   left of its row (or an empty point), and their arrows. */
static void
name_tag(FILE *out, int row, const Row *r)
{
    NameTag t = {NULL, r->op, 0};
    if (r->op != NULL)
        figure_each_name(tag_cell, &t);
    if (t.n == 0) {
        fprintf(out, "  s%d_t [shape=point, style=invis];\n", row);
        return;
    }
    fprintf(out,
            "  t%d [label=<<table border=\"0\" cellborder=\"1\" "
            "cellspacing=\"0\" cellpadding=\"4\">",
            r->serial);
    t = (NameTag){out, r->op, 0};
    figure_each_name(tag_cell, &t);
    fputs("</table>>];\n", out);
}

/* The node at (row, column) of the grid: row -1 holds the columns'
   titles, row nrows the objects not drawn; column -1 is the names'. */
static void
grid_id(char *buf, size_t size, const Lanes *l, int row, int lane)
{
    char column[12] = "t";
    if (lane >= 0)
        snprintf(column, sizeof column, "%d", lane);
    if (row < 0 || row == l->nrows) {
        snprintf(buf, size, "%s_%s", row < 0 ? "h" : "e", column);
        return;
    }
    const Row *r = &l->rows[row];
    NameTag t = {NULL, r->op, 0};
    if (lane < 0 && r->op != NULL)
        figure_each_name(tag_cell, &t);
    if (lane < 0 ? t.n > 0 : r->lane == lane)
        snprintf(buf, size, "%s%d", lane < 0 ? "t" : "o", r->serial);
    else
        snprintf(buf, size, "s%d_%s", row, column);
}

/* The title on top (a collection's phase) or the legend below. */
static void
write_title(FILE *out, const Lanes *l)
{
    bool top = l->title[0] != '\0';
    if (!top && l->subtitle[0][0] == '\0' && l->subtitle[1][0] == '\0')
        return;
    fprintf(out,
            "  labelloc=\"%s\"; labeljust=\"l\";\n  label=<<table "
            "border=\"0\" cellpadding=\"1\">",
            top ? "t" : "b");
    if (top)
        fprintf(out,
                "<tr><td align=\"left\"><font point-size=\"12\"><b>%s</b>"
                "</font></td></tr>",
                l->title);
    for (int i = 0; i < 2; i++)
        if (top || l->subtitle[i][0] != '\0')
            fprintf(out,
                    "<tr><td align=\"left\"><font color=\"#444444\">%s"
                    "</font></td></tr>",
                    l->subtitle[i][0] != '\0' ? l->subtitle[i] : " ");
    fputs("</table>>;\n", out);
}

static void
write_lane(FILE *out, Lanes *l, int j)
{
    fprintf(out,
            "  subgraph cluster_lane%d {\n    label=<%s>; labelloc=\"t\"; "
            "labeljust=\"l\"; "
            "fontname=\"Helvetica\"; fontsize=11; color=\"#bbbbbb\"; "
            "style=\"rounded\";\n    h_%d [shape=box, style=invis, "
            "width=%.2f, height=0.01, label=\"\"];\n",
            j, l->lane_title[j], j, l->lane_pt / 72.0);
    for (int r = 0; r < l->nrows; r++) {
        Row *row = &l->rows[r];
        if (row->lane != j)
            fprintf(out,
                    "    s%d_%d [shape=box, style=invis, width=%.2f, "
                    "height=0.01, label=\"\"];\n",
                    r, j, l->lane_pt / 72.0);
        else if (row->op == NULL)
            ghost_node(out, row);
        else
            object_node(out, l, row);
    }
    if (l->others[j] > 0)
        fprintf(out,
                "    e_%d [label=<<font color=\"#555555\">+%zd other "
                "object%s</font>>];\n",
                j, l->others[j], l->others[j] == 1 ? "" : "s");
    else
        fprintf(out, "    e_%d [shape=point, style=invis];\n", j);
    fputs("  }\n", out);
}

/* The figure: a row for the columns' titles, a row per object, a row
   for the objects not drawn.  Invisible edges hold the grid: each row
   is a rank, its cells in column order, each column a chain. */
int
figure_lanes_write(FILE *out, Lanes *l)
{
    qsort(l->rows, (size_t)l->nrows, sizeof *l->rows, by_serial);
    drawing = l;
    fputs("  graph [rankdir=TB, nodesep=0.15, ranksep=0.16];\n", out);
    write_title(out, l);
    fputs("  h_t [label=<<table border=\"0\" width=\"52\"><tr><td><font "
          "color=\"#555555\">names</font></td></tr></table>>];\n",
          out);
    for (int r = 0; r < l->nrows; r++)
        name_tag(out, r, &l->rows[r]);
    fputs("  e_t [shape=point, style=invis];\n", out);
    for (int j = 0; j < l->nlanes; j++)
        write_lane(out, l, j);
    char a[48], b[48];
    for (int r = -1; r <= l->nrows; r++) {
        fputs("  { rank=same;", out);
        for (int j = -1; j + 1 < l->nlanes; j++) {
            grid_id(a, sizeof a, l, r, j);
            grid_id(b, sizeof b, l, r, j + 1);
            /* A name's arrow to its object orders them already; dot would
               draw a second edge between them as that one. */
            if (a[0] != 't' || b[0] != 'o')
                fprintf(out, " %s -> %s [style=invis];", a, b);
        }
        fputs(" }\n", out);
    }
    for (int j = -1; j < l->nlanes; j++) {
        for (int r = -1; r < l->nrows; r++) {
            grid_id(a, sizeof a, l, r, j);
            grid_id(b, sizeof b, l, r + 1, j);
            fprintf(out, "  %s -> %s [style=invis, weight=10];\n", a, b);
        }
    }
    for (int r = 0; r < l->nrows; r++) {
        Row *row = &l->rows[r];
        NameTag t = {NULL, row->op, 0};
        if (row->op == NULL)
            continue;
        figure_each_name(tag_cell, &t);
        /* A flat edge: dot would draw neither its port nor its dot. */
        if (t.n > 0)
            fprintf(out,
                    "  t%d -> o%d [constraint=false, weight=0, dir=forward, "
                    "tailclip=true];\n",
                    row->serial, row->serial);
        object_edges(out, l, row);
    }
    drawing = NULL;
    return 0;
}
