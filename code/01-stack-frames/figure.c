/* Figures: memory drawn as Graphviz, frames on the left, the heap on the
   right, an arrow from every reference to its object: from each slot of
   a frame, and from each reference an object's tp_traverse visits (the
   edges chapter 5's collector walks; figure_object.c draws the cells). */
#include "figure.h"

#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "listobject.h"
#include "moduleobject.h"
#include "pymem.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Objects get a serial number the first time they are drawn; it names
   their node.  They get a place too, a column and a position in it, kept
   for the rest of the run, so that an object holds still from one figure
   of a script to the next: a new object takes a new place, at the bottom
   of its column, and a freed one leaves a ghost in its place once. */
#define FIG_COLUMNS 2 /* heap columns; deeper objects share the last */
_Static_assert(FIG_COLUMNS == 2, "a slot's arrow passes one column");

typedef struct {
    PyObject *op; /* NULL once freed */
    int serial;
    int column;             /* 1 to FIG_COLUMNS, 0: not placed yet */
    int place;              /* orders a column, top first */
    int depth;              /* references from the frames when first drawn */
    int slots, slots_drawn; /* in this figure: frame slots referring to it */
    bool in_figure;         /* drawn in the figure being made */
    bool on_path; /* being marked: its references are being followed */
    FigureState state;
    bool ghost;          /* freed since the last figure: drawn grey */
    char ghost_type[32]; /* what it was */
    FigureCells cells;   /* its references, found while marking */
} Drawn;

struct Figures {
    char *dir;
    Drawn *drawn; /* every object drawn so far, in serial order */
    int ndrawn, capdrawn;
    char **written; /* figure names, to catch a marker run twice */
    int nwritten;
    FILE *out;
    bool failed;
    int parent;  /* the object whose references are being marked, 0: none */
    int nplaced; /* places given so far */
    struct {
        int from, port;
    } * back; /* references back to an object being marked: the cycles */
    int nback, capback;
    /* A slot's arrow to an object past the first column goes through a
       point of its own in the first column, below the object the slot
       before it refers to there (after; 0: at the top), so that it
       passes between that column's objects, not around them all. */
    struct {
        int target, after;
    } * pass;
    int npass, cappass;
    int last_first; /* while finding them: the last slot's column-1 object */
    bool stepping;  /* --dot-every */
    FILE *steps;    /* then DIR/steps.txt */
    int nsteps;     /* steps drawn */
};

static void figure_forget_observer(PyObject *op, void *ctx);
static void figure_moved_observer(uintptr_t was, PyObject *op, void *ctx);

Figures *
figures_new(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return NULL;
    Figures *fig = PyMem_RawCalloc(1, sizeof *fig);
    if (fig == NULL)
        return NULL;
    fig->dir = PyMem_RawMalloc(strlen(dir) + 1);
    if (fig->dir == NULL) {
        PyMem_RawFree(fig);
        return NULL;
    }
    strcpy(fig->dir, dir);
    _PyObject_SetDeallocObserver(figure_forget_observer, fig);
    interp.move_observer = figure_moved_observer;
    return fig;
}

void
figures_free(Figures *fig)
{
    if (fig == NULL)
        return;
    _PyObject_SetDeallocObserver(NULL, NULL);
    interp.move_observer = NULL;
    if (fig->steps != NULL)
        fclose(fig->steps);
    for (int i = 0; i < fig->nwritten; i++)
        PyMem_RawFree(fig->written[i]);
    PyMem_RawFree(fig->written);
    for (int i = 0; i < fig->ndrawn; i++)
        figure_cells_free(&fig->drawn[i].cells);
    PyMem_RawFree(fig->drawn);
    PyMem_RawFree(fig->back);
    PyMem_RawFree(fig->pass);
    PyMem_RawFree(fig->dir);
    PyMem_RawFree(fig);
}

/* Linear search: figures hold tens of objects, not thousands. */
static Drawn *
find_drawn(Figures *fig, PyObject *op)
{
    for (int i = 0; i < fig->ndrawn; i++)
        if (fig->drawn[i].op == op)
            return &fig->drawn[i];
    return NULL;
}

/* The object is about to be freed: its address may soon hold another.
   The next figure draws it once more, as a ghost. */
void
figure_forget(Figures *fig, PyObject *op)
{
    Drawn *d = fig ? find_drawn(fig, op) : NULL;
    if (d == NULL)
        return;
    snprintf(d->ghost_type, sizeof d->ghost_type, "%s", Py_TYPE(op)->tp_name);
    d->op = NULL;
    d->ghost = true;
    d->cells.n = d->cells.shown = 0; /* they may be gone too */
}

/* Objects are freed below the figure writer, which is told as an
   observer: the object layer never calls up into the figures. */
