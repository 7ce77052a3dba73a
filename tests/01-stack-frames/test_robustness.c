/* minipy as a new user meets it: odd files, huge files, hostile input,
   bad command lines, Ctrl-C.  Each ends with a message and the exit
   status CPython gives, never a signal, never a hang. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

static RunResult
run_minipy_on(const char *path)
{
    char *argv[] = {MINIPY_BIN, (char *)path, NULL};
    return mp_run_argv(argv, RUN_TIMEOUT);
}

static RunResult
run_minipy_bytes(const void *data, size_t size)
{
    return run_minipy_on(mp_write_bytes("script.py", data, size));
}

/* A script made of n copies of line: its text, to free. */
static char *
repeated(const char *head, const char *line, long n, const char *tail)
{
    size_t len = strlen(head) + strlen(line) * (size_t)n + strlen(tail);
    char *text = malloc(len + 1), *p = text;
    assert_non_null(text);
    p += sprintf(p, "%s", head);
    for (long i = 0; i < n; i++) {
        p += sprintf(p, "%s", line);
    }
    sprintf(p, "%s", tail);
    return text;
}

static void
test_an_empty_file_runs_and_prints_nothing(void **state)
{
    (void)state;
    RunResult r = run_minipy("");
    assert_exit_status(&r, 0);
    assert_string_equal(r.out, "");
    assert_string_equal(r.err, "");
    mp_free_result(&r);
}

static void
test_a_file_of_only_comments_and_blank_lines_runs(void **state)
{
    (void)state;
    RunResult r = run_minipy("# just a comment\n\n   # indented comment\n"
                             "\t\n# last, with no newline");
    assert_exit_status(&r, 0);
    assert_string_equal(r.out, "");
    assert_string_equal(r.err, "");
    mp_free_result(&r);
}

static void
test_a_missing_file_cannot_be_opened(void **state)
{
    (void)state;
    RunResult r = run_minipy_on("no/such/script.py");
    assert_exit_status(&r, 2);
    /* the path made absolute, as CPython shows it */
    assert_contains(r.err, "can't open file '/");
    assert_contains(r.err, "/no/such/script.py': [Errno 2] "
                           "No such file or directory");
    assert_string_equal(r.out, "");
    mp_free_result(&r);
}

static void
test_a_directory_cannot_be_run(void **state)
{
    (void)state;
    RunResult r = run_minipy_on(mp_tmpdir());
    assert_exit_status(&r, 2);
    assert_contains(r.err, "can't open file");
    assert_contains(r.err, mp_tmpdir());
    mp_free_result(&r);
}

static void
test_an_unreadable_file_cannot_be_opened(void **state)
{
    (void)state;
    if (geteuid() == 0) {
        skip(); /* root reads anything */
    }
    const char *path = mp_write_script("print(1)\n");
    chmod(path, 0);
    RunResult r = run_minipy_on(path);
    assert_exit_status(&r, 2);
    assert_contains(r.err, "Permission denied");
    mp_free_result(&r);
}

static void
test_a_binary_file_is_a_syntax_error(void **state)
{
    (void)state;
    unsigned char data[4096];
    unsigned seed = 12345;
    for (size_t i = 0; i < sizeof data; i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (unsigned char)(seed >> 16);
    }
    data[100] = 0;
    RunResult r = run_minipy_bytes(data, sizeof data);
    assert_exit_status(&r, 1);
    assert_contains(r.err, "SyntaxError: ");
    mp_free_result(&r);
}

