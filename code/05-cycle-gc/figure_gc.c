#define _POSIX_C_SOURCE 200809L /* open_memstream */
/* Chapter 5's figures: the collector's lists drawn as lanes, a column per
   list and a row per object.  Rows go by serial number, so an object
   keeps its row from one figure to the next and moves across when it
   changes lists; one that dies leaves a ghost where it was.
   view=generations  the lists of the three generations, with the objects
                     the frames' names reach (lists, dicts, instances...;
                     classes and functions appear by name in their cells)
   view=collection   the next collection, drawn as it runs: this figure
                     shows generation 0 before it, and the collector's
                     observer draws NAME-1, NAME-2, ... at the end of each
                     phase (gc.h), each object with its gc_refs */
#include "figure.h"
#include "gc.h"

#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "funcobject.h"
#include "interp.h"
#include "longobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "unicodeobject.h"

#include <stdlib.h>
#include <string.h>

#define MAX_ROWS  24  /* objects drawn; the others are counted */
#define MAX_LANES 4   /* three generations and the permanent one */
#define MAX_SEEN  512 /* objects looked at to find what names reach */
#define ROW_PT    23  /* the height of one row of a node's table */

/* What a row's header says of the collector, after the count. */
#define NO_REFS (-2) /* nothing */
#define SCANNED (-1) /* move_unreachable scanned it: it is reachable */

typedef struct {
    PyObject *op; /* NULL: a ghost */
    int serial;
    int lane;
    Py_ssize_t refs; /* gc_refs, NO_REFS or SCANNED */
    bool solid;      /* reachable from a name, or in a collection */
    bool highlight;
    char ghost[32]; /* a ghost: what it was */
} Row;

typedef struct {
    Row rows[MAX_ROWS];
    int nrows;
    int nlanes;
    int lane_pt; /* the width of a lane's column */
    char lane_title[MAX_LANES][80];
    Py_ssize_t others[MAX_LANES]; /* objects in a lane not drawn */
    char title[160], subtitle[2][100];
} Lanes;

/* The lane and the height of every object drawn in lanes so far, for
   its ghost: the table it had, in the place it had. */
static struct {
    int serial, lane, cells;
} placed[4 * MAX_ROWS];
static int nplaced;

/* The figure being drawn: the gc mark reads the rows' gc_refs. */
static const Lanes *drawing;

/* --------------------------------------------------------- the lists */

static bool
on_list(PyGC_Head *list, PyObject *op)
{
    for (PyGC_Head *g = _PyGC_Next(list); g != list; g = _PyGC_Next(g))
        if (_Py_FROM_GC(g) == op)
            return true;
    return false;
}

/* The generation whose list holds op (NUM_GENERATIONS: the permanent
   one), or -1: not tracked. */
static int
generation_of(PyObject *op)
{
    if (!_PyObject_GC_IS_TRACKED(op))
        return -1;
    for (int i = 0; i <= NUM_GENERATIONS; i++)
        if (on_list(_PyGC_Generation(i), op))
            return i;
    return -1;
}

/* A mark is never empty, as an empty font element is no valid label:
   "nothing" is a space two points wide. */
#define NOTHING "<font point-size=\"2\"> </font>"

bool
figure_gc_mark(FILE *out, PyObject *op)
{
    if (drawing != NULL) {
        for (int i = 0; i < drawing->nrows; i++) {
            const Row *r = &drawing->rows[i];
            if (r->op != op || r->refs == NO_REFS)
                continue;
            if (r->refs == SCANNED)
                fputs("reachable", out);
            else
                fprintf(out, "<b>gc_refs %zd</b>", r->refs);
            return false;
        }
        fputs(NOTHING, out);
        return false;
    }
    int gen = generation_of(op);
    if (gen < 0)
        fputs(NOTHING, out);
    else if (gen == NUM_GENERATIONS)
        fputs("permanent", out);
    else
        fprintf(out, "gen %d", gen);
    return gen >= 0;
}

/* --------------------------------------------------------------- rows */

static Row *
find_row(Lanes *l, PyObject *op)
{
    for (int i = 0; i < l->nrows; i++)
        if (l->rows[i].op == op)
            return &l->rows[i];
    return NULL;
}

static Row *
add_row(Lanes *l, Figures *fig, PyObject *op, int lane)
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
static void
add_ghosts(Lanes *l, Figures *fig)
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

/* ------------------------------------------------- what names reach */

typedef void (*name_visit)(Frame *f, PyObject *name, PyObject *value,
                           void *arg);

