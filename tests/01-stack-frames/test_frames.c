/* Frames: what a call pushes, where its locals live, what a return
   pops, and how --trace shows it. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

/* What probe() saw of the running frames. */
static Frame *seen_frame;
static Frame seen_copy;
static PyObject *seen_slots[8];
static int seen_depth;
static const char *seen_names[8];
static size_t seen_chunk_size;

static void
look_at_frames(void)
{
    seen_frame = interp.frame;
    seen_copy = *interp.frame;
    seen_depth = interp.depth;
    seen_chunk_size = interp.stack.chunk->size;
    int n = interp.frame->code->co_nlocals;
    for (int i = 0; i < 8; i++) {
        seen_slots[i] = i < n ? interp.frame->localsplus[i] : NULL;
    }
    int i = 0;
    for (Frame *f = interp.frame; f != NULL && i < 8; f = f->previous) {
        seen_names[i++] = PyUnicode_AsUTF8(f->code->co_name);
    }
}

static const char *
varname(Frame *frame, int i)
{
    return PyUnicode_AsUTF8(frame->code->co_varnames[i]);
}

static void
test_a_frame_is_a_header_and_a_word_per_local(void **state)
{
    (void)state;
    for (int n = 0; n < 50; n += 7) {
        Code code = {.co_nlocals = n};
        assert_int_equal(frame_size(&code), sizeof(Frame) + 8 * (size_t)n);
    }
    assert_int_equal(sizeof(PyObject *), 8);
    assert_int_equal(sizeof(Frame) % sizeof(PyObject *), 0);
}

static void
test_push_fills_the_header_and_clears_every_local(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = {.co_nlocals = 6, .co_firstlineno = 42};
    PyObject *globals = PyDict_New(), *builtins = PyDict_New();
    Frame *frame = frame_push(&stack, &code, globals, builtins, NULL, NULL);
    for (int i = 0; i < 6; i++) {
        frame->localsplus[i] = Py_NewRef(globals); /* dirty the memory */
    }
    frame_pop(&stack, frame);
    frame = frame_push(&stack, &code, globals, builtins, globals, NULL);
    assert_ptr_equal(frame->code, &code);
    assert_ptr_equal(frame->globals, globals);
    assert_ptr_equal(frame->builtins, builtins);
    assert_ptr_equal(frame->locals, globals);
    assert_null(frame->previous);
    assert_null(frame->func);
    assert_null(frame->instr_ptr);        /* no bytecode: nothing to run */
    assert_int_equal(frame->stacktop, 6); /* its stack starts empty */
    assert_false(frame->is_entry);
    assert_int_equal(_PyFrame_GetLineNumber(frame), 42);
    for (int i = 0; i < 6; i++) {
        assert_null(frame->localsplus[i]);
    }
    frame_pop(&stack, frame);
    datastack_free(&stack);
    Py_DECREF(globals);
    Py_DECREF(builtins);
}

static void
test_pop_lets_go_of_every_local(void **state)
{
    (void)state;
    DataStack stack;
    datastack_init(&stack);
    Code code = {.co_nlocals = 3};
    PyObject *value = PyDict_New();
    Frame *frame = frame_push(&stack, &code, NULL, NULL, NULL, NULL);
    for (int i = 0; i < 3; i++) {
        frame->localsplus[i] = Py_NewRef(value);
    }
    frame_pop(&stack, frame);
    for (int i = 0; i < 3; i++) {
        assert_null(frame->localsplus[i]); /* the chunk is still ours */
    }
    assert_ptr_equal(stack.top, (PyObject **)frame);
    Py_DECREF(value);
    datastack_free(&stack);
}

static void
test_arguments_come_first_in_parameter_order(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("def f(second, first):\n"
                            "    inner = [second, first]\n"
                            "    probe()\n"
                            "    later = 1\n"
                            "    return inner\n"
                            "r = f('b', first='a')\n"),
                     0);
    Frame *f = &seen_copy;
    assert_int_equal(f->code->co_argcount, 2);
    assert_int_equal(f->code->co_nlocals, 4);
    assert_string_equal(varname(f, 0), "second");
    assert_string_equal(varname(f, 1), "first");
    assert_string_equal(varname(f, 2), "inner");
    assert_string_equal(varname(f, 3), "later");
    assert_string_equal(PyUnicode_AsUTF8(seen_slots[0]), "b");
    assert_string_equal(PyUnicode_AsUTF8(seen_slots[1]), "a");
    assert_true(PyList_Check(seen_slots[2]));
    assert_null(seen_slots[3]); /* not yet assigned */
    assert_int_equal(f->code->co_framesize, frame_size(f->code));
}

