#ifndef REFCOUNT_TEST_H
#define REFCOUNT_TEST_H

/* Helpers shared by chapter 3's suites.  A suite defines _POSIX_C_SOURCE
   before any header, includes cmocka.h, then this file, and sets
   test_stack_base from main.

   Two ways to look at reference counting:
   - in this process: run a script with interp_load and interp_run, then
     read the counts of the objects its globals name, call its functions,
     watch the allocator's statistics, and take it down with interp_free;
   - as a whole program: run ../../build/ch03/minipy, and real CPython on
     the same script, and compare what they print. */

#include "dictobject.h"
#include "errors.h"
#include "interp.h"
#include "listobject.h"
#include "longobject.h"
#include "obmalloc.h"
#include "unicodeobject.h"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* The program: chapter 3's, or a later chapter's when the Makefile runs
   these suites against a later snapshot. */
#ifndef MINIPY_PROGRAM
#define MINIPY_PROGRAM "../../build/ch03/minipy"
#endif
#define MINIPY          MINIPY_PROGRAM
#define CONFORMANCE_DIR "../conformance"

/* Where the test's C stack starts: main's frame. */
static char *test_stack_base;

static inline size_t
test_stack_size(void)
{
    struct rlimit limit;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 &&
        limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur > (1u << 20))
        return (size_t)limit.rlim_cur - (512u << 10);
    return (size_t)8 << 20;
}

static inline pymalloc_stats
heap_stats(void)
{
    pymalloc_stats stats;
    pymalloc_get_stats(&stats);
    return stats;
}

static inline size_t
blocks_in_use(void)
{
    return heap_stats().blocks_in_use;
}

/* Write source to a fresh file under /tmp; path gets its name. */
static inline void
write_script(const char *source, char path[static 64])
{
    strcpy(path, "/tmp/minipy-ch03-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    size_t len = strlen(source);
    assert_int_equal(write(fd, source, len), (ssize_t)len);
    assert_int_equal(close(fd), 0);
}

/* ---- an interpreter in this process ---- */

static struct {
    bool active;
    char path[64];
} session;

/* Start an interpreter and run source in it.  0, or -1 when the script
   raised an error (it stays pending, for the test to look at). */
static inline int
session_run(const char *source)
{
    assert_false(session.active);
    write_script(source, session.path);
    session.active = true;
    assert_int_equal(interp_init("test.py", test_stack_base, test_stack_size()),
                     0);
    assert_int_equal(interp_load(session.path), 0);
    return interp_run();
}

/* Like session_run, for a script that must run without an error. */
static inline void
session_start(const char *source)
{
    if (session_run(source) < 0) {
        PyErr_Print(stderr, "test.py", interp.source);
        fail_msg("the script raised an error");
    }
}

/* Take the interpreter down: the number of objects still alive. */
static inline size_t
session_end(void)
{
    assert_true(session.active);
    session.active = false;
    size_t alive = interp_free();
    unlink(session.path);
    return alive;
}

/* cmocka's teardown: end a session a failed test left running. */
static inline int
session_teardown(void **state)
{
    (void)state;
    if (session.active)
        session_end();
    return 0;
}

/* The object a global name refers to (borrowed). */
static inline PyObject *
global(const char *name)
{
    PyObject *value = PyDict_GetItemString(interp.globals, name);
    if (value == NULL)
        fail_msg("the script has no global '%s'", name);
    return value;
}

/* How many references the object named name has.  Unlike the script's
   sys.getrefcount, no argument slot is counted. */
static inline Py_ssize_t
refs(const char *name)
{
    return Py_REFCNT(global(name));
}

static inline int64_t
global_int(const char *name)
{
    PyObject *value = global(name);
    assert_true(PyLong_Check(value));
    return PyLong_AsLong(value);
}

/* Call the script's function name with n borrowed arguments; the result
   is released, so a call is a statement. */
static inline void
call(const char *name, Py_ssize_t n, PyObject **args)
{
    PyObject *result = PyObject_Call(global(name), args, n, NULL);
    if (result == NULL) {
        PyErr_Print(stderr, "test.py", interp.source);
        fail_msg("%s() raised an error", name);
    }
    Py_DECREF(result);
}

/* ---- whole programs ---- */

typedef struct {
    int status; /* exit status, or 128 + the signal that killed it */
    char *out;
    char *err;
} Outcome;

static inline char *
slurp(int fd)
{
    size_t cap = 4096, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = read(fd, text + len, cap - len - 1)) > 0;) {
        len += (size_t)n;
        if (len + 1 == cap) {
            text = realloc(text, cap *= 2);
            assert_non_null(text);
        }
    }
    text[len] = '\0';
    close(fd);
    return text;
}

static inline int
temp_fd(void)
{
    char path[] = "/tmp/minipy-ch03-out-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    unlink(path);
    return fd;
}

/* Run argv (argv[0] found on PATH, or a path) from directory dir (NULL:
   here) with the variables in env ("NAME=value", NULL-terminated, or
   NULL) set, and MINIPY_CHECK_LEAKS and MINIPY_MALLOC unset unless env
   sets them. */