static void
test_a_nul_byte_is_a_syntax_error_on_its_line(void **state)
{
    (void)state;
    static const char text[] = "x = 1\ny = 2\nz\0 = 3\n";
    const char *path = mp_write_bytes("script.py", text, sizeof text - 1);
    char *py_argv[] = {(char *)python_path(), "-S", (char *)path, NULL};
    RunResult py = mp_run_argv(py_argv, RUN_TIMEOUT);
    RunResult mp = run_minipy_on(path);
    assert_exit_status(&mp, 1);
    assert_string_equal(mp.err, py.err);
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_invalid_utf8_is_a_syntax_error(void **state)
{
    (void)state;
    const char text[] = "x = 1\ny = '\xff'\n";
    RunResult py = run_python(text);
    RunResult mp = run_minipy_bytes(text, sizeof text - 1);
    assert_exit_status(&mp, 1);
    char line[512];
    assert_contains(mp.err, "SyntaxError: Non-UTF-8 code starting with "
                            "'\\xff' in file ");
    assert_contains(last_line(py.err, line, sizeof line), "on line 2");
    assert_contains(mp.err, "on line 2");
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_a_utf8_byte_order_mark_is_allowed(void **state)
{
    (void)state;
    RunResult r = run_minipy_bytes("\xef\xbb\xbfprint('bom')\n", 16);
    assert_exit_status(&r, 0);
    assert_string_equal(r.out, "bom\n");
    mp_free_result(&r);
}

static void
test_a_10_MB_script_runs_correctly_and_fast(void **state)
{
    (void)state;
    /* 500,000 lines, about 10 MB, of assignments, arithmetic,
       subscripts and calls */
    const char *block = "x = x + 1\n"
                        "pair = [x, 'padding padding']\n"
                        "total = total + pair[0] % 7\n"
                        "n = len(pair) + 1234567890\n"
                        "s = 'a string long enough to make 20 bytes'\n";
    char *text = repeated("x = 0\ntotal = 0\n", block, 100000,
                          "print(x, total, n, len(s))\n");
    size_t size = strlen(text);
    assert_true(size >= 10 * 1000 * 1000);
    RunResult py = run_python(text);
    RunResult mp = run_minipy(text);
    assert_exit_status(&mp, 0);
    assert_string_equal(mp.out, py.out);
    print_message("10 MB script (%zu bytes, 500,002 lines): minipy %.2f s, "
                  "python3 %.2f s\n",
                  size, mp.seconds, py.seconds);
    assert_true(mp.seconds < 30);
    free(text);
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_mixed_tabs_and_spaces_are_a_tab_error(void **state)
{
    (void)state;
    assert_same_error_as_python("def f():\n"
                                "\tif True:\n"
                                "\t\treturn 1\n"
                                "        \treturn 2\n"
                                "print(f())\n");
}

static void
test_an_unterminated_string_is_a_syntax_error(void **state)
{
    (void)state;
    assert_same_error_as_python("print('fine')\nx = 'never closed\n");
    assert_same_error_as_python("x = '''never\nclosed\n");
}

static void
test_100000_nested_parentheses_are_too_many(void **state)
{
    (void)state;
    char *open = repeated("x = ", "(", 100000, "1");
    char *text = repeated(open, ")", 100000, "\nprint(x)\n");
    RunResult r = run_minipy(text);
    assert_exit_status(&r, 1);
    char line[256];
    assert_string_equal(last_line(r.err, line, sizeof line),
                        "SyntaxError: too many nested parentheses");
    free(open);
    free(text);
    mp_free_result(&r);
}

static void
test_100000_unary_minus_signs_end_with_an_error(void **state)
{
    (void)state;
    char *text = repeated("x = ", "-", 100000, "1\nprint(x)\n");
    RunResult r = run_minipy(text);
    assert_exit_status(&r, 1);
    assert_true(matches(r.err, "(RecursionError|MemoryError|SyntaxError)"));
    assert_string_equal(r.out, "");
    free(text);
    mp_free_result(&r);
}

static void
test_an_even_number_of_minus_signs_within_limits_runs(void **state)
{
    (void)state;
    char *text = repeated("x = ", "-", 500, "7\nprint(x)\n");
    assert_same_as_python(text);
    free(text);
}

static void
test_a_100000_term_sum_ends_with_an_error(void **state)
{
    (void)state;
    char *text = repeated("x = 1", "+1", 99999, "\nprint(x)\n");
    RunResult py = run_python(text);
    RunResult mp = run_minipy(text);
    assert_exit_status(&mp, 1);
    char py_line[256], mp_line[256];
    assert_string_equal(last_line(mp.err, mp_line, sizeof mp_line),
                        last_line(py.err, py_line, sizeof py_line));
    free(text);
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_a_long_flat_statement_list_runs(void **state)
{
    (void)state;
    char *text = repeated("x = [", "1, ", 100000, "]\nprint(len(x))\n");
    assert_same_as_python(text);
    free(text);
}

static void
test_printing_a_100000_deep_nested_list_ends(void **state)
{
    (void)state;
    const char *script = "x = []\n"
                         "for i in range(100000):\n"
                         "    x = [x]\n"
                         "print('built')\n"
                         "print(x)\n";
    const char *python = python313_path();
    RunResult py = run_python_with(python ? python : python_path(), script);
    char *argv[] = {MINIPY_BIN, (char *)mp_write_script(script), NULL};
    RunResult mp = mp_run_argv(argv, 20);
    assert_exit_status(&mp, WEXITSTATUS(py.status));
    char py_line[256], mp_line[256];
    assert_string_equal(last_line(mp.err, mp_line, sizeof mp_line),
                        last_line(py.err, py_line, sizeof py_line));
    mp_free_result(&py);
    mp_free_result(&mp);
}

/* As CPython does, with no script minipy reads one from standard input
   when that is not a terminal: here /dev/null, an empty program. */
static void
test_no_script_reads_standard_input(void **state)
{
    (void)state;
    char *argv[] = {MINIPY_BIN, NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&r, 0);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "");
    mp_free_result(&r);
}

static void
test_an_unknown_option_is_a_usage_error(void **state)
{
    (void)state;
    char *argv[] = {MINIPY_BIN, "--frobnicate", "x.py", NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&r, 2);
    assert_contains(r.err, "--frobnicate");
    assert_contains(r.err, "usage: minipy");
    mp_free_result(&r);
}

static void
test_dot_without_a_directory_is_a_usage_error(void **state)
{
    (void)state;
    char *argv[] = {MINIPY_BIN, "--dot", NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&r, 2);
    mp_free_result(&r);
    const char *script = mp_write_script("x = 1\n");
    char *argv2[] = {MINIPY_BIN, "--dot", "/no/such/dir", (char *)script, NULL};
    r = mp_run_argv(argv2, RUN_TIMEOUT);
    assert_exit_status(&r, 2);
    assert_contains(r.err, "/no/such/dir");
    mp_free_result(&r);
}

static void
test_help_prints_usage_and_succeeds(void **state)
{
    (void)state;
    char *argv[] = {MINIPY_BIN, "--help", NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&r, 0);
    assert_contains(r.out, "usage: minipy");
    mp_free_result(&r);
}

/* minipy's own options work with -c and at the prompt: --trace shows
   the frame of a program given with -c, --dot draws at a marker typed
   at the prompt (standard input from a file, through the shell). */
static void
test_the_options_work_with_c_and_the_prompt(void **state)
{
    (void)state;
    char *argv[] = {MINIPY_BIN, "--trace", "-c", "x = [1]", NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    assert_exit_status(&r, 0);
    assert_contains(r.err, "[frame] push <module>");
    mp_free_result(&r);

    char dot[128];
    snprintf(dot, sizeof dot, "%s/at_prompt.dot", mp_tmpdir());
    unlink(dot);
    const char *session = mp_write_script("x = [1]\n# figure: at_prompt\nx\n");
    char *shell[] = {"/bin/sh",
                     "-c",
                     "exec \"$0\" --dot \"$1\" -i -q <\"$2\"",
                     MINIPY_BIN,
                     (char *)mp_tmpdir(),
                     (char *)session,
                     NULL};
    r = mp_run_argv(shell, RUN_TIMEOUT);
    assert_exit_status(&r, 0);
    assert_string_equal(r.out, "[1]\n");
    assert_string_equal(r.err, ">>> >>> >>> >>> \n");
    struct stat st;
    assert_int_equal(stat(dot, &st), 0);
    unlink(dot);
    mp_free_result(&r);
}

/* Has pid installed a handler for SIGINT?  (/proc/PID/status, SigCgt) */
static bool
catches_sigint(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    bool caught = false;
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        unsigned long long mask;
        if (sscanf(line, "SigCgt: %llx", &mask) == 1) {
            caught = (mask >> (SIGINT - 1)) & 1;
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    return caught;
}

/* Run script, press Ctrl-C once it is running (its SIGINT handler in
   place, then a moment more), and check that it died of SIGINT as
   CPython does. */
static RunResult
interrupt(const char *script)
{
    char *argv[] = {MINIPY_BIN, (char *)mp_write_script(script), NULL};
    Child child = mp_spawn(argv);
    for (int i = 0; i < 500 && !catches_sigint(child.pid); i++) {
        nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
    }
    nanosleep(&(struct timespec){0, 100 * 1000 * 1000}, NULL);
    kill(child.pid, SIGINT);
    RunResult r = mp_wait(&child, 10);
    assert_false(r.timed_out);
    assert_true(WIFSIGNALED(r.status));
    assert_int_equal(WTERMSIG(r.status), SIGINT);
    return r;
}

static void
test_ctrl_c_stops_a_runaway_loop_like_cpython(void **state)
{
    (void)state;
    RunResult r = interrupt("print('looping')\n"
                            "while True:\n"
                            "    pass\n");
    char line[256];
    assert_string_equal(last_line(r.err, line, sizeof line),
                        "KeyboardInterrupt");
    assert_contains(r.err, "Traceback (most recent call last):");
    assert_string_equal(r.out, "looping\n");
    mp_free_result(&r);
}

static void
test_ctrl_c_stops_a_runaway_recursion_of_loops(void **state)
{
    (void)state;
    RunResult r = interrupt("def spin(n):\n"
                            "    for i in range(n):\n"
                            "        spin(i)\n"
                            "spin(1000)\n");
    assert_contains(r.err, "KeyboardInterrupt");
    mp_free_result(&r);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_an_empty_file_runs_and_prints_nothing),
        cmocka_unit_test(test_a_file_of_only_comments_and_blank_lines_runs),
        cmocka_unit_test(test_a_missing_file_cannot_be_opened),
        cmocka_unit_test(test_a_directory_cannot_be_run),
        cmocka_unit_test(test_an_unreadable_file_cannot_be_opened),
        cmocka_unit_test(test_a_binary_file_is_a_syntax_error),
        cmocka_unit_test(test_a_nul_byte_is_a_syntax_error_on_its_line),
        cmocka_unit_test(test_invalid_utf8_is_a_syntax_error),
        cmocka_unit_test(test_a_utf8_byte_order_mark_is_allowed),
        cmocka_unit_test(test_a_10_MB_script_runs_correctly_and_fast),
        cmocka_unit_test(test_mixed_tabs_and_spaces_are_a_tab_error),
        cmocka_unit_test(test_an_unterminated_string_is_a_syntax_error),
        cmocka_unit_test(test_100000_nested_parentheses_are_too_many),
        cmocka_unit_test(test_100000_unary_minus_signs_end_with_an_error),
        cmocka_unit_test(test_an_even_number_of_minus_signs_within_limits_runs),
        cmocka_unit_test(test_a_100000_term_sum_ends_with_an_error),
        cmocka_unit_test(test_a_long_flat_statement_list_runs),
        cmocka_unit_test(test_printing_a_100000_deep_nested_list_ends),
        cmocka_unit_test(test_no_script_reads_standard_input),
        cmocka_unit_test(test_an_unknown_option_is_a_usage_error),
        cmocka_unit_test(test_dot_without_a_directory_is_a_usage_error),
        cmocka_unit_test(test_help_prints_usage_and_succeeds),
        cmocka_unit_test(test_the_options_work_with_c_and_the_prompt),
        cmocka_unit_test(test_ctrl_c_stops_a_runaway_loop_like_cpython),
        cmocka_unit_test(test_ctrl_c_stops_a_runaway_recursion_of_loops),
    };
    return cmocka_run_group_tests_name("robustness", tests, NULL, NULL);
}
