/* Chapter 2's figures: the private heap as the allocator sees it.
   view=arenas     every arena as a row of its 64 pools
   view=pool:NAME  the pool holding the object NAME refers to
   view=usedpools  per size class, the pools with a block to give */
#include "figure.h"

#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "obmalloc.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <string.h>

#define POOL_BLOCKS_SHOWN 64 /* blocks of a pool drawn before "+N more" */

static const char *const state_colour[] = {
    [PYMALLOC_POOL_USED] = "#fff1b8",
    [PYMALLOC_POOL_FULL] = "#ffc98a",
    [PYMALLOC_POOL_EMPTY] = "#d1f2d9",
    [PYMALLOC_POOL_NEVER_USED] = "#ffffff",
};

static void
legend(FILE *out)
{
    static const char *const names[] = {"used", "full", "empty (free)",
                                        "never used"};
    fputs("  legend [label=<<table border=\"0\" cellspacing=\"4\"><tr>", out);
    for (int i = 0; i < 4; i++)
        fprintf(out,
                "<td border=\"1\" bgcolor=\"%s\" width=\"14\"></td>"
                "<td align=\"left\"><font point-size=\"9\">%s</font></td>",
                state_colour[i], names[i]);
    fputs("</tr></table>>];\n", out);
}

/* Figures name arenas and pools by number, never by address: addresses
   change from run to run (--trace prints them). */
static size_t
pool_number(uintptr_t pool)
{
    return (pool & (ARENA_SIZE - 1)) / POOL_SIZE; /* arenas are aligned */
}

/* ---- view=arenas ---- */

static void
arena_row(FILE *out, pymalloc_arena_info *a, int row)
{
    pymalloc_pool_info pools[POOLS_PER_ARENA];
    size_t n = pymalloc_get_pools(a->address, pools, POOLS_PER_ARENA);
    fprintf(out,
            "  arena%d [label=<<table border=\"0\" cellborder=\"1\" "
            "cellspacing=\"0\" cellpadding=\"2\"><tr><td colspan=\"%zu\" "
            "align=\"left\" bgcolor=\"#d9d9d9\"><b>arena %u</b> <font "
            "color=\"#555555\">1 MiB, %u of %u pools free</font>"
            "</td></tr><tr>",
            row, n, a->arenaindex, a->nfreepools, a->ntotalpools);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "<td bgcolor=\"%s\" width=\"13\" height=\"22\">",
                state_colour[pools[i].state]);
        if (pools[i].state == PYMALLOC_POOL_USED ||
            pools[i].state == PYMALLOC_POOL_FULL)
            fprintf(out, "<font point-size=\"6\">%u</font>",
                    pools[i].block_size);
        else
            fputs(" ", out);
        fputs("</td>", out);
    }
    fputs("</tr></table>>];\n", out);
}