static void
test_previous_links_each_frame_to_its_caller(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("def inner():\n"
                            "    probe()\n"
                            "def middle():\n"
                            "    inner()\n"
                            "def outer():\n"
                            "    middle()\n"
                            "outer()\n"),
                     0);
    assert_string_equal(seen_names[0], "inner");
    assert_string_equal(seen_names[1], "middle");
    assert_string_equal(seen_names[2], "outer");
    assert_string_equal(seen_names[3], "<module>");
    assert_int_equal(seen_depth, 4);
    assert_null(interp.frame);
    assert_int_equal(interp.depth, 0);
}

static void
test_a_callee_frame_sits_right_above_its_caller(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("def f(a):\n"
                            "    probe()\n"
                            "f(1)\n"),
                     0);
    Frame *module = seen_copy.previous;
    assert_ptr_equal((char *)seen_frame,
                     (char *)module + frame_size(module->code));
    assert_int_equal(datastack_offset(&interp.stack, seen_frame),
                     frame_size(module->code));
}

static void
test_a_returned_frame_has_released_its_slots(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("def f(a, b):\n"
                            "    c = [a, b]\n"
                            "    probe()\n"
                            "    return c\n"
                            "r = f(1, 2)\n"),
                     0);
    assert_non_null(seen_slots[2]);
    /* the chunk still holds the popped frame's memory: its slots are
       cleared and the top is back where the frame began */
    for (int i = 0; i < 3; i++) {
        assert_null(seen_frame->localsplus[i]);
    }
    assert_ptr_equal(interp.stack.top, (PyObject **)interp.stack.chunk->data);
}

static void
test_a_returned_list_outlives_the_frame_that_made_it(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("def make():\n"
                            "    items = [1, 2, 3]\n"
                            "    probe()\n"
                            "    return items\n"
                            "kept = make()\n"
                            "kept.append(4)\n"),
                     0);
    PyObject *kept = mp_global("kept");
    assert_ptr_equal(kept, seen_slots[0]);
    assert_int_equal(Py_SIZE(kept), 4);
}

static void
test_the_module_body_keeps_its_names_in_globals(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("x = 1\n"
                            "probe()\n"),
                     0);
    assert_ptr_equal(seen_copy.locals, interp.globals);
    assert_ptr_equal(seen_copy.globals, interp.globals);
    assert_int_equal(seen_copy.code->co_nlocals, 0);
    assert_true(seen_copy.code->co_uses_dict);
    assert_null(seen_copy.func);
    assert_null(seen_copy.previous);
}

static void
test_a_class_body_runs_in_a_frame_of_its_own(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("class A:\n"
                            "    x = 1\n"
                            "    probe()\n"),
                     0);
    assert_string_equal(seen_names[0], "A");
    assert_string_equal(seen_names[1], "<module>");
    assert_true(PyDict_Check(seen_copy.locals));
    assert_ptr_not_equal(seen_copy.locals, interp.globals);
    assert_non_null(PyDict_GetItemString(seen_copy.locals, "x"));
    assert_int_equal(seen_copy.code->co_nlocals, 0);
}

static void
test_a_function_frame_refers_to_its_function(void **state)
{
    (void)state;
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run("def f():\n"
                            "    probe()\n"
                            "f()\n"),
                     0);
    assert_ptr_equal(seen_copy.func, mp_global("f"));
    assert_null(seen_copy.locals);
    assert_ptr_equal(seen_copy.globals, interp.globals);
    assert_ptr_equal(seen_copy.builtins, interp.builtins);
}

