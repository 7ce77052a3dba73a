/* Looking at the private heap without changing it: statistics, the
   views the figures draw, the invariant checker and the report that
   sys._debugmallocstats() prints. */
#include "obmalloc_internal.h"

#include <stdarg.h>
#include <string.h>

static const pymalloc_state *
state(void)
{
    return &pymalloc_global_state;
}

static bool
is_carved(const struct arena_object *a, const struct pool_header *pool)
{
    return (const block *)pool < a->pool_address;
}

static const struct pool_header *
pool_at(const struct arena_object *a, size_t i)
{
    return (const struct pool_header *)(a->address + i * POOL_SIZE);
}

static const struct arena_object *
arena_containing(uintptr_t address)
{
    const pymalloc_state *st = state();
    uintptr_t base = address & ~(uintptr_t)(ARENA_SIZE - 1);
    for (unsigned int i = 0; i < st->maxarenas; i++) {
        if (st->arenas[i].address != 0 && st->arenas[i].address == base) {
            return &st->arenas[i];
        }
    }
    return NULL;
}

/* Walks at most limit links, so a damaged list cannot hang us. */
static unsigned int
free_list_length(const struct pool_header *pool, unsigned int limit)
{
    unsigned int n = 0;
    for (block *bp = pool->freeblock; bp != NULL && n <= limit; n++) {
        bp = *(block **)bp;
    }
    return n;
}

/* ------------------------------------------------------------ views */

static pymalloc_pool_state
pool_state(const struct arena_object *a, const struct pool_header *pool)
{
    if (!is_carved(a, pool)) {
        return PYMALLOC_POOL_NEVER_USED;
    }
    if (pool->ref.count == 0) {
        return PYMALLOC_POOL_EMPTY;
    }
    return pool_is_full(pool) ? PYMALLOC_POOL_FULL : PYMALLOC_POOL_USED;
}

static void
describe_pool(const struct arena_object *a, const struct pool_header *pool,
              pymalloc_pool_info *out)
{
    memset(out, 0, sizeof *out);
    out->address = (uintptr_t)pool;
    out->state = pool_state(a, pool);
    if (out->state == PYMALLOC_POOL_NEVER_USED) {
        return;
    }
    out->arenaindex = pool->arenaindex;
    out->szidx = pool->szidx;
    out->block_size = (unsigned int)INDEX2SIZE(pool->szidx);
    out->count = pool->ref.count;
    out->capacity = (unsigned int)NUMBLOCKS(pool->szidx);
    out->nfree = free_list_length(pool, out->capacity);
    out->nextoffset = pool->nextoffset;
    out->maxnextoffset = pool->maxnextoffset;
}

static size_t
arena_blocks_in_use(const struct arena_object *a, size_t *bytes)
{
    size_t blocks = 0;
    for (size_t i = 0; i < POOLS_PER_ARENA; i++) {
        const struct pool_header *pool = pool_at(a, i);
        if (is_carved(a, pool)) {
            blocks += pool->ref.count;
            *bytes += pool->ref.count * INDEX2SIZE(pool->szidx);
        }
    }
    return blocks;
}

void
pymalloc_get_stats(pymalloc_stats *out)
{
    const pymalloc_state *st = state();
    memset(out, 0, sizeof *out);
    for (unsigned int i = 0; i < st->maxarenas; i++) {
        if (st->arenas[i].address != 0) {
            out->blocks_in_use +=
                arena_blocks_in_use(&st->arenas[i], &out->bytes_in_use);
        }
    }
    out->arenas_allocated_total = st->ntimes_arena_allocated;
    out->arenas_current = st->narenas_currently_allocated;
    out->arenas_reclaimed = out->arenas_allocated_total - out->arenas_current;
    out->arenas_highwater = st->narenas_highwater;
    out->empty_arenas = st->empty_arenas;
    out->empty_arena_limit = st->max_empty_arenas;
    out->mapped_bytes = out->arenas_current * ARENA_SIZE;
    out->metadata_bytes = sizeof *st +
                          st->maxarenas * sizeof(struct arena_object) +
                          st->arena_map_leaves * MAP_LEAF_WORDS * 8;
}

size_t
pymalloc_get_arenas(pymalloc_arena_info *out, size_t max)
{
    const pymalloc_state *st = state();
    size_t n = 0;
    for (unsigned int i = 0; i < st->maxarenas; i++) {
        const struct arena_object *a = &st->arenas[i];
        if (a->address == 0) {
            continue;
        }
        if (n < max) {
            size_t bytes = 0;
            out[n].address = a->address;
            out[n].arenaindex = i;
            out[n].nfreepools = a->nfreepools;
            out[n].ntotalpools = a->ntotalpools;
            out[n].blocks_in_use = arena_blocks_in_use(a, &bytes);
        }
        n++;
    }
    return n;
}

