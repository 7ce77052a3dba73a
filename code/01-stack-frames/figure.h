#ifndef MINIPY_FIGURE_H
#define MINIPY_FIGURE_H

#include "object.h"

#include <stdio.h>

/* minipy --dot DIR: at each "# figure: NAME" line, write DIR/NAME.dot, a
   Graphviz drawing of memory at that point. */
typedef struct Figures Figures;

Figures *figures_new(const char *dir);
void figures_free(Figures *fig);
/* Draw one figure; view is NULL (frames and heap) or "datastack". */
int figure_write(Figures *fig, const char *name, const char *view);
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