static void
test_a_function_with_3000_locals_gets_a_big_chunk(void **state)
{
    (void)state;
    enum { N = 3000 };
    static char source[N * 24 + 100];
    size_t len = 0;
    len += (size_t)sprintf(source + len, "def wide():\n");
    for (int i = 0; i < N; i++) {
        len += (size_t)sprintf(source + len, "    v%d = %d\n", i, i);
    }
    sprintf(source + len, "    probe()\nwide()\n");
    mp_install_probe(look_at_frames);
    assert_int_equal(mp_run(source), 0);
    assert_int_equal(seen_copy.code->co_nlocals, N);
    assert_true(frame_size(seen_copy.code) > DATA_STACK_CHUNK_SIZE);
    assert_true(seen_chunk_size >=
                sizeof(StackChunk) + frame_size(seen_copy.code));
    assert_int_equal(PyLong_AsLong(seen_slots[7]), 7);
    assert_int_equal(interp.stack.nchunks, 1);
}

/* The code object called name among the constants of code. */
static Code *
find_code(Code *code, const char *name)
{
    for (int i = 0; i < code->co_nconsts; i++) {
        PyObject *c = code->co_consts[i];
        if (PyCode_Check(c) &&
            strcmp(PyUnicode_AsUTF8(((Code *)c)->co_name), name) == 0) {
            return (Code *)c;
        }
    }
    fail_msg("no code object %s", name);
    return NULL;
}

static void
test_trace_shows_push_and_pop_with_size_and_offset(void **state)
{
    (void)state;
    const char *source = "def add(a, b):\n"
                         "    c = a + b\n"
                         "    return c\n"
                         "print(add(1, 2))\n";
    RunResult r = run_minipy_opts("--trace", source);
    assert_exit_status(&r, 0);
    assert_string_equal(r.out, "3\n");
    /* the sizes the compiler gives the two frames, locals and stack */
    assert_int_equal(compile_module(&interp.module, source), 0);
    interp.module_loaded = true;
    Code *module = interp.module.code, *add = find_code(module, "add");
    assert_int_equal(add->co_nlocals, 3);
    assert_int_equal(add->co_stacksize, 2);
    char push[160], pop[160], module_push[160];
    snprintf(module_push, sizeof module_push,
             "[frame] push <module>: %zu bytes at chunk 0 offset 0, "
             "depth 1\n",
             frame_size(module));
    snprintf(push, sizeof push,
             "[frame] push add: %zu bytes at chunk 0 offset %zu, depth 2\n",
             frame_size(add), frame_size(module));
    snprintf(pop, sizeof pop,
             "[frame] pop  add: %zu bytes at chunk 0 offset %zu, depth 2\n",
             frame_size(add), frame_size(module));
    assert_contains(r.err, module_push);
    assert_contains(r.err, push);
    assert_contains(r.err, pop);
    assert_true(strstr(r.err, push) < strstr(r.err, pop));
    mp_free_result(&r);
}

static void
test_trace_shows_a_new_chunk_for_a_deep_recursion(void **state)
{
    (void)state;
    RunResult r = run_minipy_opts("--trace", "def down(n):\n"
                                             "    if n > 0:\n"
                                             "        down(n - 1)\n"
                                             "down(400)\n");
    assert_exit_status(&r, 0);
    assert_contains(r.err, "[chunk] new data stack chunk 1: ");
    assert_contains(r.err, "[chunk] freed data stack chunk 1: ");
    assert_true(matches(r.err, "push down: [0-9]+ bytes at chunk 1 "
                               "offset 0, depth [0-9]+"));
    mp_free_result(&r);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_frame_is_a_header_and_a_word_per_local),
        cmocka_unit_test_setup_teardown(
            test_push_fills_the_header_and_clears_every_local, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(test_pop_lets_go_of_every_local,
                                        mp_setup, mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_arguments_come_first_in_parameter_order, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_previous_links_each_frame_to_its_caller, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_a_callee_frame_sits_right_above_its_caller, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_a_returned_frame_has_released_its_slots, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_a_returned_list_outlives_the_frame_that_made_it, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_the_module_body_keeps_its_names_in_globals, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_a_class_body_runs_in_a_frame_of_its_own, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_a_function_frame_refers_to_its_function, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_a_function_with_3000_locals_gets_a_big_chunk, mp_setup,
            mp_teardown),
        cmocka_unit_test_setup_teardown(
            test_trace_shows_push_and_pop_with_size_and_offset, mp_setup,
            mp_teardown),
        cmocka_unit_test(test_trace_shows_a_new_chunk_for_a_deep_recursion),
    };
    return cmocka_run_group_tests_name("frames", tests, NULL, NULL);
}
