/* Chapter 5's figures: the collector's lists, drawn as lanes
   (figure_lanes.c), and the marks of the collector in every header.
   view=generations  the lists of the three generations, with the objects
                     the frames' names reach (lists, dicts, instances...;
                     classes and functions appear by name in their cells)
                     and those made since the last collection
   view=collection   the next collection, drawn as it runs: this figure
                     shows generation 0 before it, and the collector's
                     observer draws NAME-1, NAME-2, ... at the end of each
                     phase (gc.h), each object with its gc_refs */
#include "figure_lanes.h"
#include "gc.h"

#include "classobject.h"
#include "errors.h"
#include "funcobject.h"
#include "interp.h"
#include "methodobject.h"
#include "moduleobject.h"

#include <string.h>

#define MAX_SEEN 512 /* objects looked at to find what names reach */

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
    const Lanes *drawing = figure_lanes_drawing();
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
    figure_each_name(reach_name, s);
    for (int i = 0; i < s->n; i++)
        Py_TYPE(s->seen[i])->tp_traverse(s->seen[i], reach, s);
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
                 "generation %d<br align=\"left\"/>count %d<br "
                 "align=\"left\"/>threshold %d<br align=\"left\"/>",
                 j, st->generations[j].count, st->generations[j].threshold);
    snprintf(l->lane_title[NUM_GENERATIONS], sizeof l->lane_title[0],
             "permanent<br align=\"left\"/>gc.freeze()<br align=\"left\"/>");
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
        figure_lanes_add(&l, fig, seen.seen[i], generation_of(seen.seen[i]));
    for (int s = 1; s <= figure_drawn_count(fig); s++) {
        PyObject *op = figure_drawn_object(fig, s);
        Row *r;
        if (op != NULL && is_data(op) && figure_lanes_find(&l, op) == NULL &&
            (r = figure_lanes_add(&l, fig, op, generation_of(op))) != NULL)
            r->solid = false;
    }
    PyGC_Head *young = _PyGC_Generation(0);
    for (PyGC_Head *g = _PyGC_Next(young); g != young; g = _PyGC_Next(g)) {
        PyObject *op = _Py_FROM_GC(g);
        Row *r;
        if (is_data(op) && figure_lanes_find(&l, op) == NULL &&
            (r = figure_lanes_add(&l, fig, op, 0)) != NULL)
            r->solid = false;
    }
    figure_lanes_add_ghosts(&l, fig);
    count_others(&l);
    generation_titles(&l);
    generation_legend(&l);
    return figure_lanes_write(out, &l);
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
    case GC_PHASE_FINALIZE_GARBAGE:
    case GC_PHASE_HANDLE_RESURRECTED:
        break; /* never drawn (observe_collection) */
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
        Row *r = figure_lanes_add(&l, fig, op, lane);
        if (r == NULL)
            continue;
        Py_ssize_t refs = _PyGC_Refs(_Py_AS_GC(op));
        if (watch.phase == GC_PHASE_DONE || lane == 1)
            r->refs = NO_REFS;
        else
            r->refs = refs >= 0 ? refs : SCANNED;
        r->highlight = op == watch.op;
    }
    figure_lanes_add_ghosts(&l, fig);
    phase_titles(&l, fig, watch.panels);
    l.others[0] = watch.more;
    return figure_lanes_write(out, &l);
}

static void disarm(void);

/* The collector's observer while a collection is being drawn.  Only the
   first object that comes back is drawn, the moment the unreachable
   list holds the most it ever will. */
static void
observe_collection(GCPhase phase, PyGC_Head *list, PyGC_Head *unreachable,
                   PyObject *op, void *ctx)
{
    (void)ctx;
    (void)unreachable; /* what is not on list is on it */
    if (phase == GC_PHASE_FINALIZE_GARBAGE ||
        phase == GC_PHASE_HANDLE_RESURRECTED)
        return; /* nothing to see: the example has no __del__ */
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
        if (figure_lanes_add(&l, fig, _Py_FROM_GC(g), 0) == NULL)
            l.others[0]++;
    figure_lanes_add_ghosts(&l, fig);
    snprintf(l.title, sizeof l.title, "Before the collection");
    snprintf(l.subtitle[0], sizeof l.subtitle[0],
             "generation 0's list, with each object's reference count");
    snprintf(l.lane_title[0], sizeof l.lane_title[0], "generation 0");
    snprintf(l.lane_title[1], sizeof l.lane_title[1], "unreachable");
    return figure_lanes_write(out, &l);
}
