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

/* ---- the trace as a history of every count ---- */

/* What the trace said last of one address. */
typedef struct {
    uintptr_t address; /* 0: an empty slot */
    long count;        /* the count after its last line */
    bool freed;
} Seen;

typedef struct {
    Seen *slots;
    size_t cap, used;
    size_t lines; /* count lines checked */
} History;

static inline Seen *
seen(History *h, uintptr_t address)
{
    if (2 * (h->used + 1) > h->cap) {
        History grown = {calloc(h->cap ? 2 * h->cap : 1024, sizeof(Seen)),
                         h->cap ? 2 * h->cap : 1024, 0, h->lines};
        assert_non_null(grown.slots);
        for (size_t i = 0; i < h->cap; i++) {
            if (h->slots[i].address != 0)
                *seen(&grown, h->slots[i].address) = h->slots[i];
        }
        free(h->slots);
        *h = grown;
    }
    size_t i = (address >> 4) & (h->cap - 1);
    while (h->slots[i].address != 0 && h->slots[i].address != address)
        i = (i + 1) & (h->cap - 1);
    if (h->slots[i].address == 0) {
        h->slots[i] = (Seen){address, -1, false};
        h->used++;
    }
    return &h->slots[i];
}

/* A str grown in place (chapter 4): its count is 1 and stays 1.  When
   it had to move, its old address is free from then on and the new one
   holds it: "[resize] str at NEW: count 1, moved from OLD". */
static inline void
check_resize(History *h, const char *line, const char *script)
{
    uintptr_t now = (uintptr_t)strtoull(strstr(line, " at 0x") + 4, NULL, 16);
    const char *from = strstr(line, "moved from 0x");
    Seen *was = seen(h, from ? (uintptr_t)strtoull(from + 11, NULL, 16) : now);
    if (was->freed || (was->count >= 0 && was->count != 1))
        fail_msg("%s: resized with count %ld: %s", script, was->count, line);
    was->count = 1;
    if (from != NULL) {
        was->count = 0;
        was->freed = true;
        Seen *to = seen(h, now); /* may move the table: was is stale */
        if (to->count >= 0 && !to->freed)
            fail_msg("%s: moved onto a live object: %s", script, line);
        to->count = 1;
        to->freed = false;
    }
}

/* One trace line.  Every address's lines must tell one story: made with
   a count of 1, each change by one from where the last left it, freed
   only after a decref to 0, and made again only after it was freed.  An
   object made before the trace began (a constant) starts where its
   first line says. */
static inline void
check_trace_line(History *h, const char *line, const char *script)
{
    char kind[16];
    if (sscanf(line, "[%15[a-z]]", kind) != 1)
        return;
    bool alloc = strcmp(kind, "alloc") == 0, free_ = strcmp(kind, "free") == 0;
    bool inc = strcmp(kind, "incref") == 0, dec = strcmp(kind, "decref") == 0;
    bool resize = strcmp(kind, "resize") == 0;
    if (!alloc && !free_ && !inc && !dec && !resize)
        return;
    const char *at = strstr(line, " at 0x");
    if (at == NULL) /* None, True, False: static, never freed */
        return;
    if (resize) {
        check_resize(h, line, script);
        return;
    }
    Seen *s = seen(h, (uintptr_t)strtoull(at + 4, NULL, 16));
    long before, after;
    if (alloc) {
        if (s->count >= 0 && !s->freed)
            fail_msg("%s: made again while alive: %s", script, line);
        assert_non_null(strstr(line, ": count 1"));
        s->count = 1;
        s->freed = false;
    } else if (free_) {
        if (s->freed || s->count != 0)
            fail_msg("%s: freed with count %ld: %s", script, s->count, line);
        s->freed = true;
    } else {
        const char *counts = strstr(line, ": count ");
        assert_non_null(counts);
        assert_int_equal(sscanf(counts, ": count %ld -> %ld", &before, &after),
                         2);
        if (s->freed || (s->count >= 0 && s->count != before))
            fail_msg("%s: count was %ld%s: %s", script, s->count,
                     s->freed ? " and freed" : "", line);
        if (after != before + (inc ? 1 : -1) || after < 0)
            fail_msg("%s: not a change by one: %s", script, line);
        s->count = after;
        h->lines++;
    }
}

/* Run script with --trace, checking each line as it comes, for its
   first TRACE_LINES lines (a 200,000-deep nesting makes millions). */
#define TRACE_LINES 500000

static inline size_t
check_trace_of(const char *path)
{
    char command[600];
    snprintf(command, sizeof command,
             "cd %s && " MINIPY " --trace %s 2>&1 >/dev/null", CONFORMANCE_DIR,
             path);
    FILE *trace = popen(command, "r");
    assert_non_null(trace);
    History h = {0};
    char line[512];
    size_t n = 0;
    while (n < TRACE_LINES && fgets(line, sizeof line, trace) != NULL) {
        check_trace_line(&h, line, path);
        n++;
    }
    pclose(trace); /* cut short, the program ends on SIGPIPE */
    for (size_t i = 0; n < TRACE_LINES && i < h.cap; i++) {
        if (h.slots[i].address != 0 && h.slots[i].count == 0 &&
            !h.slots[i].freed)
            fail_msg("%s: %#lx reached 0 and was never freed", path,
                     (unsigned long)h.slots[i].address);
    }
    free(h.slots);
    return h.lines;
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
