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

/* ---- how each kind of object is drawn (figure_object.c) ---- */

/* How an object stands in a figure. */
typedef enum {
    FIG_REACHABLE,   /* some frame refers to it, directly or not */
    FIG_UNREACHABLE, /* alive, but no frame can reach it */
} FigureState;

/* Called for each reference an object holds, in a stable order: port is
   the table cell the arrow starts from. */
typedef void (*figure_visitfunc)(PyObject *child, int port, void *arg);

void figure_object_refs(PyObject *op, figure_visitfunc visit, void *arg);
/* The HTML-like label of an object's node, ports numbered as in
   figure_object_refs. */
void figure_object_label(FILE *out, PyObject *op, int serial,
                         FigureState state);
/* The short text for an object in the data stack view: "list #3". */
void figure_object_brief(FILE *out, PyObject *op, int serial);
/* Write text escaped for an HTML-like label, cut to at most max bytes. */
void figure_escape(FILE *out, const char *text, size_t max);

#endif