static void
figure_forget_observer(PyObject *op, void *ctx)
{
    figure_forget(ctx, op);
}

/* The object moved (a str grown by realloc): it keeps its serial. */
static void
figure_moved_observer(uintptr_t was, PyObject *op, void *ctx)
{
    Figures *fig = ctx;
    for (int i = 0; i < fig->ndrawn; i++)
        if (fig->drawn[i].op != NULL && (uintptr_t)fig->drawn[i].op == was)
            fig->drawn[i].op = op;
}

static Drawn *
add_drawn(Figures *fig, PyObject *op)
{
    if (fig->ndrawn == fig->capdrawn) {
        int cap = fig->capdrawn ? 2 * fig->capdrawn : 64;
        Drawn *grown =
            PyMem_RawRealloc(fig->drawn, (size_t)cap * sizeof *grown);
        if (grown == NULL) {
            fig->failed = true;
            return NULL;
        }
        fig->drawn = grown;
        fig->capdrawn = cap;
    }
    Drawn *d = &fig->drawn[fig->ndrawn++];
    *d = (Drawn){.op = op, .serial = fig->ndrawn, .state = FIG_UNREACHABLE};
    return d;
}

int
figure_serial(Figures *fig, PyObject *op)
{
    Drawn *d = find_drawn(fig, op);
    if (d == NULL && (d = add_drawn(fig, op)) == NULL)
        return 0;
    return d->serial;
}

const char *
figure_name(Figures *fig)
{
    return fig->nwritten > 0 ? fig->written[fig->nwritten - 1] : "";
}

int
figure_drawn_count(Figures *fig)
{
    return fig->ndrawn;
}

PyObject *
figure_drawn_object(Figures *fig, int serial)
{
    return serial >= 1 && serial <= fig->ndrawn ? fig->drawn[serial - 1].op
                                                : NULL;
}

const char *
figure_take_ghost(Figures *fig, int serial)
{
    if (serial < 1 || serial > fig->ndrawn || !fig->drawn[serial - 1].ghost)
        return NULL;
    fig->drawn[serial - 1].ghost = false;
    return fig->drawn[serial - 1].ghost_type;
}

/* ---- what the frames hold ---- */

/* Names a frame shows: not the dunder names CPython puts in every
   module and class namespace. */
static bool
shown_name(PyObject *name, PyObject *value)
{
    const char *text = PyUnicode_AsUTF8(name);
    if (strncmp(text, "__", 2) == 0)
        return false;
    return !PyModule_Check(value) ||
           strcmp(PyUnicode_AsUTF8(((PyModuleObject *)value)->md_name),
                  "builtins") != 0;
}

typedef void (*slot_visitfunc)(Figures *fig, Frame *frame, int slot,
                               PyObject *name, PyObject *value);

/* The values on a frame's evaluation stack, bottom first, when it is
   waiting for a call or drawing a figure (then its stack top is known);
   their slot numbers follow a frame's names.  Returns how many. */
#define STACK_SLOT 1000

static int
stack_slots(Figures *fig, Frame *frame, slot_visitfunc visit)
{
    int depth = frame->stacktop - frame->code->co_nlocals;
    for (int i = 0; i < depth; i++)
        visit(fig, frame, STACK_SLOT + i, NULL,
              frame->localsplus[frame->code->co_nlocals + i]);
    return depth > 0 ? depth : 0;
}

/* Each named slot of a frame, in order: fast locals, or the entries of
   a module's or class body's namespace; then its evaluation stack.
   Returns how many. */
static int
frame_slots(Figures *fig, Frame *frame, slot_visitfunc visit)
{
    int shown = 0;
    if (frame->locals != NULL) {
        PyObject *name, *value;
        Py_ssize_t pos = 0;
        for (int i = 0; PyDict_Next(frame->locals, &pos, &name, &value); i++) {
            if (shown_name(name, value)) {
                visit(fig, frame, i, name, value);
                shown++;
            }
        }
    } else {
        for (int i = 0; i < frame->code->co_nlocals; i++)
            visit(fig, frame, i, frame->code->co_varnames[i],
                  frame->localsplus[i]);
        shown = frame->code->co_nlocals;
    }
    return shown + stack_slots(fig, frame, visit);
}

/* ---- marking what is reachable ---- */

static void mark(Figures *fig, PyObject *op, int port);

static void
mark_slot(Figures *fig, Frame *frame, int slot, PyObject *name, PyObject *value)
{
    (void)frame, (void)slot, (void)name;
    if (value != NULL)
        mark(fig, value, 0);
}

/* A reference that closes a cycle: drawn below, from the bottom of its
   cell into the bottom of its object, so that it does not lie on top of
   the reference going the other way. */
