/* The data stack: frames in chunks, a new chunk when a frame does not
   fit, the chunk given back when the frame that began it is popped. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

/* A code object is all frame_push needs: how many locals to make room
   for.  These never run. */
static Code
code_with_locals(int nlocals)
{
    Code code = {.co_nlocals = nlocals, .co_firstlineno = 1};
    code.co_framesize = frame_size(&code);
    return code;
}

static Frame *
push(DataStack *stack, Code *code)
{
    Frame *frame = frame_push(stack, code, NULL, NULL, NULL, NULL);
    assert_non_null(frame);
    return frame;
}

static char *
chunk_end(StackChunk *chunk)
{
    return (char *)chunk + chunk->size;
}

/* Frames pushed until one lands in a new chunk: frames[0..*n-1], the
   last being the first frame of the second chunk. */
static void
push_until_second_chunk(DataStack *stack, Code *code, Frame **frames, int max,
                        int *n)
{
    *n = 0;
    while (stack->nchunks < 2) {
        assert_true(*n < max);
        frames[(*n)++] = push(stack, code);
    }
}

static void
pop_all(DataStack *stack, Frame **frames, int n)
{
    while (n > 0) {
        frame_pop(stack, frames[--n]);
    }
}

static void
test_an_empty_stack_has_no_chunk(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    assert_null(stack.chunk);
    assert_int_equal(stack.nchunks, 0);
    datastack_free(&stack);
}

static void
test_the_first_push_makes_a_16_KiB_chunk(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(3);
    Frame *frame = push(&stack, &code);
    assert_int_equal(stack.nchunks, 1);
    assert_int_equal(stack.chunk->size, DATA_STACK_CHUNK_SIZE);
    assert_int_equal(DATA_STACK_CHUNK_SIZE, 16 * 1024);
    assert_null(stack.chunk->previous);
    assert_ptr_equal(frame, stack.chunk->data);
    assert_ptr_equal(stack.limit, chunk_end(stack.chunk));
    frame_pop(&stack, frame);
    datastack_free(&stack);
}

static void
test_frames_are_pushed_back_to_back(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code small = code_with_locals(0), mid = code_with_locals(2),
         big = code_with_locals(7);
    Frame *a = push(&stack, &small);
    Frame *b = push(&stack, &mid);
    Frame *c = push(&stack, &big);
    assert_ptr_equal((char *)b, (char *)a + frame_size(&small));
    assert_ptr_equal((char *)c, (char *)b + frame_size(&mid));
    assert_ptr_equal((char *)stack.top, (char *)c + frame_size(&big));
    frame_pop(&stack, c);
    frame_pop(&stack, b);
    frame_pop(&stack, a);
    datastack_free(&stack);
}

static void
test_pop_resets_the_top_and_the_next_push_reuses_it(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(4);
    Frame *a = push(&stack, &code);
    PyObject **top = stack.top;
    Frame *b = push(&stack, &code);
    frame_pop(&stack, b);
    assert_ptr_equal(stack.top, top);
    assert_ptr_equal(push(&stack, &code), b);
    frame_pop(&stack, b);
    frame_pop(&stack, a);
    assert_ptr_equal(stack.top, stack.chunk->data);
    datastack_free(&stack);
}

static void
test_a_frame_that_does_not_fit_starts_a_new_chunk(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(100);
    Frame *frames[64];
    int n;
    push_until_second_chunk(&stack, &code, frames, 64, &n);
    StackChunk *first = stack.chunk->previous, *second = stack.chunk;
    assert_int_equal(stack.nchunks, 2);
    assert_non_null(first);
    assert_true(second->size >= 16 * 1024);
    assert_ptr_equal(frames[n - 1], second->data);
    /* the old chunk really was full for this frame */
    assert_true((size_t)(chunk_end(first) - (char *)first->top) <
                frame_size(&code));
    pop_all(&stack, frames, n);
    datastack_free(&stack);
}

static void
test_the_old_chunk_saves_its_top_when_a_new_one_starts(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(100);
    Frame *frames[64];
    int n;
    push_until_second_chunk(&stack, &code, frames, 64, &n);
    StackChunk *first = stack.chunk->previous;
    char *end_of_last_frame = (char *)frames[n - 2] + frame_size(&code);
    assert_ptr_equal((char *)first->top, end_of_last_frame);
    assert_ptr_equal(stack.limit, chunk_end(stack.chunk));
    pop_all(&stack, frames, n);
    datastack_free(&stack);
}

static void
test_popping_the_frame_that_began_a_chunk_frees_it(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(100);
    Frame *frames[64];
    int n;
    push_until_second_chunk(&stack, &code, frames, 64, &n);
    StackChunk *first = stack.chunk->previous;
    PyObject **saved_top = first->top;
    frame_pop(&stack, frames[n - 1]);
    assert_int_equal(stack.nchunks, 1);
    assert_ptr_equal(stack.chunk, first);
    assert_ptr_equal(stack.top, saved_top);
    assert_ptr_equal(stack.limit, chunk_end(first));
    pop_all(&stack, frames, n - 1);
    datastack_free(&stack);
}

static void
test_the_first_chunk_stays_when_the_stack_empties(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(100);
    Frame *frames[64];
    int n;
    push_until_second_chunk(&stack, &code, frames, 64, &n);
    StackChunk *first = stack.chunk->previous;
    pop_all(&stack, frames, n);
    assert_int_equal(stack.nchunks, 1);
    assert_ptr_equal(stack.chunk, first);
    assert_ptr_equal(stack.top, first->data);
    /* and is used again, without a new chunk */
    assert_ptr_equal(push(&stack, &code), first->data);
    assert_int_equal(stack.nchunks, 1);
    frame_pop(&stack, (Frame *)first->data);
    datastack_free(&stack);
}

