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

/* The colours' key, a node of its own under the figure, with a line
   of text under it (NULL: none). */
static void
legend(FILE *out, const char *more)
{
    static const char *const names[] = {"used", "full", "empty (free)",
                                        "never used"};
    fputs("  legend [label=<<table border=\"0\" cellspacing=\"0\"><tr><td "
          "align=\"left\"><table border=\"0\" cellspacing=\"4\"><tr>",
          out);
    for (int i = 0; i < 4; i++)
        fprintf(out,
                "<td border=\"1\" bgcolor=\"%s\" width=\"14\"></td>"
                "<td align=\"left\">%s</td>",
                state_colour[i], names[i]);
    fputs("</tr></table></td></tr>", out);
    if (more != NULL)
        fprintf(out,
                "<tr><td align=\"left\"><font color=\"#666666\">%s</font>"
                "</td></tr>",
                more);
    fputs("</table>>];\n", out);
}

/* Figures name arenas and pools by number, never by address: addresses
   change from run to run (--trace prints them). */
static size_t
pool_number(uintptr_t pool)
{
    return (pool & (ARENA_SIZE - 1)) / POOL_SIZE; /* arenas are aligned */
}

/* ---- view=arenas ---- */

#define ARENAS_PER_ROW 3  /* arenas side by side */
#define POOLS_PER_LINE 8  /* an arena's 64 pools as 8 lines of 8 */
#define ARENAS_KEPT    64 /* arenas remembered from one figure to the next */

/* The arenas the last arenas figure of this run drew (one figure writer
   per process: the state is the run's, as the objects' places are).  An
   arena drawn then and returned to the OS since is drawn once more, as a
   ghost in its place, so that the arenas hold still from one figure of a
   script to the next. */
static struct {
    unsigned int index;
    uintptr_t address;
} drawn_arenas[ARENAS_KEPT];
static size_t ndrawn_arenas;

/* One arena: its number and how full it is, then its pools in address
   order, line by line, each labelled with its block size if in use. */
static void
arena_cell(FILE *out, const pymalloc_arena_info *a)
{
    pymalloc_pool_info pools[POOLS_PER_ARENA];
    size_t n = pymalloc_get_pools(a->address, pools, POOLS_PER_ARENA);
    fprintf(
        out,
        "<td valign=\"top\"><table border=\"0\" cellborder=\"1\" "
        "cellspacing=\"0\" cellpadding=\"0\"><tr><td colspan=\"%d\" "
        "align=\"left\" bgcolor=\"#d9d9d9\" cellpadding=\"2\"><b>arena %u"
        "</b>  <font color=\"#555555\">%u of %u pools free</font></td></tr>",
        POOLS_PER_LINE, a->arenaindex, a->nfreepools, a->ntotalpools);
    for (size_t i = 0; i < n; i++) {
        if (i % POOLS_PER_LINE == 0)
            fputs("<tr>", out);
        fprintf(out, "<td bgcolor=\"%s\" width=\"20\" height=\"13\">",
                state_colour[pools[i].state]);
        if (pools[i].state == PYMALLOC_POOL_USED ||
            pools[i].state == PYMALLOC_POOL_FULL)
            fprintf(out, "<font point-size=\"9\">%u</font>",
                    pools[i].block_size);
        else
            fputs("<font point-size=\"9\"> </font>", out);
        fputs(i % POOLS_PER_LINE == POOLS_PER_LINE - 1 ? "</td></tr>" : "</td>",
              out);
    }
    fputs("</table></td>", out);
}

/* An arena the last figure drew, given back to the OS since. */
static void
released_cell(FILE *out, unsigned int index)
{
    fprintf(out,
            "<td valign=\"top\"><table border=\"1\" style=\"dashed\" "
            "color=\"#999999\" cellborder=\"0\" cellpadding=\"4\"><tr>"
            "<td align=\"left\"><font color=\"#777777\"><b>arena %u</b>"
            "</font></td></tr><tr><td align=\"left\"><font "
            "color=\"#777777\">returned to the OS<br align=\"left\"/>since "
            "the last figure<br align=\"left\"/></font></td></tr>"
            "</table></td>",
            index);
}

/* Every arena, in arenaindex order, ARENAS_PER_ROW to a row: one table,
   so that the grid is exact. */
