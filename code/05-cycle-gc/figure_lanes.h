#ifndef MINIPY_FIGURE_LANES_H
#define MINIPY_FIGURE_LANES_H

#include "figure.h"
#include "frame.h"

/* Chapter 5's figures draw the collector's lists as lanes: a column per
   list, a row per object (figure_lanes.c).  A view fills a Lanes and
   writes it. */

#define MAX_ROWS  24 /* objects drawn; the others are counted */
#define MAX_LANES 4  /* three generations and the permanent one */

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
    char lane_title[MAX_LANES][120];
    Py_ssize_t others[MAX_LANES]; /* objects in a lane not drawn */
    /* On top, a collection's phase; with no title, subtitle[0] is a
       legend under the figure. */
    char title[160], subtitle[2][100];
} Lanes;

Row *figure_lanes_find(Lanes *l, PyObject *op);
/* A row for op in lane (NULL: no room), its serial number given by fig. */
Row *figure_lanes_add(Lanes *l, Figures *fig, PyObject *op, int lane);
/* A row for each object freed since the last figure, if it was drawn in
   lanes before: a ghost, in its lane. */
void figure_lanes_add_ghosts(Lanes *l, Figures *fig);
/* The figure's body; 0. */
int figure_lanes_write(FILE *out, Lanes *l);
/* The Lanes being written, for the marks of its headers; or NULL. */
const Lanes *figure_lanes_drawing(void);

/* Every name of every frame, with its value: fast locals, or a body's
   namespace without its dunder names (as the memory view shows them). */
typedef void (*figure_name_visit)(Frame *f, PyObject *name, PyObject *value,
                                  void *arg);
void figure_each_name(figure_name_visit visit, void *arg);

#endif