/* The names of every frame, as the memory view shows them: fast
   locals, or a body's namespace without its dunder names. */
static void
each_name(name_visit visit, void *arg)
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

/* What the generations view draws: a container of data, not a class, a
   function or a module, which the figures name instead. */
static bool
is_data(PyObject *op)
{
    return _PyObject_GC_IS_TRACKED(op) && !PyType_Check(op) &&
           !PyFunction_Check(op) && !PyModule_Check(op) &&
           !PyCFunction_Check(op) && !PyMethod_Check(op) &&
           op != interp.globals && op != interp.builtins;
}

typedef struct {
    PyObject *seen[MAX_SEEN];
    int n;
} Seen;

static int
reach(PyObject *op, void *arg)
{
    Seen *s = arg;
    if (!is_data(op) || s->n == MAX_SEEN)
        return 0;
    for (int i = 0; i < s->n; i++)
        if (s->seen[i] == op)
            return 0;
    s->seen[s->n++] = op;
    return 0;
}

static void
reach_name(Frame *f, PyObject *name, PyObject *value, void *arg)
{
    (void)f, (void)name;
    reach(value, arg);
}

/* Every data object the names reach through data objects, in the order
   found (breadth first). */
static void
reached(Seen *s)
{
    s->n = 0;
    each_name(reach_name, s);
    for (int i = 0; i < s->n; i++)
        Py_TYPE(s->seen[i])->tp_traverse(s->seen[i], reach, s);
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
        cells.cells[k].named = find_row(l, cells.cells[k].target) == NULL &&
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
            "cellpadding=\"5\"><tr><td align=\"left\"><font "
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
        Row *to = find_row(l, cells.cells[k].target);
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
        each_name(tag_cell, &t);
    if (t.n == 0) {
        fprintf(out, "  s%d_t [shape=point, style=invis];\n", row);
        return;
    }
    fprintf(out,
            "  t%d [label=<<table border=\"0\" cellborder=\"1\" "
            "cellspacing=\"0\" cellpadding=\"4\">",
            r->serial);
    t = (NameTag){out, r->op, 0};
    each_name(tag_cell, &t);
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
        each_name(tag_cell, &t);
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
static int
write_lanes(FILE *out, Lanes *l)
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
        each_name(tag_cell, &t);
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

/* ---------------------------------------------------- the generations */

static void
count_others(Lanes *l)
{
    for (int j = 0; j < l->nlanes; j++) {
        l->others[j] = _PyGC_ListSize(_PyGC_Generation(j));
        for (int r = 0; r < l->nrows; r++)
            if (l->rows[r].lane == j && l->rows[r].op != NULL)
                l->others[j]--;
    }
}

/* What a lane says on top: its generation, its count and threshold. */
static void
generation_titles(Lanes *l)
{
    GCState *st = _PyGC_State();
    for (int j = 0; j < NUM_GENERATIONS; j++)
        snprintf(l->lane_title[j], sizeof l->lane_title[j],
                 "generation %d<br/>count %d<br/>threshold %d", j,
                 st->generations[j].count, st->generations[j].threshold);
    snprintf(l->lane_title[NUM_GENERATIONS], sizeof l->lane_title[0],
             "permanent<br/>gc.freeze()");
}

/* The legend: what the dashed and grey frames mean, if any is drawn. */
static void
generation_legend(Lanes *l)
{
    bool dashed = false, ghost = false;
    for (int r = 0; r < l->nrows; r++) {
        dashed |= l->rows[r].op != NULL && !l->rows[r].solid;
        ghost |= l->rows[r].op == NULL;
    }
    snprintf(l->subtitle[0], sizeof l->subtitle[0], "%s%s%s",
             dashed ? "dashed: reachable from no name" : "",
             dashed && ghost ? "; " : "",
             ghost ? "grey: freed since the last figure" : "");
}

/* The rows: what the names reach, what was drawn before and is still
   alive, and all of generation 0, the objects made since the last
   collection (the other generations are counted). */
int
figure_generations_view(Figures *fig, FILE *out, const char *arg)
{
    (void)arg;
    Lanes l;
    Seen seen;
    memset(&l, 0, sizeof l);
    l.lane_pt = 136;
    reached(&seen);
    l.nlanes = _PyGC_ListSize(_PyGC_Generation(NUM_GENERATIONS)) > 0
                   ? NUM_GENERATIONS + 1
                   : NUM_GENERATIONS;
    for (int i = 0; i < seen.n; i++)
        add_row(&l, fig, seen.seen[i], generation_of(seen.seen[i]));
    for (int s = 1; s <= figure_drawn_count(fig); s++) {
        PyObject *op = figure_drawn_object(fig, s);
        Row *r;
        if (op != NULL && is_data(op) && find_row(&l, op) == NULL &&
            (r = add_row(&l, fig, op, generation_of(op))) != NULL)
            r->solid = false;
    }
    PyGC_Head *young = _PyGC_Generation(0);
    for (PyGC_Head *g = _PyGC_Next(young); g != young; g = _PyGC_Next(g)) {
        PyObject *op = _Py_FROM_GC(g);
        Row *r;
        if (is_data(op) && find_row(&l, op) == NULL &&
            (r = add_row(&l, fig, op, 0)) != NULL)
            r->solid = false;
    }
    add_ghosts(&l, fig);
    count_others(&l);
    generation_titles(&l);
    generation_legend(&l);
    return write_lanes(out, &l);
}

/* -------------------------------------------------- one collection */

static struct {
    Figures *fig; /* the next collection is drawn into fig */
    char name[64];
    int panels;   /* drawn so far */
    int last;     /* the phase of the last one, -1: none yet */
    int gen;      /* the generation collected */
    bool drawing; /* the observer is drawing phase, list, op: */
    GCPhase phase;
    PyGC_Head *list;
    PyObject *op;
    int serials[MAX_ROWS]; /* the objects collected, in list order */
    int n;
    Py_ssize_t more; /* and how many more */
} watch;

static void
record_collection(Figures *fig, PyGC_Head *list)
{
    watch.n = 0;
    watch.more = 0;
    watch.gen = 0;
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (_PyGC_Generation(i) == list)
            watch.gen = i;
    for (PyGC_Head *g = _PyGC_Next(list); g != list; g = _PyGC_Next(g)) {
        if (watch.n < MAX_ROWS)
            watch.serials[watch.n++] = figure_serial(fig, _Py_FROM_GC(g));
        else
            watch.more++;
    }
}

/* The object move_unreachable is scanning: the first on the list whose
   gc_refs it has not yet turned back into a link. */
static int
scanning(Figures *fig, PyGC_Head *list)
{
    for (PyGC_Head *g = _PyGC_Next(list); g != list; g = _PyGC_Next(g))
        if (_PyGC_Refs(g) >= 0)
            return figure_serial(fig, _Py_FROM_GC(g));
    return 0;
}

static void
phase_titles(Lanes *l, Figures *fig, int step)
{
    int gen = watch.gen;
    const char *lane0 = "generation %d, being collected";
    const char *lane1 = "unreachable";
    switch (watch.phase) {
    case GC_PHASE_UPDATE_REFS:
        snprintf(l->title, sizeof l->title, "%d. update_refs", step);
        snprintf(l->subtitle[0], sizeof l->subtitle[0],
                 "each object's gc_refs starts as its reference count");
        break;
    case GC_PHASE_SUBTRACT_REFS:
        snprintf(l->title, sizeof l->title, "%d. subtract_refs", step);
        snprintf(l->subtitle[0], sizeof l->subtitle[0],
                 "each reference from one of these objects to another is "
                 "taken off;");
        snprintf(l->subtitle[1], sizeof l->subtitle[1],
                 "what is left counts the references from outside");
        break;
    case GC_PHASE_MOVE_BACK:
        lane1 = "unreachable, for now";
        snprintf(l->title, sizeof l->title, "%d. move_unreachable, under way",
                 step);
        snprintf(l->subtitle[0], sizeof l->subtitle[0],
                 "each object with gc_refs 0 went to the unreachable list;");
        snprintf(l->subtitle[1], sizeof l->subtitle[1],
                 "#%d is reachable and refers to #%d: it comes back",
                 scanning(fig, watch.list), figure_serial(fig, watch.op));
        break;
    case GC_PHASE_MOVE_UNREACHABLE:
        lane0 = "generation %d: reachable";
        snprintf(l->title, sizeof l->title, "%d. move_unreachable, done", step);
        snprintf(l->subtitle[0], sizeof l->subtitle[0],
                 "all that a reachable object refers to came back;");
        snprintf(l->subtitle[1], sizeof l->subtitle[1],
                 "what is left on the unreachable list is garbage");
        break;
    case GC_PHASE_DONE:
        lane0 = "generation %d: the survivors";
        lane1 = "unreachable: freed";
        gen = gen + 1 < NUM_GENERATIONS ? gen + 1 : gen;
        snprintf(l->title, sizeof l->title, "%d. The garbage freed", step);
        snprintf(l->subtitle[0], sizeof l->subtitle[0],
                 "tp_clear broke its cycles, reference counting freed it;");
        snprintf(l->subtitle[1], sizeof l->subtitle[1],
                 "the survivors are in generation %d", gen);
        break;
    }
    snprintf(l->lane_title[0], sizeof l->lane_title[0], lane0, gen);
    snprintf(l->lane_title[1], sizeof l->lane_title[1], "%s", lane1);
}

/* A panel: every object recorded at the start of the collection, in the
   list it is on now, with what the collector holds of it. */
static int
write_panel(Figures *fig, FILE *out)
{
    Lanes l;
    memset(&l, 0, sizeof l);
    l.nlanes = 2;
    l.lane_pt = 200;
    for (int i = 0; i < watch.n; i++) {
        PyObject *op = figure_drawn_object(fig, watch.serials[i]);
        if (op == NULL)
            continue; /* freed: add_ghosts draws it */
        int lane = on_list(watch.list, op) ? 0 : 1;
        Row *r = add_row(&l, fig, op, lane);
        if (r == NULL)
            continue;
        Py_ssize_t refs = _PyGC_Refs(_Py_AS_GC(op));
        if (watch.phase == GC_PHASE_DONE || lane == 1)
            r->refs = NO_REFS;
        else
            r->refs = refs >= 0 ? refs : SCANNED;
        r->highlight = op == watch.op;
    }
    add_ghosts(&l, fig);
    phase_titles(&l, fig, watch.panels);
    l.others[0] = watch.more;
    return write_lanes(out, &l);
}

static void disarm(void);

/* The collector's observer while a collection is being drawn.  Only the
   first object that comes back is drawn, the moment the unreachable
   list holds the most it ever will. */
static void
observe_collection(GCPhase phase, PyGC_Head *list, PyObject *op, void *ctx)
{
    (void)ctx;
    if (interp.figures != watch.fig) {
        disarm(); /* the figures are gone */
        return;
    }
    if (phase == GC_PHASE_MOVE_BACK && watch.last != GC_PHASE_SUBTRACT_REFS)
        return;
    if (phase == GC_PHASE_UPDATE_REFS)
        record_collection(watch.fig, list);
    watch.phase = phase;
    watch.list = list;
    watch.op = op;
    watch.last = (int)phase;
    char name[80];
    snprintf(name, sizeof name, "%s-%d", watch.name, ++watch.panels);
    watch.drawing = true;
    int status = figure_write(watch.fig, name, "collection");
    watch.drawing = false;
    if (status < 0) {
        fflush(stdout);
        fprintf(stderr, "Exception ignored while drawing figure '%s':\n", name);
        PyErr_Print(stderr, interp.filename, interp.source);
        PyErr_Clear();
    }
    if (phase == GC_PHASE_DONE)
        disarm();
}

static void
disarm(void)
{
    _PyGC_SetObserver(NULL, NULL);
    watch.fig = NULL;
}

/* The marker: generation 0 as the collection will find it, and the
   observer set for the next collection. */
int
figure_collection_view(Figures *fig, FILE *out, const char *arg)
{
    (void)arg;
    if (watch.drawing)
        return write_panel(fig, out);
    const char *name = figure_name(fig);
    if (watch.fig == fig) {
        PyErr_Format(EXC_RUNTIME,
                     "figure '%s': figure '%s' still waits for a collection",
                     name, watch.name);
        return -1;
    }
    if (strlen(name) >= sizeof watch.name) {
        PyErr_Format(EXC_VALUE, "figure name '%s' is too long", name);
        return -1;
    }
    snprintf(watch.name, sizeof watch.name, "%s", name);
    watch.fig = fig;
    watch.panels = 0;
    watch.last = -1;
    _PyGC_SetObserver(observe_collection, NULL);
    Lanes l;
    memset(&l, 0, sizeof l);
    l.nlanes = 2;
    l.lane_pt = 200;
    PyGC_Head *young = _PyGC_Generation(0);
    for (PyGC_Head *g = _PyGC_Next(young); g != young; g = _PyGC_Next(g))
        if (add_row(&l, fig, _Py_FROM_GC(g), 0) == NULL)
            l.others[0]++;
    add_ghosts(&l, fig);
    snprintf(l.title, sizeof l.title, "Before the collection");
    snprintf(l.subtitle[0], sizeof l.subtitle[0],
             "generation 0's list, with each object's reference count");
    snprintf(l.lane_title[0], sizeof l.lane_title[0], "generation 0");
    snprintf(l.lane_title[1], sizeof l.lane_title[1], "unreachable");
    return write_lanes(out, &l);
}