static void
note_back_edge(Figures *fig, int from, int port)
{
    if (fig->nback == fig->capback) {
        int cap = fig->capback ? 2 * fig->capback : 16;
        void *grown =
            PyMem_RawRealloc(fig->back, (size_t)cap * sizeof *fig->back);
        if (grown == NULL) {
            fig->failed = true;
            return;
        }
        fig->back = grown;
        fig->capback = cap;
    }
    fig->back[fig->nback].from = from;
    fig->back[fig->nback++].port = port;
}

static bool
is_back_edge(Figures *fig, int from, int port)
{
    for (int i = 0; i < fig->nback; i++)
        if (fig->back[i].from == from && fig->back[i].port == port)
            return true;
    return false;
}

/* Depth first from the frames, along the references tp_traverse visits
   (port: which of its parent's); serial n is fig->drawn[n - 1], found
   again after each step, as the array may move while it grows. */
static void
mark(Figures *fig, PyObject *op, int port)
{
    Drawn *d = find_drawn(fig, op);
    if (d == NULL && (d = add_drawn(fig, op)) == NULL)
        return;
    if (d->in_figure) {
        if (d->on_path && fig->parent != 0)
            note_back_edge(fig, fig->parent, port);
        return;
    }
    int serial = d->serial, parent = fig->parent;
    d->in_figure = true;
    d->on_path = true;
    if (d->column == 0) {
        /* first drawn: right of what led here (the frames: column 0),
           in the order found for now (see place_new) */
        int from = parent ? fig->drawn[parent - 1].column : 0;
        d->column = from < FIG_COLUMNS ? from + 1 : FIG_COLUMNS;
        d->depth = parent ? fig->drawn[parent - 1].depth + 1 : 1;
        d->place = ++fig->nplaced;
    }
    if (figure_cells(op, &d->cells) < 0)
        fig->failed = true;
    fig->parent = serial;
    for (int k = 0; k < fig->drawn[serial - 1].cells.shown; k++) {
        FigureCell *cell = &fig->drawn[serial - 1].cells.cells[k];
        if (!cell->named)
            mark(fig, cell->target, k);
    }
    fig->parent = parent;
    fig->drawn[serial - 1].on_path = false;
}

static int
by_depth(const void *a, const void *b)
{
    const Drawn *x = *(Drawn *const *)a, *y = *(Drawn *const *)b;
    if (x->depth != y->depth)
        return x->depth - y->depth;
    return x->place - y->place;
}

/* The places of the objects new in this figure (after place old): below
   the others, nearer ones first, then in the order they were found.  An
   object deeper than the last column goes below those that are not, so
   that (in the tutorials' cycle) an instance is not pushed down by the
   methods of the classes above it. */
static void
place_new(Figures *fig, int old)
{
    Drawn **fresh =
        PyMem_RawMalloc((size_t)(fig->nplaced - old + 1) * sizeof *fresh);
    if (fresh == NULL) {
        fig->failed = true;
        return;
    }
    int n = 0;
    for (int i = 0; i < fig->ndrawn; i++)
        if (fig->drawn[i].place > old)
            fresh[n++] = &fig->drawn[i];
    qsort(fresh, (size_t)n, sizeof *fresh, by_depth);
    for (int i = 0; i < n; i++)
        fresh[i]->place = old + 1 + i;
    PyMem_RawFree(fresh);
}

/* Everything the frames reach is drawn solid; objects drawn before that
   are still alive but no longer reachable are drawn too, dotted, with
   whatever they in turn hold. */
static void
mark_all(Figures *fig)
{
    for (int i = 0; i < fig->ndrawn; i++) {
        fig->drawn[i].in_figure = false;
        fig->drawn[i].state = FIG_UNREACHABLE;
    }
    fig->nback = 0;
    int old = fig->nplaced;
    for (Frame *f = interp.frame; f != NULL; f = f->previous)
        frame_slots(fig, f, mark_slot);
    for (int i = 0; i < fig->ndrawn; i++)
        if (fig->drawn[i].in_figure)
            fig->drawn[i].state = FIG_REACHABLE;
    for (int i = 0; i < fig->ndrawn; i++)
        if (fig->drawn[i].op != NULL && !fig->drawn[i].in_figure)
            mark(fig, fig->drawn[i].op, 0);
    place_new(fig, old);
}

/* ---- writing the graph ---- */

static const char *
frame_title(Frame *frame, char *buf, size_t size)
{
    const char *name = PyUnicode_AsUTF8(frame->code->co_qualname);
    if (frame->func == NULL && frame->locals == frame->globals)
        snprintf(buf, size, "module");
    else if (frame->func == NULL)
        snprintf(buf, size, "class %s body", name);
    else
        snprintf(buf, size, "%s()", name);
    return buf;
}

/* Frames are numbered from the bottom of the stack, the module's 0: a
   name for their ports that is the same in every run (an address is
   not). */
