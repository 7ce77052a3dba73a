#ifndef MINIPY_FIGURE_H
#define MINIPY_FIGURE_H

#include "object.h"

#include <stdio.h>

/* minipy --dot DIR: at each "# figure: NAME" line, write DIR/NAME.dot, a
   Graphviz drawing of memory at that point. */
typedef struct Figures Figures;

Figures *figures_new(const char *dir);
void figures_free(Figures *fig);
/* Draw one figure; view is NULL (frames and heap) or one of
   figure_views[], with an optional argument after a colon:
   "datastack", and from chapter 2 "arenas", "pool:NAME", ... */
int figure_write(Figures *fig, const char *name, const char *view);

/* minipy --dot-every DIR: a figure after every line that runs, at module
   level, in class bodies and in functions, DIR/step-0001.dot on, and
   DIR/steps.txt, a line per step: its name and the line that ran
   ("step-0003 5").  A '# figure: NAME' line (of the memory view) draws
   no figure of its own then: it names the last step, a line "= NAME".
   Set before the script is compiled: the compiler emits FIGURE_STEP
   after each line only then. */
void figures_step_every(Figures *fig);
bool figures_stepping(const Figures *fig);
/* The step after line; 0, or -1 with an error set. */
int figure_step(Figures *fig, int line);

/* A kind of figure: writes the graph's body (nodes and edges).  arg is
   what follows the colon in "view=NAME:ARG", or NULL.  0, or -1 with an
   error set. */
typedef struct {
    const char *name;
    int (*write)(Figures *fig, FILE *out, const char *arg);
} FigureView;

extern const FigureView figure_views[]; /* ends with {NULL, NULL} */

int figure_memory_view(Figures *fig, FILE *out, const char *arg);
int figure_datastack_view(Figures *fig, FILE *out, const char *arg);
/* The serial number that names op in figures, giving it one if new. */
int figure_serial(Figures *fig, PyObject *op);
/* An object is being freed: later figures draw it as a ghost. */
void figure_forget(Figures *fig, PyObject *op);
/* For a later chapter's own views: the objects drawn so far have the
   serials 1 to figure_drawn_count(); figure_drawn_object is NULL once
   that one has been freed.  figure_take_ghost: what a freed object was
   (its type's name), if it was freed since the last figure, which then
   draws its ghost; the next figure will not.  NULL otherwise. */
const char *figure_name(Figures *fig); /* of the figure being written */
int figure_drawn_count(Figures *fig);
PyObject *figure_drawn_object(Figures *fig, int serial);
const char *figure_take_ghost(Figures *fig, int serial);

/* ---- how each kind of object is drawn (figure_object.c) ---- */

/* How an object stands in a figure. */
typedef enum {
    FIG_REACHABLE,   /* some frame refers to it, directly or not */
    FIG_UNREACHABLE, /* alive, but no frame can reach it */
} FigureState;

/* One reference an object holds, as its type's tp_traverse visits it:
   one cell of its node, port "pN" for the N-th reference visited.  The
   figures draw exactly these, the edges the cycle collector walks. */
typedef struct {
    PyObject *target;
    const char *field; /* the cell's label ("__globals__"), or NULL */
    PyObject *key;     /* a value in a mapping: its key (labels the cell) */
    bool is_key;       /* a mapping's key that is not a str: its own cell */
    bool named;        /* a well-known object: the cell names it, no arrow */
} FigureCell;

typedef struct {
    FigureCell *cells; /* in the order visited */
    int n, cap;
    int shown; /* the first shown are drawn, the rest as "+N" */
} FigureCells;

/* What op refers to, through its tp_traverse and nothing else: 0, or -1
   out of memory.  figure_cells_free releases the array. */
int figure_cells(PyObject *op, FigureCells *cells);
void figure_cells_free(FigureCells *cells);

/* What a label showed beyond arrows, for the figure's legend. */
#define FIG_SHOWED_NAMED   1u          /* a cell naming its object */
#define FIG_SHOWED_MODULE  2u          /* one naming the module's namespace */
#define FIG_SHOWED_MARK(i) (4u << (i)) /* figure_marks[i] */

/* The HTML-like label of an object's node: its header, then one cell
   per reference, ports numbered as in cells. */
unsigned figure_object_label(FILE *out, PyObject *op, int serial,
                             FigureState state, const FigureCells *cells);
/* The short text for an object in the data stack view: "list #3". */
void figure_object_brief(FILE *out, PyObject *op, int serial);
/* Write text escaped for an HTML-like label, cut to at most max bytes. */
void figure_escape(FILE *out, const char *text, size_t max);

/* ---- the marks in a node's header (figure_marks.c) ---- */

/* Each chapter lists what the header of every node shows after the
   type and serial number: chapter 3 the reference count, later chapters
   more.  A chapter changes the list, not the figure writer. */
typedef struct {
    const char *colour;
    /* Print the mark for op, escaped for a label; false: no mark. */
    bool (*write)(FILE *out, PyObject *op);
    const char *legend; /* said under a figure showing it; NULL: none */
} FigureMark;

extern const FigureMark figure_marks[]; /* ends with a NULL write */

#endif
