/* A million random malloc/realloc/free calls, checked against a model.

   The model is an array of slots.  Each live block is filled with a
   pattern derived from a serial number, and checked in full before it
   is freed or resized, so any block handed out twice, any overlap and
   any lost byte shows up.  The allocator's own invariant checker runs
   every few thousand steps, and every so often the heap is drained so
   that pools and arenas empty and are reused or returned to the OS. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "heap_test.h"

enum {
    STEPS = 1000000,
    SLOTS = 32768,
    CHECK_EVERY = 4096,
    VERIFY_ALL_EVERY = 65536,
    DRAIN_EVERY = 200000,
};

typedef struct {
    unsigned char *p;
    size_t size;
    uint32_t serial;
    bool ours; /* expected to come from our arenas */
} slot;

static slot slots[SLOTS];
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint32_t next_serial = 1;

static uint64_t
next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Mostly small, like Python objects; some 0-byte and some large. */
static size_t
random_size(void)
{
    uint64_t r = next_random() % 100;
    if (r < 3) {
        return 0;
    }
    if (r < 70) {
        return 1 + next_random() % 128;
    }
    if (r < 92) {
        return 129 + next_random() % 384;
    }
    return 513 + next_random() % 1536;
}

static unsigned char
pattern(uint32_t serial, size_t i)
{
    return (unsigned char)(serial * 2654435761u >> 24 ^ i * 31);
}

static void
fill(slot *s)
{
    for (size_t i = 0; i < s->size; i++) {
        s->p[i] = pattern(s->serial, i);
    }
}

static void
verify(const slot *s, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        if (s->p[i] != pattern(s->serial, i)) {
            fail_msg("block %p (serial %u, %zu bytes): byte %zu is %#x, "
                     "expected %#x",
                     (void *)s->p, s->serial, s->size, i, s->p[i],
                     pattern(s->serial, i));
        }
    }
}

static void
check_ownership(const slot *s)
{
    if (pymalloc_address_in_range(s->p) != s->ours) {
        fail_msg("block %p of %zu bytes: expected %s", (void *)s->p, s->size,
                 s->ours ? "ours" : "the system's");
    }
}

static void
do_malloc(slot *s)
{
    s->size = random_size();
    s->p = PyObject_Malloc(s->size);
    assert_non_null(s->p);
    assert_int_equal((uintptr_t)s->p % ALIGNMENT, 0);
    s->serial = next_serial++;
    s->ours = s->size >= 1 && s->size <= SMALL_REQUEST_THRESHOLD;
    check_ownership(s);
    fill(s);
}

/* CPython's rule: a small block stays ours only while the new size is
   small; a system block stays the system's whatever the size. */
static void
do_realloc(slot *s)
{
    size_t size = random_size();
    verify(s, s->size);
    s->p = PyObject_Realloc(s->p, size);
    assert_non_null(s->p);
    verify(s, size < s->size ? size : s->size);
    s->ours = s->ours && size >= 1 && size <= SMALL_REQUEST_THRESHOLD;
    s->size = size;
    check_ownership(s);
    s->serial = next_serial++;
    fill(s);
}

static void
do_free(slot *s)
{
    verify(s, s->size);
    check_ownership(s);
    PyObject_Free(s->p);
    s->p = NULL;
}

static void
check_model_against_heap(bool verify_every_block)
{
    size_t ours = 0;
    for (size_t i = 0; i < SLOTS; i++) {
        if (slots[i].p != NULL) {
            if (verify_every_block) {
                verify(&slots[i], slots[i].size);
            }
            ours += slots[i].ours;
        }
    }
    assert_heap_ok();
    assert_int_equal(heap_stats().blocks_in_use, ours);
}

static void
drain(void)
{
    for (size_t i = 0; i < SLOTS; i++) {
        if (slots[i].p != NULL) {
            do_free(&slots[i]);
        }
    }
    assert_heap_ok();
    pymalloc_stats stats = heap_stats();
    assert_int_equal(stats.blocks_in_use, 0);
    assert_int_equal(stats.arenas_current, stats.empty_arenas);
}

static void
test_a_million_random_operations_match_the_model(void **state)
{
    (void)state;
    for (long step = 1; step <= STEPS; step++) {
        slot *s = &slots[next_random() % SLOTS];
        if (s->p == NULL) {
            do_malloc(s);
        } else if (next_random() % 3 == 0) {
            do_realloc(s);
        } else {
            do_free(s);
        }
        if (step % CHECK_EVERY == 0) {
            check_model_against_heap(step % VERIFY_ALL_EVERY == 0);
        }
        if (step % DRAIN_EVERY == 0) {
            drain();
        }
    }
    drain();
    assert_true(heap_stats().arenas_allocated_total > 0);
}

static void
test_random_operations_without_hysteresis(void **state)
{
    (void)state;
    /* CPython's policy, near enough: every empty arena but one is
       unmapped at once.  The most arena churn we can produce. */
    pymalloc_set_empty_arena_limits(1, 1);
    size_t reclaimed = heap_stats().arenas_reclaimed;
    for (long step = 1; step <= STEPS / 4; step++) {
        slot *s = &slots[next_random() % SLOTS];
        if (s->p == NULL) {
            do_malloc(s);
        } else {
            do_free(s);
        }
        if (step % CHECK_EVERY == 0) {
            check_model_against_heap(step % VERIFY_ALL_EVERY == 0);
        }
        if (step % (DRAIN_EVERY / 4) == 0) {
            drain();
        }
    }
    drain();
    assert_true(heap_stats().arenas_reclaimed > reclaimed);
    assert_true(heap_stats().arenas_current <= 1);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_million_random_operations_match_the_model),
        cmocka_unit_test(test_random_operations_without_hysteresis),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