static int
frame_number(Frame *frame)
{
    int n = 0;
    for (Frame *f = frame->previous; f != NULL; f = f->previous)
        n++;
    return n;
}

static void
write_frame_row(Figures *fig, Frame *frame, int slot, PyObject *name,
                PyObject *value)
{
    fprintf(fig->out, "<tr><td align=\"left\">");
    if (name == NULL)
        fprintf(fig->out, "<font color=\"#777777\"><i>stack %d</i></font>",
                slot - STACK_SLOT);
    else
        figure_escape(fig->out, PyUnicode_AsUTF8(name), 40);
    if (value == NULL && name == NULL)
        fputs("</td><td><font color=\"#999999\">NULL</font></td></tr>",
              fig->out);
    else if (value == NULL)
        fputs("</td><td><font color=\"#999999\">unbound</font></td></tr>",
              fig->out);
    else
        fprintf(fig->out,
                "</td><td port=\"f%d_%d\" width=\"22\"> </td>"
                "</tr>",
                frame_number(frame), slot);
}

/* All frames in one table, newest on top, as the stack grows. */
static void
write_frames(Figures *fig)
{
    FILE *out = fig->out;
    fputs("  subgraph cluster_frames {\n    label=\"frames\"; "
          "fontname=\"Helvetica\"; fontsize=11; color=\"#bbbbbb\"; "
          "style=\"rounded\";\n    frames [label=<<table border=\"0\" "
          "cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">",
          out);
    char title[160];
    for (Frame *f = interp.frame; f != NULL; f = f->previous) {
        fprintf(out, "<tr><td colspan=\"2\" bgcolor=\"#d9d9d9\" "
                     "align=\"left\"><b>");
        figure_escape(out, frame_title(f, title, sizeof title), 120);
        fprintf(out,
                "</b> <font color=\"#555555\">line %d</font></td>"
                "</tr>",
                _PyFrame_GetLineNumber(f));
        if (frame_slots(fig, f, write_frame_row) == 0)
            fputs("<tr><td colspan=\"2\"><font color=\"#999999\">no names"
                  "</font></td></tr>",
                  out);
        if (f->previous != NULL)
            fputs("<tr><td colspan=\"2\" border=\"0\" height=\"6\"></td>"
                  "</tr>",
                  out);
    }
    fputs("</table>>];\n  }\n", out);
}

/* Where an arrow comes into its object, the before-th of same arrows
   from one node (an object's cells, or the frames) to that object: when
   there are several, each at its own place on the side they come in
   (side 'w' or 'e'), as they would otherwise lie on one line ([0] * 3);
   else anywhere on that side. */
static const char *
spread_port(int same, int before, char side)
{
    static const char *const west[] = {":nw", ":w", ":sw", ":n", ":s"};
    static const char *const east[] = {":ne", ":e", ":se", ":n", ":s"};
    if (same < 2) /* the east side's middle is often a cell's dot */
        return side == 'e' ? ":ne" : "";
    if (same == 2)
        before *= 2; /* the two corners */
    return (side == 'e' ? east : west)[before % 5];
}

/* The place for the arrow of cell k of from. */
static const char *
head_port(const Drawn *from, int k, char side)
{
    const FigureCell *cells = from->cells.cells;
    int same = 0, before = 0;
    for (int j = 0; j < from->cells.shown; j++) {
        if (cells[j].named || cells[j].target != cells[k].target)
            continue;
        same++;
        before += j < k;
    }
    return spread_port(same, before, side);
}

/* The arrows out of one object's cells: one for each reference its
   tp_traverse visited, but for the cells that name their object.  The
   arrow of a row's cell (a dict's value, an attribute) leaves it on the
   right, out of the table, one of a list's or a tuple's cells from its
   middle.  One to an object of the same column leaves on the right and
   comes back into the right of the object.  A list's or a tuple's
   reference that closes a cycle goes below both, so as not to lie on the
   reference going the other way (a row's leaves on the right anyway). */
static void
write_edges(Figures *fig, Drawn *from)
{
    bool row = !PyList_Check(from->op) && !PyTuple_Check(from->op);
    for (int k = 0; k < from->cells.shown; k++) {
        FigureCell *cell = &from->cells.cells[k];
        Drawn *d = cell->named ? NULL : find_drawn(fig, cell->target);
        if (d == NULL)
            continue;
        if (!row && is_back_edge(fig, from->serial, k))
            fprintf(fig->out, "  o%d:p%d:s -> o%d:s;\n", from->serial, k,
                    d->serial);
        else if (d->column == from->column)
            fprintf(fig->out, "  o%d:p%d:e -> o%d%s;\n", from->serial, k,
                    d->serial, head_port(from, k, 'e'));
        else
            fprintf(fig->out, "  o%d:p%d:%s -> o%d%s;\n", from->serial, k,
                    row ? "e" : "c", d->serial, head_port(from, k, 'w'));
    }
}