size_t
pymalloc_get_released_arenas(uintptr_t *out, size_t max)
{
    const pymalloc_state *st = &pymalloc_global_state;
    size_t kept = st->nreleased < RELEASED_REMEMBERED ? st->nreleased
                                                      : RELEASED_REMEMBERED;
    size_t first = st->nreleased - kept;
    for (size_t i = 0; i < kept && i < max; i++)
        out[i] = st->released[(first + i) % RELEASED_REMEMBERED];
    return kept;
}

size_t
pymalloc_get_usable_arenas(uintptr_t *out, size_t max)
{
    size_t n = 0;
    for (const struct arena_object *a = state()->usable_arenas; a != NULL;
         a = a->nextarena) {
        if (n < max) {
            out[n] = a->address;
        }
        n++;
    }
    return n;
}

size_t
pymalloc_get_pools(uintptr_t arena, pymalloc_pool_info *out, size_t max)
{
    const struct arena_object *a = arena_containing(arena);
    if (a == NULL || a->address != arena) {
        return 0;
    }
    for (size_t i = 0; i < POOLS_PER_ARENA && i < max; i++) {
        describe_pool(a, pool_at(a, i), &out[i]);
    }
    return POOLS_PER_ARENA;
}

bool
pymalloc_pool_of(const void *p, pymalloc_pool_info *out)
{
    const struct arena_object *a = arena_containing((uintptr_t)p);
    if (a == NULL) {
        return false;
    }
    describe_pool(a, pool_of(p), out);
    return true;
}

size_t
pymalloc_get_free_offsets(uintptr_t pool, unsigned int *out, size_t max)
{
    const struct arena_object *a = arena_containing(pool);
    const struct pool_header *p = pool_of((const void *)pool);
    if (a == NULL || !is_carved(a, p)) {
        return 0;
    }
    size_t n = 0;
    size_t limit = NUMBLOCKS(p->szidx);
    for (block *bp = p->freeblock; bp != NULL && n <= limit; n++) {
        if (n < max) {
            out[n] = (unsigned int)(bp - (const block *)p);
        }
        bp = *(block **)bp;
    }
    return n;
}

size_t
pymalloc_get_usedpools(unsigned int szidx, uintptr_t *out, size_t max)
{
    if (szidx >= NB_SMALL_SIZE_CLASSES) {
        return 0;
    }
    size_t n = 0;
    for (const struct pool_header *p = state()->usedpools[szidx]; p != NULL;
         p = p->nextpool) {
        if (n < max) {
            out[n] = (uintptr_t)p;
        }
        n++;
    }
    return n;
}

/* ------------------------------------------------------- invariants */

typedef struct {
    char *why;
    size_t whylen;
    size_t mapped;     /* arenas with memory */
    size_t empty;      /* ... whose pools are all free */
    size_t with_free;  /* ... with at least one free pool */
    size_t used_pools; /* pools neither full nor empty */
} check;

static bool
violated(check *c, const char *fmt, ...)
{
    if (c->why != NULL && c->whylen > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->why, c->whylen, fmt, ap);
        va_end(ap);
    }
    return false;
}

/* Every block of the pool is in exactly one state: in use, on the free
   list, or never touched (at or past nextoffset). */