static void
test_a_frame_bigger_than_16_KiB_gets_a_chunk_big_enough(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(3000); /* about 24 KiB of slots */
    assert_true(frame_size(&code) > DATA_STACK_CHUNK_SIZE);
    Frame *frame = push(&stack, &code);
    assert_true(stack.chunk->size >= sizeof(StackChunk) + frame_size(&code));
    assert_true((char *)frame + frame_size(&code) <= chunk_end(stack.chunk));
    for (int i = 0; i < code.co_nlocals; i++) {
        assert_null(frame->localsplus[i]);
    }
    frame_pop(&stack, frame);
    datastack_free(&stack);
}

static void
test_a_big_frame_on_top_of_small_ones_gets_its_own_chunk(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code small = code_with_locals(1), huge = code_with_locals(5000);
    Frame *a = push(&stack, &small);
    Frame *b = push(&stack, &huge);
    assert_int_equal(stack.nchunks, 2);
    assert_ptr_equal(b, stack.chunk->data);
    assert_true(stack.chunk->size >= sizeof(StackChunk) + frame_size(&huge));
    frame_pop(&stack, b);
    assert_int_equal(stack.nchunks, 1);
    assert_ptr_equal((char *)stack.top, (char *)a + frame_size(&small));
    frame_pop(&stack, a);
    datastack_free(&stack);
}

static void
test_offset_and_chunk_index_of_frames_in_three_chunks(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(250); /* 2 KiB: a handful per chunk */
    enum { N = 40 };
    Frame *frames[N];
    int chunk_of[N];
    size_t offset_of[N];
    for (int i = 0; i < N; i++) {
        int before = stack.nchunks;
        frames[i] = push(&stack, &code);
        bool new_chunk = stack.nchunks != before;
        chunk_of[i] = stack.nchunks - 1;
        offset_of[i] = new_chunk ? 0 : offset_of[i - 1] + frame_size(&code);
    }
    assert_true(stack.nchunks >= 3);
    for (int i = 0; i < N; i++) {
        assert_int_equal(datastack_chunk_index(&stack, frames[i]), chunk_of[i]);
        assert_int_equal(datastack_offset(&stack, frames[i]), offset_of[i]);
    }
    pop_all(&stack, frames, N);
    assert_int_equal(stack.nchunks, 1);
    datastack_free(&stack);
}

static void
test_a_frame_not_on_the_stack_has_no_chunk(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(1);
    Frame *frame = push(&stack, &code);
    Frame elsewhere;
    assert_int_equal(datastack_chunk_index(&stack, &elsewhere), -1);
    assert_int_equal(datastack_chunk_index(&stack, frame), 0);
    frame_pop(&stack, frame);
    datastack_free(&stack);
}

static void
test_free_gives_back_every_chunk(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = code_with_locals(100);
    Frame *frames[64];
    int n;
    push_until_second_chunk(&stack, &code, frames, 64, &n);
    datastack_free(&stack);
    assert_null(stack.chunk);
    assert_int_equal(stack.nchunks, 0);
    assert_null(stack.top);
}

/* A recursion in a real run: its frames fill several chunks, which are
   all given back as it returns. */
static int deepest_nchunks;

static void
note_chunks(void)
{
    deepest_nchunks = interp.stack.nchunks;
}

static void
test_a_deep_recursion_spans_chunks_and_gives_them_back(void **state)
{
    (void)state;
    mp_install_probe(note_chunks);
    assert_int_equal(mp_run("def down(n):\n"
                            "    if n == 0:\n"
                            "        probe()\n"
                            "        return 0\n"
                            "    return down(n - 1)\n"
                            "down(900)\n"),
                     0);
    size_t per_chunk = (DATA_STACK_CHUNK_SIZE - sizeof(StackChunk)) /
                       frame_size(&(Code){.co_nlocals = 1});
    assert_true(deepest_nchunks >= (int)(900 / per_chunk));
    assert_int_equal(interp.stack.nchunks, 1);
    assert_int_equal(interp.depth, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_an_empty_stack_has_no_chunk),
        cmocka_unit_test(test_the_first_push_makes_a_16_KiB_chunk),
        cmocka_unit_test(test_frames_are_pushed_back_to_back),
        cmocka_unit_test(test_pop_resets_the_top_and_the_next_push_reuses_it),
        cmocka_unit_test(test_a_frame_that_does_not_fit_starts_a_new_chunk),
        cmocka_unit_test(
            test_the_old_chunk_saves_its_top_when_a_new_one_starts),
        cmocka_unit_test(test_popping_the_frame_that_began_a_chunk_frees_it),
        cmocka_unit_test(test_the_first_chunk_stays_when_the_stack_empties),
        cmocka_unit_test(
            test_a_frame_bigger_than_16_KiB_gets_a_chunk_big_enough),
        cmocka_unit_test(
            test_a_big_frame_on_top_of_small_ones_gets_its_own_chunk),
        cmocka_unit_test(test_offset_and_chunk_index_of_frames_in_three_chunks),
        cmocka_unit_test(test_a_frame_not_on_the_stack_has_no_chunk),
        cmocka_unit_test(test_free_gives_back_every_chunk),
        cmocka_unit_test_setup_teardown(
            test_a_deep_recursion_spans_chunks_and_gives_them_back, mp_setup,
            mp_teardown),
    };
    return cmocka_run_group_tests_name("datastack", tests, NULL, NULL);
}