static void
write_slot_edge(Figures *fig, Frame *frame, int slot, PyObject *name,
                PyObject *value)
{
    (void)name;
    Drawn *d = value ? find_drawn(fig, value) : NULL;
    if (d == NULL)
        return;
    const char *head = spread_port(d->slots, d->slots_drawn++, 'w');
    if (d->column == 1) {
        fprintf(fig->out, "  frames:f%d_%d:e -> o%d%s;\n", frame_number(frame),
                slot, d->serial, head);
        return;
    }
    int k = fig->npass++; /* the passes in the order note_pass found them */
    fprintf(fig->out,
            "  frames:f%d_%d:e -> pass%d [arrowhead=none, headclip=false];\n"
            "  pass%d -> o%d%s [arrowtail=none];\n",
            frame_number(frame), slot, k, k, d->serial, head);
}

/* Finds the passes, in the order write_slot_edge draws them. */
static void
note_pass(Figures *fig, Frame *frame, int slot, PyObject *name, PyObject *value)
{
    (void)frame, (void)slot, (void)name;
    Drawn *d = value ? find_drawn(fig, value) : NULL;
    if (d == NULL)
        return;
    d->slots++;
    if (d->column == 1) {
        fig->last_first = d->serial;
        return;
    }
    if (fig->npass == fig->cappass) {
        int cap = fig->cappass ? 2 * fig->cappass : 16;
        void *grown =
            PyMem_RawRealloc(fig->pass, (size_t)cap * sizeof *fig->pass);
        if (grown == NULL) {
            fig->failed = true;
            return;
        }
        fig->pass = grown;
        fig->cappass = cap;
    }
    fig->pass[fig->npass].target = d->serial;
    fig->pass[fig->npass++].after = fig->last_first;
}

/* The graph's label, under everything: a line for each thing this
   figure shows that needs saying.  Written last, so that no cluster
   takes the label as its own. */
static void
write_legend(FILE *out, unsigned showed, bool unreachable, bool ghosts)
{
    const char *parts[8 * sizeof showed + 2];
    int n = 0;
    if (unreachable)
        parts[n++] = "dashed: still in memory, reachable from no frame";
    if (ghosts)
        parts[n++] = "grey box: freed since the last figure";
    if (showed & FIG_SHOWED_NAMED)
        parts[n++] = "grey text in a cell: a reference named, not drawn "
                     "as an arrow";
    if (showed & FIG_SHOWED_MODULE)
        parts[n++] = "module: the module's namespace, which the module "
                     "frame shows";
    for (int i = 0; figure_marks[i].write != NULL; i++)
        if ((showed & FIG_SHOWED_MARK(i)) && figure_marks[i].legend != NULL)
            parts[n++] = figure_marks[i].legend;
    if (n == 0)
        return;
    fputs("  labelloc=\"b\"; labeljust=\"l\";\n  label=<<table "
          "border=\"0\" cellpadding=\"1\">",
          out);
    for (int i = 0; i < n; i++)
        fprintf(out,
                "<tr><td align=\"left\"><font point-size=\"11\" "
                "color=\"#666666\">%s</font></td></tr>",
                parts[i]);
    fputs("</table>>;\n", out);
}

/* Drawn in this figure: alive and marked, or freed since the last. */
static bool
is_shown(const Drawn *d)
{
    return d->ghost || (d->op != NULL && d->in_figure);
}

static int
by_place(const void *a, const void *b)
{
    const Drawn *x = *(Drawn *const *)a, *y = *(Drawn *const *)b;
    if (x->column != y->column)
        return x->column - y->column;
    return x->place - y->place;
}

/* Whether the object of serial a holds an arrow to that of serial b. */
static bool
refers(Figures *fig, int a, int b)
{
    const Drawn *from = &fig->drawn[a - 1], *to = &fig->drawn[b - 1];
    if (from->op == NULL || to->op == NULL || !from->in_figure)
        return false;
    for (int k = 0; k < from->cells.shown; k++)
        if (!from->cells.cells[k].named &&
            from->cells.cells[k].target == to->op)
            return true;
    return false;
}

/* One node of a column: an object ("o3") or a pass ("pass0"). */
static void
write_place(FILE *out, int serial_or_pass)
{
    if (serial_or_pass > 0)
        fprintf(out, "o%d", serial_or_pass);
    else
        fprintf(out, "pass%d", -serial_or_pass - 1);
}

/* The nodes of column c, top first, into order (room for n + npass):
   its objects by place, and in the first column the passes after the
   object they follow.  Returns how many. */