static bool
check_pool(check *c, const struct pool_header *pool, unsigned int index)
{
    if (pool->arenaindex != index || pool->szidx >= NB_SMALL_SIZE_CLASSES) {
        return violated(c, "pool %p: arenaindex %u (expected %u), szidx %u",
                        (void *)pool, pool->arenaindex, index, pool->szidx);
    }
    size_t size = INDEX2SIZE(pool->szidx);
    size_t next = pool->nextoffset;
    if (pool->maxnextoffset != POOL_SIZE - size || next < POOL_OVERHEAD ||
        (next - POOL_OVERHEAD) % size != 0 || next > POOL_SIZE) {
        return violated(c, "pool %p: nextoffset %zu, maxnextoffset %u",
                        (void *)pool, next, pool->maxnextoffset);
    }
    size_t carved = (next - POOL_OVERHEAD) / size;
    uint64_t seen[(POOL_SIZE / ALIGNMENT) / 64] = {0};
    size_t nfree = 0;
    for (const block *bp = pool->freeblock; bp != NULL;
         bp = *(block *const *)bp) {
        size_t offset = (size_t)(bp - (const block *)pool);
        size_t i = (offset - POOL_OVERHEAD) / size;
        if (bp < (const block *)pool + POOL_OVERHEAD || offset >= next ||
            (offset - POOL_OVERHEAD) % size != 0) {
            return violated(c,
                            "pool %p: free block at offset %zu is not "
                            "a carved block",
                            (void *)pool, offset);
        }
        if (seen[i / 64] >> (i % 64) & 1) {
            return violated(c,
                            "pool %p: block at offset %zu is twice on "
                            "the free list",
                            (void *)pool, offset);
        }
        seen[i / 64] |= (uint64_t)1 << (i % 64);
        nfree++;
    }
    if (pool->ref.count + nfree != carved) {
        return violated(c, "pool %p: %u in use + %zu free != %zu carved",
                        (void *)pool, pool->ref.count, nfree, carved);
    }
    if (pool->ref.count > 0 && !pool_is_full(pool)) {
        c->used_pools++;
    }
    return true;
}

static bool
check_freepools(check *c, const struct arena_object *a, size_t carved_empty)
{
    size_t listed = 0;
    uint64_t seen = 0;
    for (const struct pool_header *p = a->freepools; p != NULL;
         p = p->nextpool) {
        size_t i = ((uintptr_t)p - a->address) / POOL_SIZE;
        if ((uintptr_t)p < a->address || i >= POOLS_PER_ARENA ||
            !is_carved(a, p) || p->ref.count != 0 || (seen >> i & 1)) {
            return violated(c, "arena %p: bad pool %p on freepools",
                            (void *)a->address, (void *)p);
        }
        seen |= (uint64_t)1 << i;
        listed++;
    }
    size_t never_used =
        (a->address + ARENA_SIZE - (uintptr_t)a->pool_address) / POOL_SIZE;
    if (listed != carved_empty || listed + never_used != a->nfreepools) {
        return violated(c,
                        "arena %p: nfreepools %u, but %zu on "
                        "freepools (%zu empty) and %zu never used",
                        (void *)a->address, a->nfreepools, listed, carved_empty,
                        never_used);
    }
    return true;
}

static bool
check_arena(check *c, const struct arena_object *a, unsigned int index)
{
    uintptr_t pools = (uintptr_t)a->pool_address;
    if ((a->address & (ARENA_SIZE - 1)) != 0 ||
        !pymalloc_address_in_range((void *)a->address) || pools < a->address ||
        pools > a->address + ARENA_SIZE || (pools & (POOL_SIZE - 1)) != 0 ||
        a->ntotalpools != POOLS_PER_ARENA || a->nfreepools > a->ntotalpools) {
        return violated(c,
                        "arena %u at %p: bad address, pool_address or "
                        "counts",
                        index, (void *)a->address);
    }
    size_t carved_empty = 0;
    for (size_t i = 0; i < POOLS_PER_ARENA; i++) {
        const struct pool_header *pool = pool_at(a, i);
        if (!is_carved(a, pool)) {
            break;
        }
        if (!check_pool(c, pool, index)) {
            return false;
        }
        carved_empty += pool->ref.count == 0;
    }
    c->mapped++;
    c->empty += a->nfreepools == a->ntotalpools;
    c->with_free += a->nfreepools > 0;
    return check_freepools(c, a, carved_empty);
}

static bool
check_usedpools(check *c)
{
    const pymalloc_state *st = state();
    size_t listed = 0;
    size_t limit = st->narenas_currently_allocated * POOLS_PER_ARENA;
    for (unsigned int sz = 0; sz < NB_SMALL_SIZE_CLASSES; sz++) {
        const struct pool_header *prev = NULL;
        for (const struct pool_header *p = st->usedpools[sz]; p != NULL;
             prev = p, p = p->nextpool) {
            if (++listed > limit) {
                return violated(c, "usedpools[%u] loops", sz);
            }
            if (!pymalloc_address_in_range(p) ||
                ((uintptr_t)p & (POOL_SIZE - 1)) != 0 || p->prevpool != prev ||
                p->szidx != sz || p->ref.count == 0 || pool_is_full(p)) {
                return violated(c,
                                "usedpools[%u]: pool %p is misplaced "
                                "(count %u)",
                                sz, (void *)p, p->ref.count);
            }
        }
    }
    if (listed != c->used_pools) {
        return violated(c, "%zu pools on usedpools, %zu partly used", listed,
                        c->used_pools);
    }
    return true;
}