static inline Outcome
run_argv(const char *const *argv, const char *dir, const char *const *env)
{
    int out = temp_fd(), err = temp_fd();
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (dir != NULL && chdir(dir) != 0)
            _exit(126);
        unsetenv("MINIPY_CHECK_LEAKS");
        unsetenv("MINIPY_MALLOC");
        for (; env != NULL && *env != NULL; env++) {
            char name[64];
            size_t len = strcspn(*env, "=");
            if (len >= sizeof name || (*env)[len] != '=')
                _exit(126);
            memcpy(name, *env, len);
            name[len] = '\0';
            setenv(name, *env + len + 1, 1);
        }
        dup2(out, 1);
        dup2(err, 2);
        alarm(300);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    int wstatus;
    assert_int_equal(waitpid(pid, &wstatus, 0), pid);
    Outcome o;
    o.status =
        WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    o.out = slurp(out);
    o.err = slurp(err);
    return o;
}

static inline Outcome
run_program(const char *program, const char *script, const char *dir,
            const char *const *env)
{
    const char *argv[] = {program, script, NULL};
    return run_argv(argv, dir, env);
}

static inline void
outcome_free(Outcome *o)
{
    free(o->out);
    free(o->err);
}

static inline const char *
python(void)
{
    const char *name = getenv("PYTHON");
    return name != NULL && *name != '\0' ? name : "python3";
}

static inline size_t
count_lines(const char *text)
{
    size_t n = 0;
    for (; *text != '\0'; text++)
        n += *text == '\n';
    return n;
}

/* Run source with minipy and with CPython: standard output and exit
   status must be the same, and the output must have `lines` lines.
   minipy's outcome is returned, for more checks. */
static inline Outcome
same_as_python(const char *source, size_t lines)
{
    char path[64];
    write_script(source, path);
    Outcome mine = run_program(MINIPY, path, NULL, NULL);
    Outcome theirs = run_program(python(), path, NULL, NULL);
    unlink(path);
    if (strcmp(mine.out, theirs.out) != 0 || mine.status != theirs.status)
        fail_msg("minipy (status %d) printed:\n%s\n%s (status %d) "
                 "printed:\n%s\nminipy's stderr:\n%s",
                 mine.status, mine.out, python(), theirs.status, theirs.out,
                 mine.err);
    assert_int_equal(count_lines(mine.out), lines);
    outcome_free(&theirs);
    return mine;
}

/* ---- running on a thread of a chosen stack size ---- */

typedef struct {
    void (*body)(void *);
    void *arg;
} ThreadJob;

static inline void *
thread_main(void *p)
{
    ThreadJob *job = p;
    job->body(job->arg);
    return NULL;
}

/* Run body(arg) on a thread whose C stack is stack_size bytes.  The body
   must not use cmocka's assertions: it records, the test checks. */
static inline void
run_on_thread(size_t stack_size, void (*body)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_t thread;
    ThreadJob job = {body, arg};
    assert_int_equal(pthread_attr_init(&attr), 0);
    assert_int_equal(pthread_attr_setstacksize(&attr, stack_size), 0);
    assert_int_equal(pthread_create(&thread, &attr, thread_main, &job), 0);
    assert_int_equal(pthread_join(thread, NULL), 0);
    pthread_attr_destroy(&attr);
}

/* ---- the conformance scripts ---- */

typedef struct {
    char name[256];
    int chapter;       /* its "# chapter: N" line */
    bool leaks_cycles; /* its "# leaks: cycles" line */
} ConformanceScript;

/* The first chapter a script declares, 0 without a "# chapter:" line. */
static inline void
read_header(const char *path, ConformanceScript *script)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[512];
    script->chapter = 0;
    script->leaks_cycles = false;
    while (fgets(line, sizeof line, f) != NULL) {
        int n;
        if (script->chapter == 0 && sscanf(line, "# chapter: %d", &n) == 1)
            script->chapter = n;
        if (strcmp(line, "# leaks: cycles\n") == 0 ||
            strcmp(line, "# leaks: cycles") == 0)
            script->leaks_cycles = true;
    }
    fclose(f);
}

static inline int
by_name(const void *a, const void *b)
{
    return strcmp(((const ConformanceScript *)a)->name,
                  ((const ConformanceScript *)b)->name);
}

/* The conformance scripts chapter 3 runs (chapter <= 3), sorted by name;
   their number.  *scripts is malloc'd. */
static inline size_t
conformance_scripts(ConformanceScript **scripts)
{
    DIR *dir = opendir(CONFORMANCE_DIR);
    assert_non_null(dir);
    size_t n = 0, cap = 64;
    *scripts = malloc(cap * sizeof **scripts);
    assert_non_null(*scripts);
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".py") != 0 ||
            len >= sizeof(*scripts)->name)
            continue;
        ConformanceScript s;
        strcpy(s.name, e->d_name);
        char path[512];
        snprintf(path, sizeof path, "%s/%s", CONFORMANCE_DIR, s.name);
        read_header(path, &s);
        if (s.chapter < 1 || s.chapter > 3)
            continue;
        if (n == cap) {
            *scripts = realloc(*scripts, (cap *= 2) * sizeof **scripts);
            assert_non_null(*scripts);
        }
        (*scripts)[n++] = s;
    }
    closedir(dir);
    qsort(*scripts, n, sizeof **scripts, by_name);
    return n;
}

#endif