int
figure_arenas_view(Figures *fig, FILE *out, const char *arg)
{
    (void)fig, (void)arg;
    size_t n = pymalloc_get_arenas(NULL, 0);
    pymalloc_arena_info *arenas =
        PyMem_RawCalloc(n + ndrawn_arenas + 1, sizeof *arenas);
    if (arenas == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    pymalloc_get_arenas(arenas, n);
    /* the ghosts: drawn last time, not mapped at that address now */
    size_t all = n;
    for (size_t g = 0; g < ndrawn_arenas; g++) {
        bool mapped = false;
        for (size_t i = 0; i < n; i++)
            mapped |= arenas[i].arenaindex == drawn_arenas[g].index &&
                      arenas[i].address == drawn_arenas[g].address;
        if (!mapped)
            arenas[all++] =
                (pymalloc_arena_info){0, drawn_arenas[g].index, 0, 0, 0};
    }
    /* in arenaindex order, a ghost before an arena now at its index */
    for (size_t i = 1; i < all; i++)
        for (size_t j = i;
             j > 0 && (arenas[j].arenaindex < arenas[j - 1].arenaindex ||
                       (arenas[j].arenaindex == arenas[j - 1].arenaindex &&
                        arenas[j].address == 0));
             j--) {
            pymalloc_arena_info t = arenas[j];
            arenas[j] = arenas[j - 1];
            arenas[j - 1] = t;
        }
    fputs("  arenas [label=<<table border=\"0\" cellspacing=\"6\" "
          "cellpadding=\"0\">",
          out);
    for (size_t i = 0; i < all; i++) {
        if (i % ARENAS_PER_ROW == 0)
            fputs("<tr>", out);
        if (arenas[i].address == 0)
            released_cell(out, arenas[i].arenaindex);
        else
            arena_cell(out, &arenas[i]);
        if (i % ARENAS_PER_ROW == ARENAS_PER_ROW - 1 || i == all - 1)
            fputs("</tr>", out);
    }
    fputs("</table>>];\n", out);
    legend(out, "an arena (1 MiB): its 64 pools (16 KiB each) in address "
                "order,<br align=\"left\"/>line by line; in a pool in use, the "
                "size of its blocks<br align=\"left\"/>");
    fputs("  graph [rankdir=TB, ranksep=0.1];\n  arenas -> legend "
          "[style=invis];\n",
          out);
    ndrawn_arenas = 0;
    for (size_t i = 0; i < all && ndrawn_arenas < ARENAS_KEPT; i++) {
        if (arenas[i].address == 0)
            continue;
        drawn_arenas[ndrawn_arenas].index = arenas[i].arenaindex;
        drawn_arenas[ndrawn_arenas++].address = arenas[i].address;
    }
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

#define BLOCKS_PER_ROW  16
#define POOL_ROWS_SHOWN 14 /* rows of blocks drawn at most */
#define POOLS_KEPT      16 /* pools whose window is remembered */

/* The window of blocks each pool was drawn with, for the run (as the
   arenas drawn are): a pool drawn again shows the same blocks, so that
   a reader can compare them block by block. */
static struct {
    uintptr_t pool;
    unsigned int first, count;
} windows[POOLS_KEPT];
static size_t nwindows;

/* The blocks of a pool to draw: every block ever handed out (up to
   nextoffset, in whole rows), or, in a pool with more than
   POOL_ROWS_SHOWN rows of those, the rows around block mine; the same
   blocks as the last figure of this pool if they still hold mine. */
static void
pool_window(const pymalloc_pool_info *pool, unsigned int mine,
            unsigned int *first, unsigned int *count)
{
    for (size_t i = 0; i < nwindows; i++) {
        if (windows[i].pool == pool->address && mine >= windows[i].first &&
            mine < windows[i].first + windows[i].count) {
            *first = windows[i].first;
            *count = windows[i].count;
            return;
        }
    }
    unsigned int touched =
        pool->nextoffset > POOL_OVERHEAD
            ? (pool->nextoffset - POOL_OVERHEAD) / pool->block_size
            : 0;
    unsigned int rows = (touched + BLOCKS_PER_ROW - 1) / BLOCKS_PER_ROW;
    if (rows == 0)
        rows = 1;
    if (rows > POOL_ROWS_SHOWN)
        rows = POOL_ROWS_SHOWN;
    *count = rows * BLOCKS_PER_ROW;
    if (*count > pool->capacity)
        *count = pool->capacity;
    unsigned int row = mine / BLOCKS_PER_ROW;
    *first = row >= rows / 2 ? (row - rows / 2) * BLOCKS_PER_ROW : 0;
    if (*first + *count > pool->capacity)
        *first = pool->capacity - *count;
    size_t k = 0;
    while (k < nwindows && windows[k].pool != pool->address)
        k++;
    if (k == nwindows && nwindows < POOLS_KEPT)
        nwindows++;
    if (k < nwindows)
        windows[k].pool = pool->address, windows[k].first = *first,
        windows[k].count = *count;
}

/* Rows of BLOCKS_PER_ROW block cells, from block first on, each row
   after the index of its first block; block mine (an index) holds the
   object drawn.  Each free block shows its place in the free list: the
   order in which allocation will hand the blocks out again. */
static void
block_cells(FILE *out, pymalloc_pool_info *pool, unsigned int first,
            unsigned int count, const unsigned int *free, size_t nfree,
            unsigned int mine, const char *name)
{
    static const char *const colour[] = {"#fff1b8", "#d1f2d9", "#ffffff"};
    for (unsigned int b = first; b < first + count; b++) {
        if ((b - first) % BLOCKS_PER_ROW == 0)
            fprintf(out,
                    "%s<tr><td border=\"0\" align=\"right\"><font "
                    "point-size=\"9\" color=\"#777777\">%u</font></td>",
                    b == first ? "" : "</tr>", b);
        unsigned int offset = POOL_OVERHEAD + b * pool->block_size;
        int order;
        BlockState s = block_state(pool, offset, free, nfree, &order);
        fprintf(out, "<td bgcolor=\"%s\" width=\"26\" height=\"16\"%s>",
                colour[s], b == mine ? " border=\"3\"" : "");
        if (b == mine) {
            fputs("<font point-size=\"9\"><b>", out);
            figure_escape(out, name, 6);
            fputs("</b></font>", out);
        } else if (s == BLOCK_FREE) {
            fprintf(out, "<font point-size=\"9\">%d</font>", order);
        } else {
            fputs("<font point-size=\"9\"> </font>", out);
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
                "<tr><td border=\"0\"></td><td colspan=\"%d\" "
                "align=\"left\"><font color=\"#777777\">%u blocks %s"
                "</font></td></tr>",
                BLOCKS_PER_ROW, n, where);
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
    unsigned int first, count;
    pool_window(&pool, index, &first, &count);
    fprintf(out,
            "  pool [label=<<table border=\"0\" cellborder=\"1\" "
            "cellspacing=\"0\" cellpadding=\"2\"><tr><td border=\"0\">"
            "</td><td colspan=\"%d\" align=\"left\" bgcolor=\"#d9d9d9\">"
            "<b>pool %zu</b> <font color=\"#555555\">16 KiB in arena %u: "
            "%u-byte blocks (size class %u),<br align=\"left\"/>%u of %u "
            "in use<br align=\"left\"/></font></td></tr><tr><td "
            "border=\"0\"></td><td "
            "colspan=\"%d\" align=\"left\" bgcolor=\"#eeeeee\">header (48 "
            "bytes): count=%u, szidx=%u, nextoffset=%u,<br align=\"left\"/>"
            "maxnextoffset=%u, freeblock=",
            BLOCKS_PER_ROW, pool_number(pool.address), pool.arenaindex,
            pool.block_size, pool.szidx, pool.count, pool.capacity,
            BLOCKS_PER_ROW, pool.count, pool.szidx, pool.nextoffset,
            pool.maxnextoffset);
    if (nfree > 0)
        fprintf(out, "offset %u", free[0]);
    else
        fputs("NULL", out);
    fputs("<br align=\"left\"/></td></tr>", out);
    skipped_row(out, first, "before these");
    block_cells(out, &pool, first, count, free, nfree, index, arg);
    skipped_row(out, pool.capacity - first - count, "after these");
    fprintf(out,
            "<tr><td border=\"0\"></td><td colspan=\"%d\" "
            "align=\"left\" border=\"0\"><font color=\"#555555\">"
            "yellow: in use; green: free, numbered in free-list order;"
            "<br align=\"left\"/>white: never handed out; left: the "
            "first block of each row; thick border: ",
            BLOCKS_PER_ROW);
    figure_escape(out, arg, 40);
    fputs("<br align=\"left\"/></font></td></tr></table>>];\n", out);
    return 0;
}

/* ---- view=usedpools ---- */

int
figure_usedpools_view(Figures *fig, FILE *out, const char *arg)
{
    (void)fig, (void)arg;
    fputs("  usedpools [label=<<table border=\"0\" cellborder=\"1\" "
          "cellspacing=\"0\" cellpadding=\"3\"><tr><td colspan=\"3\" "
          "bgcolor=\"#d9d9d9\"><b>usedpools</b></td></tr><tr><td>class"
          "</td><td>size</td><td>pools</td></tr>",
          out);
    for (unsigned int c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
        /* classes in a row with no pool: one line for them all */
        unsigned int last = c;
        while (last + 1 < NB_SMALL_SIZE_CLASSES &&
               pymalloc_get_usedpools(c, NULL, 0) == 0 &&
               pymalloc_get_usedpools(last + 1, NULL, 0) == 0)
            last++;
        if (last > c) {
            fprintf(out,
                    "<tr><td>%u–%u</td><td>%zu–%zu</td><td><font "
                    "color=\"#777777\">none</font></td></tr>",
                    c, last, INDEX2SIZE(c), INDEX2SIZE(last));
            c = last;
            continue;
        }
        size_t n = pymalloc_get_usedpools(c, NULL, 0);
        fprintf(out,
                "<tr><td>%u</td><td>%zu</td><td port=\"c%u\" "
                "width=\"22\">%s</td></tr>",
                c, INDEX2SIZE(c), c,
                n ? "" : "<font color=\"#777777\">none</font>");
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