static int
column_order(Figures *fig, int c, Drawn **shown, int n, int *order)
{
    int k = 0;
    for (int p = 0; c == 1 && p < fig->npass; p++)
        if (fig->pass[p].after == 0)
            order[k++] = -p - 1;
    for (int i = 0; i < n; i++) {
        if (shown[i]->column != c)
            continue;
        order[k++] = shown[i]->serial;
        for (int p = 0; c == 1 && p < fig->npass; p++)
            if (fig->pass[p].after == shown[i]->serial)
                order[k++] = -p - 1;
    }
    return k;
}

/* The places: each column a rank of its own, its nodes top first, held
   in that order by invisible edges between them; a column with nothing
   in it this time keeps its room with an invisible point.  Then, outside
   the clusters (not to add the frames to the heap's), the columns' order:
   an invisible edge one rank long from the frames to the top of the
   first column, and from there to the top of the next. */
static int
write_places(Figures *fig, FILE *out, Drawn **shown, int n)
{
    int *order = PyMem_RawMalloc((size_t)(n + fig->npass + 1) * sizeof *order);
    if (order == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int last = n > 0 ? shown[n - 1]->column : 0;
    if (fig->npass > 0 && last < 2)
        last = 2;
    for (int p = 0; p < fig->npass; p++)
        fprintf(out,
                "    pass%d [shape=point, width=0.03, height=0.03, "
                "color=\"#444444\"];\n",
                p);
    int tops[FIG_COLUMNS + 1], gaps = 0;
    for (int c = 1; c <= last; c++) {
        int k = column_order(fig, c, shown, n, order);
        if (k == 0) {
            fprintf(out,
                    "    { rank=same; column%d [shape=point, width=0, "
                    "height=0, style=invis]; }\n",
                    c);
            tops[c] = 0;
            continue;
        }
        tops[c] = order[0];
        /* bottom to top: in this layout a flat edge puts its head above
           its tail.  Two neighbours with an arrow between them get a point
           between them too: dot 2.43 misdraws an edge between neighbours
           of a rank (make_flat_adj_edges misreads its attributes). */
        fputs("    { rank=same; ", out);
        for (int j = k - 1; j >= 0; j--) {
            write_place(out, order[j]);
            if (j > 0 && order[j] > 0 && order[j - 1] > 0 &&
                (refers(fig, order[j], order[j - 1]) ||
                 refers(fig, order[j - 1], order[j]))) {
                fprintf(out,
                        " -> gap%d [style=invis]; gap%d [shape=point, "
                        "width=0, height=0, style=invis]; gap%d",
                        gaps, gaps, gaps);
                gaps++;
            }
            fputs(j > 0 ? " -> " : "", out);
        }
        fputs(k > 1 ? " [style=invis]; }\n" : "; }\n", out);
    }
    fputs("  }\n  frames", out);
    for (int c = 1; c <= last; c++) {
        fputs(" -> ", out);
        if (tops[c] != 0)
            write_place(out, tops[c]);
        else
            fprintf(out, "column%d", c);
    }
    fputs(last > 0 ? " [style=invis];\n" : ";\n", out);
    PyMem_RawFree(order);
    return 0;
}

int
figure_memory_view(Figures *fig, FILE *out, const char *arg)
{
    (void)arg;
    mark_all(fig);
    write_frames(fig);
    fputs("  subgraph cluster_heap {\n    label=\"heap\"; "
          "fontname=\"Helvetica\"; fontsize=11; color=\"#bbbbbb\"; "
          "style=\"rounded\";\n",
          out);
    bool unreachable = false, ghosts = false;
    unsigned showed = 0;
    for (int i = 0; i < fig->ndrawn; i++) {
        Drawn *d = &fig->drawn[i];
        if (d->ghost) {
            fprintf(out,
                    "    o%d [label=<<table border=\"1\" style=\"dashed\" "
                    "color=\"#aaaaaa\" cellborder=\"0\" cellpadding=\"3\">"
                    "<tr><td><font color=\"#999999\">",
                    d->serial);
            figure_escape(out, d->ghost_type, sizeof d->ghost_type);
            fprintf(out,
                    " #%d</font></td></tr><tr><td><font color=\"#999999\">"
                    "freed</font></td></tr></table>>];\n",
                    d->serial);
            ghosts = true;
        } else if (is_shown(d)) {
            fprintf(out, "    o%d [label=", d->serial);
            showed |=
                figure_object_label(out, d->op, d->serial, d->state, &d->cells);
            fputs("];\n", out);
            unreachable |= d->state == FIG_UNREACHABLE;
        }
    }
    Drawn **shown = PyMem_RawMalloc((size_t)(fig->ndrawn + 1) * sizeof *shown);
    if (shown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int n = 0;
    for (int i = 0; i < fig->ndrawn; i++)
        if (is_shown(&fig->drawn[i]))
            shown[n++] = &fig->drawn[i];
    qsort(shown, (size_t)n, sizeof *shown, by_place);
    fig->npass = fig->last_first = 0;
    for (int i = 0; i < fig->ndrawn; i++)
        fig->drawn[i].slots = fig->drawn[i].slots_drawn = 0;
    for (Frame *f = interp.frame; f != NULL; f = f->previous)
        frame_slots(fig, f, note_pass);
    int status = write_places(fig, out, shown, n);
    PyMem_RawFree(shown);
    if (status < 0)
        return -1;
    fputs("  edge [constraint=false];\n", out);
    fig->npass = 0;
    for (Frame *f = interp.frame; f != NULL; f = f->previous)
        frame_slots(fig, f, write_slot_edge);
    for (int i = 0; i < fig->ndrawn; i++) {
        Drawn *d = &fig->drawn[i];
        if (d->op != NULL && d->in_figure)
            write_edges(fig, d);
        d->ghost = false; /* a ghost is drawn once */
    }
    write_legend(out, showed, unreachable, ghosts);
    return 0;
}

/* ---- the data stack view ---- */

static void
write_stack_slot(Figures *fig, Frame *frame, int slot, PyObject *name,
                 PyObject *value)
{
    FILE *out = fig->out;
    size_t offset = datastack_offset(&interp.stack, frame) + sizeof(Frame) +
                    (size_t)slot * sizeof(PyObject *);
    fprintf(out,
            "<tr><td align=\"right\"><font color=\"#777777\">%zu"
            "</font></td><td align=\"left\" bgcolor=\"#eef3fb\">",
            offset);
    figure_escape(out, PyUnicode_AsUTF8(name), 40);
    fputs(" → ", out);
    if (value == NULL)
        fputs("unbound", out);
    else
        figure_object_brief(out, value, figure_serial(fig, value));
    fputs("</td></tr>", out);
}

/* A chunk of the data stack as a column of words, offset 0 at the
   bottom: each frame's header, then its fast locals, then free space. */
int
figure_datastack_view(Figures *fig, FILE *out, const char *arg)
{
    (void)arg;
    char title[160];
    int index = interp.stack.nchunks - 1;
    for (StackChunk *c = interp.stack.chunk; c != NULL;
         c = c->previous, index--) {
        PyObject **top = c == interp.stack.chunk ? interp.stack.top : c->top;
        size_t used = (size_t)((char *)top - (char *)c->data);
        size_t room = c->size - sizeof(StackChunk);
        fprintf(out,
                "  chunk%d [label=<<table border=\"1\" "
                "cellborder=\"0\" cellspacing=\"0\" cellpadding=\"4\">"
                "<tr><td colspan=\"2\" bgcolor=\"#d9d9d9\"><b>data stack "
                "chunk %d</b> <font color=\"#555555\">%zu bytes</font>"
                "</td></tr><tr><td align=\"right\"><font color=\"#777777\">"
                "%zu</font></td><td bgcolor=\"#ffffff\" border=\"1\" "
                "style=\"dashed\"><font color=\"#777777\">free: %zu bytes"
                "</font></td></tr>",
                index, index, c->size, used, room - used);
        /* frames in this chunk, newest (highest address) first */
        for (Frame *f = interp.frame; f != NULL; f = f->previous) {
            if (datastack_chunk_index(&interp.stack, f) != index)
                continue;
            for (int i = f->code->co_nlocals - 1; i >= 0; i--)
                write_stack_slot(fig, f, i, f->code->co_varnames[i],
                                 f->localsplus[i]);
            fprintf(out,
                    "<tr><td align=\"right\"><font color=\"#777777\">"
                    "%zu</font></td><td align=\"left\" bgcolor=\"#d9e6f7\" "
                    "border=\"1\"><b>",
                    datastack_offset(&interp.stack, f));
            figure_escape(out, frame_title(f, title, sizeof title), 120);
            fprintf(out,
                    "</b> frame: %zu-byte header + %d local%s</td>"
                    "</tr>",
                    sizeof(Frame), f->code->co_nlocals,
                    f->code->co_nlocals == 1 ? "" : "s");
        }
        fputs("</table>>];\n", out);
    }
    return 0;
}

/* ---- files ---- */

static int
remember_name(Figures *fig, const char *name)
{
    for (int i = 0; i < fig->nwritten; i++) {
        if (strcmp(fig->written[i], name) == 0) {
            PyErr_Format(EXC_RUNTIME,
                         "figure '%s' drawn twice (is its "
                         "marker in a loop, or in a function called more "
                         "than once?)",
                         name);
            return -1;
        }
    }
    char **grown = PyMem_RawRealloc(fig->written, (size_t)(fig->nwritten + 1) *
                                                      sizeof(char *));
    char *copy = PyMem_RawMalloc(strlen(name) + 1);
    if (grown == NULL || copy == NULL) {
        if (grown != NULL)
            fig->written = grown;
        PyMem_RawFree(copy);
        PyErr_NoMemory();
        return -1;
    }
    fig->written = grown;
    fig->written[fig->nwritten++] = strcpy(copy, name);
    return 0;
}

static const FigureView *
find_view(const char *view, const char **arg)
{
    size_t n = view ? strcspn(view, ":") : 0;
    *arg = view && view[n] == ':' ? view + n + 1 : NULL;
    if (view == NULL)
        return &figure_views[0];
    for (const FigureView *v = figure_views; v->name != NULL; v++)
        if (strlen(v->name) == n && strncmp(v->name, view, n) == 0)
            return v;
    return NULL;
}

static int write_figure(Figures *fig, const char *name, const char *view);

int
figure_write(Figures *fig, const char *name, const char *view)
{
    const char *arg;
    if (fig->stepping && find_view(view, &arg) == &figure_views[0]) {
        /* --dot-every: the marker names the step just drawn */
        if (remember_name(fig, name) < 0)
            return -1;
        if (fig->steps != NULL)
            fprintf(fig->steps, "= %s\n", name);
        return 0;
    }
    return write_figure(fig, name, view);
}

/* --dot-every: steps are numbered from 1; a script that loops long stops
   drawing after MAX_STEPS, saying so once. */
#define MAX_STEPS 1000

void
figures_step_every(Figures *fig)
{
    size_t size = strlen(fig->dir) + sizeof "/steps.txt";
    char *path = PyMem_RawMalloc(size);
    if (path != NULL) {
        snprintf(path, size, "%s/steps.txt", fig->dir);
        fig->steps = fopen(path, "w");
    }
    fig->stepping = true; /* without the file, the first step fails */
    PyMem_RawFree(path);
}

bool
figures_stepping(const Figures *fig)
{
    return fig->stepping;
}

int
figure_step(Figures *fig, int line)
{
    if (fig->steps == NULL) {
        PyErr_Format(EXC_RUNTIME, "cannot write '%s/steps.txt'", fig->dir);
        return -1;
    }
    if (fig->nsteps == MAX_STEPS) {
        fprintf(stderr,
                "minipy: --dot-every: %d steps drawn; the rest of the run "
                "draws none\n",
                MAX_STEPS);
        fig->nsteps++;
    }
    if (fig->nsteps > MAX_STEPS)
        return 0;
    char name[32];
    snprintf(name, sizeof name, "step-%04d", ++fig->nsteps);
    if (write_figure(fig, name, NULL) < 0)
        return -1;
    fprintf(fig->steps, "%s %d\n", name, line);
    if (fflush(fig->steps) != 0) {
        PyErr_Format(EXC_RUNTIME, "cannot write '%s/steps.txt'", fig->dir);
        return -1;
    }
    return 0;
}

static int
write_figure(Figures *fig, const char *name, const char *view)
{
    const char *arg;
    const FigureView *kind = find_view(view, &arg);
    if (kind == NULL) {
        PyErr_Format(EXC_VALUE, "unknown figure view '%s'", view);
        return -1;
    }
    if (remember_name(fig, name) < 0)
        return -1;
    size_t size = strlen(fig->dir) + strlen(name) + 6;
    char *path = PyMem_RawMalloc(size);
    if (path == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    snprintf(path, size, "%s/%s.dot", fig->dir, name);
    fig->out = fopen(path, "w");
    if (fig->out == NULL) {
        PyErr_Format(EXC_RUNTIME, "cannot write figure '%s'", path);
        PyMem_RawFree(path);
        return -1;
    }
    /* Every edge attribute a figure sets is given a default here, before
       any subgraph: dot 2.43 misreads one first declared after the edges
       of a subgraph ('Arrow type "is" unknown'). */
    fprintf(fig->out,
            "digraph \"%s\" {\n  graph [rankdir=LR, newrank=true, "
            "nodesep=0.2, ranksep=0.6, fontname=\"Helvetica\", "
            "bgcolor=\"white\"];\n  node [shape=plain, fontname=\"Helvetica\""
            ", fontsize=11];\n  edge [tailclip=false, headclip=true, "
            "dir=both, arrowhead=normal, arrowtail=dot, arrowsize=0.7, "
            "color=\"#444444\", style=solid, constraint=true];\n",
            name);
    int status = kind->write(fig, fig->out, arg);
    fputs("}\n", fig->out);
    int failed = ferror(fig->out) | fclose(fig->out);
    fig->out = NULL;
    if (status == 0 && (failed || fig->failed)) {
        PyErr_Format(EXC_RUNTIME, "cannot write figure '%s'", path);
        status = -1;
    }
    if (status == 0 && interp.trace)
        trace_printf("[figure] %s\n", path);
    PyMem_RawFree(path);
    return status;
}