static bool
check_usable_arenas(check *c)
{
    const pymalloc_state *st = state();
    const struct arena_object *last[POOLS_PER_ARENA + 1] = {NULL};
    const struct arena_object *prev = NULL;
    size_t listed = 0;
    for (const struct arena_object *a = st->usable_arenas; a != NULL;
         prev = a, a = a->nextarena) {
        if (++listed > c->mapped) {
            return violated(c, "usable_arenas loops");
        }
        if (a->prevarena != prev || a->address == 0 || a->nfreepools == 0) {
            return violated(c, "usable_arenas: bad arena %p",
                            (void *)a->address);
        }
        if (prev != NULL && prev->nfreepools > a->nfreepools) {
            return violated(c,
                            "usable_arenas not sorted: %u free pools "
                            "before %u",
                            prev->nfreepools, a->nfreepools);
        }
        last[a->nfreepools] = a;
    }
    if (listed != c->with_free) {
        return violated(c,
                        "%zu arenas on usable_arenas, %zu have a free "
                        "pool",
                        listed, c->with_free);
    }
    for (size_t n = 0; n <= POOLS_PER_ARENA; n++) {
        if (st->nfp2lasta[n] != last[n]) {
            return violated(c,
                            "nfp2lasta[%zu] is not the last arena with "
                            "%zu free pools",
                            n, n);
        }
    }
    return true;
}

static size_t
count_mapped_bits(void)
{
    const pymalloc_state *st = state();
    size_t n = 0;
    for (size_t i = 0; i < MAP_ROOT_LENGTH; i++) {
        for (size_t w = 0; st->arena_map[i] != NULL && w < MAP_LEAF_WORDS;
             w++) {
            for (uint64_t bits = st->arena_map[i][w]; bits; bits &= bits - 1) {
                n++;
            }
        }
    }
    return n;
}

static bool
check_counts(check *c)
{
    const pymalloc_state *st = state();
    if (c->mapped != st->narenas_currently_allocated ||
        st->narenas_highwater < c->mapped ||
        st->ntimes_arena_allocated < c->mapped) {
        return violated(c,
                        "%zu arenas mapped, counters say %zu (highwater "
                        "%zu, total %zu)",
                        c->mapped, st->narenas_currently_allocated,
                        st->narenas_highwater, st->ntimes_arena_allocated);
    }
    if (c->empty != st->empty_arenas ||
        st->empty_arenas > st->max_empty_arenas ||
        st->max_empty_arenas > st->max_empty_limit) {
        return violated(c, "%zu empty arenas, counter %zu, limit %zu of %zu",
                        c->empty, st->empty_arenas, st->max_empty_arenas,
                        st->max_empty_limit);
    }
    if (count_mapped_bits() != c->mapped) {
        return violated(c, "the address map marks %zu arenas, not %zu",
                        count_mapped_bits(), c->mapped);
    }
    size_t unused = 0;
    for (const struct arena_object *a = st->unused_arena_objects;
         a != NULL && unused <= st->maxarenas; a = a->nextarena) {
        if (a->address != 0) {
            return violated(c, "unused arena object has an arena");
        }
        unused++;
    }
    if (unused + c->mapped != st->maxarenas) {
        return violated(c, "%zu unused + %zu mapped arena objects != %u",
                        unused, c->mapped, st->maxarenas);
    }
    return true;
}

int
pymalloc_check_invariants(char *why, size_t whylen)
{
    const pymalloc_state *st = state();
    check c = {.why = why, .whylen = whylen};
    for (unsigned int i = 0; i < st->maxarenas; i++) {
        if (st->arenas[i].address != 0 && !check_arena(&c, &st->arenas[i], i)) {
            return -1;
        }
    }
    if (!check_counts(&c) || !check_usedpools(&c) || !check_usable_arenas(&c)) {
        return -1;
    }
    if (why != NULL && whylen > 0) {
        why[0] = '\0';
    }
    return 0;
}

/* ---------------------------------------------------------- report */

/* CPython's layout: the label padded to 35 columns, then the value with
   thousands separators, right-aligned in 21. */
static size_t
print_line(FILE *out, const char *label, size_t value)
{
    char digits[32];
    char *p = digits + sizeof digits;
    size_t v = value;
    int n = 0;
    *--p = '\0';
    do {
        if (n > 0 && n % 3 == 0) {
            *--p = ',';
        }
        *--p = (char)('0' + v % 10);
        v /= 10;
        n++;
    } while (v != 0);
    fprintf(out, "%-35s=%21s\n", label, p);
    return value;
}

