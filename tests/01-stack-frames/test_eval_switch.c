/* The evaluation loop built the portable way, with a switch instead of
   computed gotos (what a compiler without GNU C's label addresses gets):
   every chapter 1 conformance script prints what CPython prints and ends
   the same way.  As in test_eval_loop.c, this file compiles ceval.c
   itself, here with MINIPY_NO_COMPUTED_GOTOS and Py_DEBUG. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#define MINIPY_NO_COMPUTED_GOTOS 1
#define Py_DEBUG                 1
#include "ceval.c"

#include "minipy_test.h"
#include "sysmodule.h"

#include <dirent.h>

#define CONFORMANCE_DIR "../conformance"

_Static_assert(!USE_COMPUTED_GOTOS, "this suite tests the switch");

/* Read a whole file into a new string. */
static char *
slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *text = calloc(1, 1 << 20);
    assert_non_null(text);
    size_t n = fread(text, 1, (1 << 20) - 1, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

/* Run one script in this process, its standard output to a file, and
   compare with CPython's. */
static bool
same_as_python(const char *name)
{
    char path[512], out_path[600];
    snprintf(path, sizeof path, "%s/%s", CONFORMANCE_DIR, name);
    snprintf(out_path, sizeof out_path, "%s/out.txt", mp_tmpdir());
    char *source = slurp(path);
    fflush(NULL);
    int saved_out = dup(1), saved_err = dup(2);
    int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int null = open("/dev/null", O_WRONLY);
    dup2(out, 1);
    dup2(null, 2);
    mp_setup(NULL);
    interp.filename = name;
    /* an uncaught SystemExit ends it as at the top level */
    int status = 0;
    if (mp_run(source) < 0 && !_PySys_HandleSystemExit(&status)) {
        status = 1;
        PyErr_Print(stderr, name, source);
    }
    fflush(NULL);
    mp_teardown(NULL);
    dup2(saved_out, 1);
    dup2(saved_err, 2);
    close(out);
    close(null);
    close(saved_out);
    close(saved_err);
    char *ours = slurp(out_path);
    unlink(out_path);
    /* a script that holds for 3.13 ("# python: 3.13+") runs on one */
    const char *python = python_path();
    if (strstr(source, "\n# python: 3.13") != NULL && python313_path())
        python = python313_path();
    char *argv[] = {(char *)python, "-S", path, NULL};
    RunResult py = mp_run_argv(argv, RUN_TIMEOUT);
    bool same = strcmp(ours, py.out) == 0 && WEXITSTATUS(py.status) == status;
    if (!same) {
        print_error("%s: exit %d (python %d); minipy printed:\n%.500s\n"
                    "python printed:\n%.500s\n",
                    name, status, WEXITSTATUS(py.status), ours, py.out);
    }
    mp_free_result(&py);
    free(ours);
    free(source);
    return same;
}

static void
test_every_chapter_1_script_runs_as_in_cpython(void **state)
{
    (void)state;
    DIR *dir = opendir(CONFORMANCE_DIR);
    assert_non_null(dir);
    int ran = 0, failed = 0;
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".py") != 0) {
            continue;
        }
        char path[512];
        snprintf(path, sizeof path, "%s/%s", CONFORMANCE_DIR, e->d_name);
        char *source = slurp(path);
        bool chapter1 = strstr(source, "# chapter: 1\n") != NULL;
        free(source);
        if (!chapter1) {
            continue;
        }
        ran++;
        failed += !same_as_python(e->d_name);
    }
    closedir(dir);
    assert_true(ran >= 50);
    assert_int_equal(failed, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_chapter_1_script_runs_as_in_cpython),
    };
    return cmocka_run_group_tests_name("eval loop, switch", tests, NULL, NULL);
}
