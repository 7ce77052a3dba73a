/* The debug allocator: guard bytes, fill patterns and loud failures.
   Layout and byte values are CPython's (see debugmalloc.h). */
#include "debugmalloc.h"
#include "obmalloc.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXTRA_BYTES (PYMEM_DEBUG_HEAD + PYMEM_DEBUG_TAIL)
#define ID_OFFSET   8 /* in the header, after the size */

/* Every block we hand out is recorded in a hash table, so that a
   pointer we never handed out is recognised without reading the memory
   in front of it (which may not even be mapped).  A freed block stays
   in the table, marked dead, until the table is next rebuilt: freeing
   it again is then reported as a double free, with its size. */
typedef struct {
    uintptr_t address; /* the caller's pointer; 0 for an empty slot */
    size_t size;
    bool live;
} block_record;

static struct {
    PyMemAllocator base;
    block_record *table;
    size_t capacity; /* a power of two, or 0 before the first block */
    size_t used;     /* slots taken by live and dead records */
    size_t live;
} debug = {
    .base = {obmalloc_malloc, obmalloc_realloc, obmalloc_free},
};

/* ------------------------------------------------------------ records */

static size_t
hash_address(uintptr_t address)
{
    uint64_t h = (uint64_t)(address >> 4) * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h ^ (h >> 32));
}

/* The record for address, or the empty slot where it would go. */
static block_record *
find_record(uintptr_t address)
{
    size_t mask = debug.capacity - 1;
    for (size_t i = hash_address(address) & mask;; i = (i + 1) & mask) {
        block_record *r = &debug.table[i];
        if (r->address == address || r->address == 0) {
            return r;
        }
    }
}

/* Rebuild with room to grow, keeping only live records. */
static bool
rebuild_table(void)
{
    size_t capacity = 64;
    while (capacity < 4 * (debug.live + 1)) {
        capacity *= 2;
    }
    block_record *old = debug.table;
    size_t old_capacity = debug.capacity;
    debug.table = calloc(capacity, sizeof *debug.table);
    if (debug.table == NULL) {
        debug.table = old;
        return false;
    }
    debug.capacity = capacity;
    debug.used = debug.live;
    for (size_t i = 0; i < old_capacity; i++) {
        if (old[i].live) {
            *find_record(old[i].address) = old[i];
        }
    }
    free(old);
    return true;
}

static bool
remember_block(const uint8_t *p, size_t size)
{
    if (2 * (debug.used + 1) > debug.capacity && !rebuild_table()) {
        return false;
    }
    block_record *r = find_record((uintptr_t)p);
    if (r->address == 0) {
        r->address = (uintptr_t)p;
        debug.used++;
    }
    r->size = size;
    r->live = true;
    debug.live++;
    return true;
}

static const block_record *
lookup_block(const uint8_t *p)
{
    if (debug.capacity == 0) {
        return NULL;
    }
    const block_record *r = find_record((uintptr_t)p);
    return r->address != 0 ? r : NULL;
}

static void
forget_block(const uint8_t *p)
{
    block_record *r = find_record((uintptr_t)p);
    r->live = false;
    debug.live--;
}

/* ---------------------------------------------------------- reporting */

static void
dump_bytes(const char *label, const uint8_t *bytes, size_t n)
{
    fprintf(stderr, "  %s at %p:", label, (const void *)bytes);
    for (size_t i = 0; i < n; i++) {
        fprintf(stderr, " %02x", bytes[i]);
    }
    fputc('\n', stderr);
}

static _Noreturn void
die(void)
{
    fputs("  aborting\n", stderr);
    fflush(stderr);
    abort();
}

static _Noreturn void
report_unknown(const char *api, const void *p)
{
    fprintf(stderr,
            "minipy: %s: foreign pointer: %p was not allocated by "
            "PyObject_Malloc (or was freed long ago)\n",
            api, p);
    die();
}

static _Noreturn void
report_double_free(const char *api, const void *p, size_t size)
{
    fprintf(stderr,
            "minipy: %s: double free: the block at %p of %zu bytes was "
            "already freed\n",
            api, p, size);
    die();
}