int
figure_arenas_view(Figures *fig, FILE *out, const char *arg)
{
    (void)fig, (void)arg;
    size_t n = pymalloc_get_arenas(NULL, 0);
    pymalloc_arena_info *arenas = PyMem_RawCalloc(n, sizeof *arenas);
    if (arenas == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    pymalloc_get_arenas(arenas, n);
    fputs("  graph [rankdir=TB, nodesep=0.15, ranksep=0.15];\n", out);
    for (size_t i = 0; i < n; i++)
        arena_row(out, &arenas[i], (int)i);
    uintptr_t released[8];
    size_t nreleased = pymalloc_get_released_arenas(released, 8);
    for (size_t i = 0; i < nreleased && i < 8; i++)
        fprintf(out,
                "  released%zu [label=<<table border=\"1\" "
                "style=\"dashed\" color=\"#999999\" cellpadding=\"6\"><tr>"
                "<td><font color=\"#777777\">an arena (1 MiB) returned "
                "to the OS</font></td></tr></table>>];\n",
                i);
    legend(out);
    /* invisible edges stack the rows in arena order */
    for (size_t i = 1; i < n; i++)
        fprintf(out, "  arena%zu -> arena%zu [style=invis];\n", i - 1, i);
    for (size_t i = 0; i < nreleased && i < 8; i++)
        fprintf(out, "  %s%zu -> released%zu [style=invis];\n",
                i == 0 ? "arena" : "released",
                i == 0 ? (n > 0 ? n - 1 : 0) : i - 1, i);
    fprintf(out, "  %s -> legend [style=invis];\n",
            nreleased ? "released0"
            : n       ? "arena0"
                      : "legend");
    PyMem_RawFree(arenas);
    return 0;
}

/* ---- view=pool:NAME ---- */

/* The object a name refers to in the running frame, or NULL. */
static PyObject *
lookup_name(const char *name)
{
    Frame *f = interp.frame;
    for (int i = 0; f != NULL && i < f->code->co_nlocals; i++)
        if (strcmp(PyUnicode_AsUTF8(f->code->co_varnames[i]), name) == 0)
            return f->localsplus[i];
    PyObject *dicts[2] = {f ? f->locals : NULL, f ? f->globals : NULL};
    for (int i = 0; i < 2; i++) {
        PyObject *value =
            dicts[i] ? PyDict_GetItemString(dicts[i], name) : NULL;
        if (value != NULL)
            return value;
    }
    PyErr_Clear();
    return NULL;
}

typedef enum { BLOCK_USED, BLOCK_FREE, BLOCK_UNTOUCHED } BlockState;

static BlockState
block_state(pymalloc_pool_info *pool, unsigned int offset,
            const unsigned int *free, size_t nfree, int *order)
{
    *order = 0;
    if (offset >= pool->nextoffset)
        return BLOCK_UNTOUCHED;
    for (size_t i = 0; i < nfree; i++) {
        if (free[i] == offset) {
            *order = (int)i + 1;
            return BLOCK_FREE;
        }
    }
    return BLOCK_USED;
}

/* Rows of 16 block cells, from block first on; block mine (an index)
   holds the object drawn.  Each free block shows its place in the free
   list: the order in which allocation will hand the blocks out again. */
static void
block_cells(FILE *out, pymalloc_pool_info *pool, unsigned int first,
            unsigned int count, const unsigned int *free, size_t nfree,
            unsigned int mine, const char *name)
{
    static const char *const colour[] = {"#fff1b8", "#d1f2d9", "#ffffff"};
    for (unsigned int b = first; b < first + count; b++) {
        if ((b - first) % 16 == 0)
            fputs(b == first ? "<tr>" : "</tr><tr>", out);
        unsigned int offset = POOL_OVERHEAD + b * pool->block_size;
        int order;
        BlockState s = block_state(pool, offset, free, nfree, &order);
        fprintf(out,
                "<td bgcolor=\"%s\" width=\"40\" height=\"22\" "
                "fixedsize=\"true\"%s>",
                colour[s], b == mine ? " border=\"3\"" : "");
        if (b == mine) {
            fputs("<font point-size=\"8\"><b>", out);
            figure_escape(out, name, 6);
            fputs("</b></font>", out);
        } else if (s == BLOCK_FREE) {
            fprintf(out, "<font point-size=\"8\">%d</font>", order);
        } else {
            fputs(" ", out);
        }
        fputs("</td>", out);
    }
    fputs("</tr>", out);
}

static void
skipped_row(FILE *out, unsigned int n, const char *where)
{
    if (n > 0)
        fprintf(out,
                "<tr><td colspan=\"16\" align=\"left\"><font "
                "color=\"#777777\">%u blocks %s</font></td></tr>",
                n, where);
}

/* The pool that holds the object NAME refers to: its header, then a
   window of its blocks around that object's. */
int
figure_pool_view(Figures *fig, FILE *out, const char *arg)
{
    (void)fig;
    PyObject *op = arg ? lookup_name(arg) : NULL;
    pymalloc_pool_info pool;
    if (op == NULL || !pymalloc_pool_of(op, &pool)) {
        PyErr_Format(
            EXC_VALUE,
            op == NULL ? "view=pool:%s: no such name in the running frame"
                       : "view=pool:%s: that object is not in a pymalloc pool",
            arg ? arg : "");
        return -1;
    }
    unsigned int free[POOL_SIZE / ALIGNMENT];
    size_t nfree =
        pymalloc_get_free_offsets(pool.address, free, POOL_SIZE / ALIGNMENT);
    /* The block the object lies in: the one whose bytes [start, start +
       block size) hold its address.  Its address need not be the block's
       start: a header in front of the object (chapter 5's) moves it. */
    uintptr_t into = (uintptr_t)op - pool.address - POOL_OVERHEAD;
    unsigned int index = (unsigned int)(into / pool.block_size);
    unsigned int count =
        pool.capacity < POOL_BLOCKS_SHOWN ? pool.capacity : POOL_BLOCKS_SHOWN;
    unsigned int first = index >= count / 2 ? (index - count / 2) / 16 * 16 : 0;
    if (first + count > pool.capacity)
        first = pool.capacity - count;
    fprintf(out,
            "  pool [label=<<table border=\"0\" cellborder=\"1\" "
            "cellspacing=\"0\" cellpadding=\"3\"><tr><td colspan=\"16\" "
            "align=\"left\" bgcolor=\"#d9d9d9\"><b>pool %zu</b> <font "
            "color=\"#555555\">16 KiB in arena %u: %u-byte blocks (size class "
            "%u), %u of %u in use</font></td></tr><tr><td colspan=\"16\" "
            "align=\"left\" bgcolor=\"#eeeeee\">header (48 bytes): "
            "count=%u, szidx=%u,<br align=\"left\"/>nextoffset=%u, "
            "maxnextoffset=%u, freeblock=",
            pool_number(pool.address), pool.arenaindex, pool.block_size,
            pool.szidx, pool.count, pool.capacity, pool.count, pool.szidx,
            pool.nextoffset, pool.maxnextoffset);
    if (nfree > 0)
        fprintf(out, "offset %u", free[0]);
    else
        fputs("NULL", out);
    fputs("</td></tr>", out);
    skipped_row(out, first, "before these");
    block_cells(out, &pool, first, count, free, nfree, index, arg);
    skipped_row(out, pool.capacity - first - count, "after these");
    fprintf(out, "<tr><td colspan=\"16\" align=\"left\" border=\"0\">"
                 "<font point-size=\"9\" color=\"#555555\">yellow: in use; "
                 "green: free, numbered in free-list order; white: never "
                 "touched; thick border: ");
    figure_escape(out, arg, 40);
    fputs("</font></td></tr></table>>];\n", out);
    return 0;
}

/* ---- view=usedpools ---- */

int
figure_usedpools_view(Figures *fig, FILE *out, const char *arg)
{
    (void)fig, (void)arg;
    fputs("  usedpools [label=<<table border=\"0\" cellborder=\"1\" "
          "cellspacing=\"0\" cellpadding=\"3\"><tr><td colspan=\"3\" "
          "bgcolor=\"#d9d9d9\"><b>usedpools</b></td></tr><tr><td><font "
          "point-size=\"9\">class</font></td><td><font point-size=\"9\">"
          "size</font></td><td><font point-size=\"9\">pools</font></td>"
          "</tr>",
          out);
    for (unsigned int c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
        size_t n = pymalloc_get_usedpools(c, NULL, 0);
        fprintf(out,
                "<tr><td>%u</td><td>%zu</td><td port=\"c%u\" "
                "width=\"22\">%s</td></tr>",
                c, INDEX2SIZE(c), c,
                n ? "" : "<font color=\"#aaaaaa\">-</font>");
    }
    fputs("</table>>];\n", out);
    for (unsigned int c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
        uintptr_t pools[8];
        size_t n = pymalloc_get_usedpools(c, pools, 8);
        for (size_t i = 0; i < n && i < 8; i++) {
            pymalloc_pool_info info;
            pymalloc_pool_of((void *)(pools[i] + POOL_OVERHEAD), &info);
            fprintf(out,
                    "  p%u_%zu [label=<<table border=\"0\" "
                    "cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                    "<tr><td bgcolor=\"%s\" port=\"in\">arena %u, pool %zu: "
                    "%u of %u</td></tr></table>>];\n",
                    c, i, state_colour[info.state], info.arenaindex,
                    pool_number(pools[i]), info.count, info.capacity);
            if (i == 0)
                fprintf(out, "  usedpools:c%u:c -> p%u_0;\n", c, c);
            else
                fprintf(out, "  p%u_%zu -> p%u_%zu;\n", c, i - 1, c, i);
        }
        if (n > 8)
            fprintf(out,
                    "  p%u_more [label=\"+%zu more\"];\n  p%u_7 -> "
                    "p%u_more;\n",
                    c, n - 8, c, c);
    }
    return 0;
}