typedef struct {
    size_t pools[NB_SMALL_SIZE_CLASSES];
    size_t blocks[NB_SMALL_SIZE_CLASSES];
    size_t avail[NB_SMALL_SIZE_CLASSES];
    size_t unused_pools;
    size_t arenas;
} census;

static void
take_census(census *c)
{
    const pymalloc_state *st = state();
    memset(c, 0, sizeof *c);
    for (unsigned int i = 0; i < st->maxarenas; i++) {
        const struct arena_object *a = &st->arenas[i];
        if (a->address == 0) {
            continue;
        }
        c->arenas++;
        c->unused_pools += a->nfreepools;
        for (size_t k = 0; k < POOLS_PER_ARENA; k++) {
            const struct pool_header *pool = pool_at(a, k);
            if (!is_carved(a, pool) || pool->ref.count == 0) {
                continue;
            }
            c->pools[pool->szidx]++;
            c->blocks[pool->szidx] += pool->ref.count;
            c->avail[pool->szidx] += NUMBLOCKS(pool->szidx) - pool->ref.count;
        }
    }
}

static void
print_size_classes(FILE *out, const census *c)
{
    fputs("\nclass   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n",
          out);
    for (unsigned int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        if (c->pools[i] > 0) {
            fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", i, INDEX2SIZE(i),
                    c->pools[i], c->blocks[i], c->avail[i]);
        }
    }
    fputc('\n', out);
}

/* Where every byte of every arena goes; the lines add up to the total.
   Our arenas are aligned, so no pool is lost to alignment. */
static void
print_bytes(FILE *out, const census *c)
{
    size_t in_use = 0, avail = 0, headers = 0, quantization = 0;
    for (unsigned int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        in_use += c->blocks[i] * INDEX2SIZE(i);
        avail += c->avail[i] * INDEX2SIZE(i);
        headers += c->pools[i] * POOL_OVERHEAD;
        quantization +=
            c->pools[i] * ((POOL_SIZE - POOL_OVERHEAD) % INDEX2SIZE(i));
    }
    char label[64];
    size_t total = print_line(out, "# bytes in allocated blocks", in_use);
    total += print_line(out, "# bytes in available blocks", avail);
    snprintf(label, sizeof label, "%zu unused pools * %zu bytes",
             c->unused_pools, POOL_SIZE);
    total += print_line(out, label, c->unused_pools * POOL_SIZE);
    total += print_line(out, "# bytes lost to pool headers", headers);
    total += print_line(out, "# bytes lost to quantization", quantization);
    total += print_line(out, "# bytes lost to arena alignment", 0);
    print_line(out, "Total", total);
}

static void
print_arena_map(FILE *out)
{
    const pymalloc_state *st = state();
    size_t leaf_bytes = st->arena_map_leaves * MAP_LEAF_WORDS * 8;
    fputs("\narena map counts\n", out);
    print_line(out, "# arena map leaf nodes", st->arena_map_leaves);
    fputc('\n', out);
    size_t total =
        print_line(out, "# bytes lost to arena map root", sizeof st->arena_map);
    total += print_line(out, "# bytes lost to arena map leaves", leaf_bytes);
    print_line(out, "Total", total);
}

void
pymalloc_print_stats(FILE *out)
{
    const pymalloc_state *st = state();
    census c;
    char label[64];
    take_census(&c);
    fprintf(out, "Small block threshold = %d, in %d size classes.\n",
            SMALL_REQUEST_THRESHOLD, NB_SMALL_SIZE_CLASSES);
    print_size_classes(out, &c);
    print_line(out, "# arenas allocated total", st->ntimes_arena_allocated);
    print_line(out, "# arenas reclaimed",
               st->ntimes_arena_allocated - c.arenas);
    print_line(out, "# arenas highwater mark", st->narenas_highwater);
    print_line(out, "# arenas allocated current", c.arenas);
    snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena", c.arenas,
             ARENA_SIZE);
    print_line(out, label, c.arenas * ARENA_SIZE);
    fputc('\n', out);
    print_bytes(out, &c);
    print_arena_map(out);
    fputs("\nempty arenas kept mapped\n", out);
    print_line(out, "# empty arenas kept", st->empty_arenas);
    print_line(out, "# empty arena limit", st->max_empty_arenas);
}