static _Noreturn void
report_damage(const char *api, const char *problem, const char *how,
              const uint8_t *p, size_t size)
{
    fprintf(stderr, "minipy: %s: %s: the block at %p of %zu bytes\n", api,
            problem, (const void *)p, size);
    fprintf(stderr, "  %s\n", how);
    fprintf(stderr,
            "  expected before it: the size (8 bytes), 0x%02x, 7 x 0x%02x;"
            " after it: 8 x 0x%02x\n",
            PYMEM_API_OBJECT, PYMEM_FORBIDDENBYTE, PYMEM_FORBIDDENBYTE);
    dump_bytes("header", p - PYMEM_DEBUG_HEAD, PYMEM_DEBUG_HEAD);
    dump_bytes("trailer", p + size, PYMEM_DEBUG_TAIL);
    die();
}

/* ------------------------------------------------------------ guards */

static void
write_guards(uint8_t *head, size_t size)
{
    memcpy(head, &size, sizeof size);
    head[ID_OFFSET] = PYMEM_API_OBJECT;
    memset(head + ID_OFFSET + 1, PYMEM_FORBIDDENBYTE,
           PYMEM_DEBUG_HEAD - ID_OFFSET - 1);
    memset(head + PYMEM_DEBUG_HEAD + size, PYMEM_FORBIDDENBYTE,
           PYMEM_DEBUG_TAIL);
}

static bool
all_forbidden(const uint8_t *bytes, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (bytes[i] != PYMEM_FORBIDDENBYTE) {
            return false;
        }
    }
    return true;
}

/* The header is checked first: if it is damaged, the size in it cannot
   be trusted, and we take the size from our record instead. */
static void
check_guards(const char *api, const uint8_t *p, size_t size)
{
    const uint8_t *head = p - PYMEM_DEBUG_HEAD;
    size_t stored;
    memcpy(&stored, head, sizeof stored);
    if (stored != size || head[ID_OFFSET] != PYMEM_API_OBJECT ||
        !all_forbidden(head + ID_OFFSET + 1,
                       PYMEM_DEBUG_HEAD - ID_OFFSET - 1)) {
        report_damage(api, "buffer underrun",
                      "something wrote into the header before the block", p,
                      size);
    }
    if (!all_forbidden(p + size, PYMEM_DEBUG_TAIL)) {
        report_damage(api, "buffer overrun",
                      "something wrote past the end of the block", p, size);
    }
}

/* p's size, once we know it is a live block with intact guards. */
static size_t
checked_size(const char *api, const uint8_t *p)
{
    const block_record *r = lookup_block(p);
    if (r == NULL) {
        report_unknown(api, p);
    }
    if (!r->live) {
        report_double_free(api, p, r->size);
    }
    check_guards(api, p, r->size);
    return r->size;
}

/* ------------------------------------------------------------ the API */

void
pymem_debug_set_base(const PyMemAllocator *base)
{
    debug.base = *base;
}

void *
pymem_debug_malloc(size_t size)
{
    if (size > SIZE_MAX - EXTRA_BYTES) {
        return NULL;
    }
    uint8_t *head = debug.base.malloc(size + EXTRA_BYTES);
    if (head == NULL) {
        return NULL;
    }
    uint8_t *p = head + PYMEM_DEBUG_HEAD;
    if (!remember_block(p, size)) {
        debug.base.free(head);
        return NULL;
    }
    write_guards(head, size);
    memset(p, PYMEM_CLEANBYTE, size);
    return p;
}

void
pymem_debug_free(void *ptr)
{
    if (ptr == NULL) {
        return;
    }
    uint8_t *p = ptr;
    size_t size = checked_size("PyObject_Free", p);
    memset(p - PYMEM_DEBUG_HEAD, PYMEM_DEADBYTE, size + EXTRA_BYTES);
    forget_block(p);
    debug.base.free(p - PYMEM_DEBUG_HEAD);
}

/* Always moves the block, so that a stale pointer to the old one shows
   0xDD instead of silently working. */
void *
pymem_debug_realloc(void *ptr, size_t size)
{
    if (ptr == NULL) {
        return pymem_debug_malloc(size);
    }
    size_t old_size = checked_size("PyObject_Realloc", ptr);
    uint8_t *q = pymem_debug_malloc(size);
    if (q == NULL) {
        return NULL;
    }
    memcpy(q, ptr, old_size < size ? old_size : size);
    pymem_debug_free(ptr);
    return q;
}

void
pymem_debug_check(const void *p)
{
    checked_size("pymem_debug_check", p);
}
