#ifndef MINIPY_TEST_H
#define MINIPY_TEST_H

/* Helpers shared by chapter 1's suites.  Each suite defines
   _POSIX_C_SOURCE before any include and includes this after cmocka.h.

   Two ways to try minipy: in this process, through its C API (an
   interpreter made by mp_setup and taken down by mp_teardown), or as a
   program, build/ch01/minipy, run on a script file next to the real
   CPython so that the expected output comes from CPython itself. */

#include "dictobject.h"
#include "errors.h"
#include "eval.h"
#include "frame.h"
#include "funcobject.h"
#include "interp.h"
#include "lexer.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "parser.h"
#include "unicodeobject.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <regex.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* The suites run from tests/01-stack-frames/.  The program is chapter
   1's, or a later chapter's when the Makefile runs these suites against a
   later snapshot. */
#ifndef MINIPY_PROGRAM
#define MINIPY_PROGRAM "../../build/ch01/minipy"
#endif
#define MINIPY_BIN  MINIPY_PROGRAM
#define RUN_TIMEOUT 60.0

/* ---------------------------------------------------------------- in
   process: one interpreter per test */

static inline int
mp_setup(void **state)
{
    (void)state;
    char base;
    struct rlimit limit;
    size_t size = (size_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 &&
        limit.rlim_cur != RLIM_INFINITY) {
        size = (size_t)limit.rlim_cur;
    }
    /* leave cmocka's own frames a megabyte */
    return interp_init("test.py", &base, size - ((size_t)1 << 20));
}

static inline int
mp_teardown(void **state)
{
    (void)state;
    interp_free();
    return 0;
}

/* Parse and run source as the module of the interpreter set up for this
   test: 0, or -1 with interp.error set.  At most once per test. */
static inline int
mp_run(const char *source)
{
    if (compile_module(&interp.module, source) < 0) {
        return -1;
    }
    interp.module_loaded = true;
    return eval_module(interp.module.code, interp.globals);
}

/* A name of the module's namespace after mp_run (borrowed), or NULL. */
static inline PyObject *
mp_global(const char *name)
{
    return PyDict_GetItemString(interp.globals, name);
}

static inline void
assert_global_int(const char *name, int64_t value)
{
    PyObject *op = mp_global(name);
    if (op == NULL || !PyLong_Check(op)) {
        fail_msg("global '%s' is not an int", name);
    }
    assert_int_equal(PyLong_AsLong(op), value);
}

static inline void
assert_global_str(const char *name, const char *text)
{
    PyObject *op = mp_global(name);
    if (op == NULL || !PyUnicode_Check(op)) {
        fail_msg("global '%s' is not a str", name);
    }
    assert_string_equal(PyUnicode_AsUTF8(op), text);
}

/* The message of the pending error, "" if none. */
static inline const char *
mp_error_message(void)
{
    return interp.error.message ? interp.error.message : "";
}

/* A builtin the tests add so that a script can stop and let C look at
   the interpreter's frames: probe() calls the test's function. */
typedef void (*mp_probe_fn)(void);
static mp_probe_fn mp_probe_hook;

static inline PyObject *
mp_probe_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    if (mp_probe_hook != NULL) {
        mp_probe_hook();
    }
    Py_RETURN_NONE;
}

static PyMethodDef mp_probe_def = {"probe", mp_probe_call, 0, 0, false};

static inline void
mp_install_probe(mp_probe_fn hook)
{
    mp_probe_hook = hook;
    PyObject *func = PyCFunction_New(&mp_probe_def, NULL);
    assert_non_null(func);
    assert_int_equal(PyDict_SetItemString(interp.builtins, "probe", func), 0);
    Py_DECREF(func);
}

/* ---------------------------------------------------------------- files */

static char mp_tmpdir_path[64];

/* At exit: the temporary directory and the one script in it go. */
static inline void
mp_remove_tmpdir(void)
{
    char path[96];
    snprintf(path, sizeof path, "%s/script.py", mp_tmpdir_path);
    chmod(path, 0600);
    unlink(path);
    rmdir(mp_tmpdir_path);
}

/* A fresh temporary directory for this process's scripts. */
static inline const char *
mp_tmpdir(void)
{
    if (mp_tmpdir_path[0] == '\0') {
        strcpy(mp_tmpdir_path, "/tmp/minipy-test-XXXXXX");
        if (mkdtemp(mp_tmpdir_path) == NULL) {
            fail_msg("mkdtemp: %s", strerror(errno));
        }
        atexit(mp_remove_tmpdir);
    }
    return mp_tmpdir_path;
}

/* A new empty directory for one run's figures; all of them are removed
   at exit, before mp_tmpdir's own cleanup. */
static char mp_figure_dirs[32][128];
static int mp_nfigure_dirs;

static inline void
mp_remove_figure_dirs(void)
{
    for (int i = 0; i < mp_nfigure_dirs; i++) {
        DIR *d = opendir(mp_figure_dirs[i]);
        for (struct dirent *e; d != NULL && (e = readdir(d)) != NULL;) {
            char path[4096];
            int n = snprintf(path, sizeof path, "%s/%s", mp_figure_dirs[i],
                             e->d_name);
            if (e->d_name[0] != '.' && n > 0 && (size_t)n < sizeof path)
                unlink(path);
        }
        if (d != NULL)
            closedir(d);
        rmdir(mp_figure_dirs[i]);
    }
}

static inline const char *
mp_figure_dir(void)
{
    assert_true(mp_nfigure_dirs < 32);
    char *dir = mp_figure_dirs[mp_nfigure_dirs];
    snprintf(dir, sizeof mp_figure_dirs[0], "%s/figures-%d", mp_tmpdir(),
             mp_nfigure_dirs);
    if (mp_nfigure_dirs++ == 0)
        atexit(mp_remove_figure_dirs);
    assert_int_equal(mkdir(dir, 0700), 0);
    return dir;
}

/* Write size bytes to a new file in the temporary directory; its path,
   valid until the next call. */
static inline const char *
mp_write_bytes(const char *name, const void *data, size_t size)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", mp_tmpdir(), name);
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        fail_msg("cannot write %s", path);
    }
    return path;
}

static inline const char *
mp_write_script(const char *text)
{
    return mp_write_bytes("script.py", text, strlen(text));
}

/* ---------------------------------------------------------------- child
   processes */

typedef struct {
    int status;     /* as waitpid gives it */
    bool timed_out; /* killed after the timeout */
    char *out;      /* what it wrote to stdout, NUL-terminated */
    char *err;
    size_t out_len, err_len;
    double seconds;
} RunResult;

typedef struct {
    pid_t pid;
    int out_fd, err_fd;
    struct timespec started;
} Child;

static inline double
mp_elapsed(struct timespec since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - since.tv_sec) +
           (double)(now.tv_nsec - since.tv_nsec) / 1e9;
}

/* Start argv[0] with stdin from /dev/null and its output in pipes; the
   child gets SIGINT's default action whatever the test runner had. */
static inline Child
mp_spawn(char *const argv[])
{
    int out[2], err[2];
    Child child = {.pid = -1};
    if (pipe(out) != 0 || pipe(err) != 0) {
        fail_msg("pipe: %s", strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, err[0]);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    clock_gettime(CLOCK_MONOTONIC, &child.started);
    int rc = posix_spawnp(&child.pid, argv[0], &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(out[1]);
    close(err[1]);
    if (rc != 0) {
        close(out[0]);
        close(err[0]);
        fail_msg("cannot run %s: %s", argv[0], strerror(rc));
    }
    child.out_fd = out[0];
    child.err_fd = err[0];
    return child;
}

static inline void
mp_read_some(int *fd, char **buf, size_t *len, size_t *cap)
{
    if (*len + 65536 + 1 > *cap) {
        *cap = (*cap + 65536) * 2;
        *buf = realloc(*buf, *cap);
        assert_non_null(*buf);
    }
    ssize_t n = read(*fd, *buf + *len, *cap - *len - 1);
    if (n > 0) {
        *len += (size_t)n;
    } else if (n == 0 || errno != EINTR) {
        close(*fd);
        *fd = -1;
    }
    (*buf)[*len] = '\0';
}

/* Read the child's output until it exits, killing it after timeout
   seconds. */
static inline RunResult
mp_wait(Child *child, double timeout)
{
    RunResult r = {.status = -1};
    size_t out_cap = 1, err_cap = 1;
    r.out = calloc(1, 1);
    r.err = calloc(1, 1);
    assert_true(r.out != NULL && r.err != NULL);
    while (child->out_fd >= 0 || child->err_fd >= 0) {
        double left = timeout - mp_elapsed(child->started);
        if (left <= 0 && !r.timed_out) {
            kill(child->pid, SIGKILL);
            r.timed_out = true;
        }
        struct pollfd fds[2] = {{child->out_fd, POLLIN, 0},
                                {child->err_fd, POLLIN, 0}};
        int ms = left > 0 ? (int)(left * 1000) + 1 : 1000;
        if (poll(fds, 2, ms) < 0 && errno != EINTR) {
            break;
        }
        if (fds[0].revents) {
            mp_read_some(&child->out_fd, &r.out, &r.out_len, &out_cap);
        }
        if (fds[1].revents) {
            mp_read_some(&child->err_fd, &r.err, &r.err_len, &err_cap);
        }
    }
    while (waitpid(child->pid, &r.status, 0) < 0 && errno == EINTR) {
    }
    r.seconds = mp_elapsed(child->started);
    return r;
}

static inline RunResult
mp_run_argv(char *const argv[], double timeout)
{
    Child child = mp_spawn(argv);
    return mp_wait(&child, timeout);
}

static inline void
mp_free_result(RunResult *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

static inline bool
exited_with(RunResult *r, int code)
{
    return !r->timed_out && WIFEXITED(r->status) &&
           WEXITSTATUS(r->status) == code;
}

/* It ended by itself, with the status CPython would give, not killed by
   a signal or by our timeout. */
static inline void
assert_exit_status(RunResult *r, int code)
{
    if (r->timed_out) {
        fail_msg("still running after the timeout; stderr: %.300s", r->err);
    }
    if (WIFSIGNALED(r->status)) {
        fail_msg("killed by signal %d; stderr: %.300s", WTERMSIG(r->status),
                 r->err);
    }
    if (!exited_with(r, code)) {
        fail_msg("exit status %d, expected %d; stderr: %.300s",
                 WEXITSTATUS(r->status), code, r->err);
    }
}

/* The last line of text, without its newline, in buf. */
static inline const char *
last_line(const char *text, char *buf, size_t size)
{
    size_t len = strlen(text);
    while (len > 0 && text[len - 1] == '\n') {
        len--;
    }
    size_t start = len;
    while (start > 0 && text[start - 1] != '\n') {
        start--;
    }
    snprintf(buf, size, "%.*s", (int)(len - start), text + start);
    return buf;
}

static inline void
assert_contains(const char *text, const char *part)
{
    if (strstr(text, part) == NULL) {
        fail_msg("\"%s\" not found in:\n%.2000s", part, text);
    }
}

/* Does text match the POSIX extended regular expression pattern? */
static inline bool
matches(const char *text, const char *pattern)
{
    regex_t re;
    if (regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB) != 0) {
        fail_msg("bad pattern %s", pattern);
    }
    bool found = regexec(&re, text, 0, NULL, 0) == 0;
    regfree(&re);
    return found;
}

/* ---------------------------------------------------------------- minipy
   and CPython on the same script */

/* minipy, with an option or none, on a script holding text. */
static inline RunResult
run_minipy_opts(const char *option, const char *text)
{
    const char *path = mp_write_script(text);
    char *argv[4] = {MINIPY_BIN};
    int argc = 1;
    if (option != NULL) {
        argv[argc++] = (char *)option;
    }
    argv[argc++] = (char *)path;
    return mp_run_argv(argv, RUN_TIMEOUT);
}

static inline RunResult
run_minipy(const char *text)
{
    return run_minipy_opts(NULL, text);
}

/* The executable behind a python command, if it runs and, when
   want_313, is 3.13 or later.  Calling it directly skips pyenv's shims,
   and -S its site packages: each costs about half a second a run. */
static inline bool
resolve_python(const char *command, bool want_313, char *path, size_t size)
{
    char *argv[] = {(char *)command, "-S", "-c",
                    want_313 ? "import sys\n"
                               "if sys.version_info >= (3, 13):\n"
                               "    print(sys.executable)\n"
                             : "import sys; print(sys.executable)",
                    NULL};
    RunResult r = mp_run_argv(argv, RUN_TIMEOUT);
    bool ok = exited_with(&r, 0) && r.out_len > 1 && r.out_len < size;
    if (ok) {
        snprintf(path, size, "%.*s", (int)r.out_len - 1, r.out);
    }
    mp_free_result(&r);
    return ok;
}

/* The CPython the tests compare with: $PYTHON, else python3. */
static inline const char *
python_path(void)
{
    static char path[512];
    if (path[0] == '\0') {
        const char *python = getenv("PYTHON");
        python = python && *python ? python : "python3";
        if (!resolve_python(python, false, path, sizeof path)) {
            snprintf(path, sizeof path, "%s", python);
        }
    }
    return path;
}

/* Run python (with -S) on a script holding text. */
static inline RunResult
run_python_with(const char *python, const char *text)
{
    const char *path = mp_write_script(text);
    char *argv[] = {(char *)python, "-S", (char *)path, NULL};
    return mp_run_argv(argv, RUN_TIMEOUT);
}

static inline RunResult
run_python(const char *text)
{
    return run_python_with(python_path(), text);
}

/* Run python -S -c program with one argument, a file holding text. */
static inline RunResult
run_python_program(const char *python, const char *program, const char *text)
{
    const char *path = mp_write_script(text);
    char *argv[] = {(char *)python,  "-S",         "-c",
                    (char *)program, (char *)path, NULL};
    return mp_run_argv(argv, RUN_TIMEOUT);
}

/* A CPython 3.13 or later, where minipy follows 3.13 and the machine's
   python3 is older: $PYTHON313, pyenv's 3.13, or python3 if it is new
   enough.  NULL if there is none. */
static inline const char *
python313_path(void)
{
    static char path[512];
    static bool looked;
    if (looked) {
        return path[0] ? path : NULL;
    }
    looked = true;
    char prefix[400] = "";
    FILE *p = popen("pyenv prefix 3.13 2>/dev/null", "r");
    if (p != NULL) {
        if (fgets(prefix, sizeof prefix - 16, p) != NULL) {
            prefix[strcspn(prefix, "\n")] = '\0';
            strcat(prefix, "/bin/python3");
        }
        pclose(p);
    }
    const char *candidates[] = {getenv("PYTHON313"), prefix, python_path()};
    for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
        if (candidates[i] != NULL && candidates[i][0] != '\0' &&
            resolve_python(candidates[i], true, path, sizeof path)) {
            return path;
        }
    }
    path[0] = '\0';
    return NULL;
}

/* Run text under minipy and the given CPython: standard output and exit
   status must be the same. */
static inline void
assert_same_as(const char *python, const char *text)
{
    RunResult py = run_python_with(python, text);
    RunResult mp = run_minipy(text);
    if (strcmp(py.out, mp.out) != 0) {
        fail_msg("script:\n%s\npython printed:\n%s\nminipy printed:\n%s\n"
                 "minipy stderr:\n%.500s",
                 text, py.out, mp.out, mp.err);
    }
    assert_false(WIFSIGNALED(mp.status));
    assert_int_equal(WEXITSTATUS(mp.status), WEXITSTATUS(py.status));
    mp_free_result(&py);
    mp_free_result(&mp);
}

static inline void
assert_same_as_python(const char *text)
{
    assert_same_as(python_path(), text);
}

/* Where CPython changed and minipy follows 3.13: compare with 3.13, or
   skip the test on a machine without it. */
static inline void
assert_same_as_python313(const char *text)
{
    const char *python = python313_path();
    if (python == NULL) {
        skip();
    }
    assert_same_as(python, text);
}

/* The last line of stderr, the error, of both: "NameError: name ..."
   CPython 3.13's when there is one, the version minipy follows (3.12
   began adding "Did you mean: 'self.x'?" to that line). */
static inline void
assert_same_error_as_python(const char *text)
{
    char py_line[512], mp_line[512];
    const char *python313 = python313_path();
    RunResult py =
        python313 ? run_python_with(python313, text) : run_python(text);
    RunResult mp = run_minipy(text);
    assert_exit_status(&mp, WEXITSTATUS(py.status));
    assert_string_equal(last_line(mp.err, mp_line, sizeof mp_line),
                        last_line(py.err, py_line, sizeof py_line));
    assert_string_equal(mp.out, py.out);
    mp_free_result(&py);
    mp_free_result(&mp);
}

/* ---------------------------------------------------------------- syntax
   errors, minipy's against CPython's */

typedef struct {
    char kind[64]; /* "SyntaxError", "OK" when it compiled */
    int line;
    int column; /* 1-based */
    char message[512];
} CompileResult;

/* What CPython's compile() says of source (3.13 if there is one). */
static inline CompileResult
python_compile(const char *source)
{
    static const char program[] =
        "import sys\n"
        "src = open(sys.argv[1], 'rb').read()\n"
        "try:\n"
        "    compile(src, 'script.py', 'exec')\n"
        "    print('OK'); print(0); print(0); print('')\n"
        "except Exception as e:\n"
        "    print(type(e).__name__)\n"
        "    print(getattr(e, 'lineno', 0) or 0)\n"
        "    print(getattr(e, 'offset', 0) or 0)\n"
        "    print(getattr(e, 'msg', str(e)))\n";
    const char *python = python313_path();
    RunResult r =
        run_python_program(python ? python : python_path(), program, source);
    CompileResult c = {.line = 0};
    if (sscanf(r.out, "%63[^\n]\n%d\n%d\n%511[^\n]", c.kind, &c.line, &c.column,
               c.message) < 3) {
        fail_msg("python could not compile: %s %s", r.out, r.err);
    }
    mp_free_result(&r);
    return c;
}

/* What minipy's parser says of source, in this process. */
static inline CompileResult
minipy_compile(const char *source)
{
    Module m = {0}; /* a file: "exec" mode */
    arena_init(&m.arena);
    CompileResult c = {.line = 0};
    PyErr_Clear();
    if (compile_module(&m, source) == 0) {
        strcpy(c.kind, "OK");
    } else {
        snprintf(c.kind, sizeof c.kind, "%s",
                 PyErr_KindName(interp.error.kind));
        c.line = interp.error.line;
        c.column = interp.error.column;
        snprintf(c.message, sizeof c.message, "%s", mp_error_message());
    }
    PyErr_Clear();
    arena_free(&m.arena);
    return c;
}

/* The same exception, message and line as CPython; the same column too
   when with_column. */
static inline void
assert_compiles_like_python(const char *source, bool with_column)
{
    CompileResult py = python_compile(source);
    CompileResult mp = minipy_compile(source);
    if (strcmp(py.kind, mp.kind) != 0 || strcmp(py.message, mp.message) != 0 ||
        py.line != mp.line || (with_column && py.column != mp.column)) {
        fail_msg("source:\n%s\npython: %s: %s (line %d, column %d)\n"
                 "minipy: %s: %s (line %d, column %d)",
                 source, py.kind, py.message, py.line, py.column, mp.kind,
                 mp.message, mp.line, mp.column);
    }
}

/* minipy's own refusal of syntax it does not support: the exception,
   a message naming the construct, and the line. */
static inline void
assert_unsupported(const char *source, const char *construct, int line)
{
    CompileResult py = python_compile(source);
    CompileResult mp = minipy_compile(source);
    if (strcmp(py.kind, "OK") != 0) {
        fail_msg("CPython rejects this, so it is no test of minipy's "
                 "subset: %s",
                 source);
    }
    if (strcmp(mp.kind, "NotImplementedError") != 0 ||
        strstr(mp.message, construct) == NULL || mp.line != line) {
        fail_msg("source:\n%s\nexpected NotImplementedError naming '%s' on "
                 "line %d, got %s: %s (line %d)",
                 source, construct, line, mp.kind, mp.message, mp.line);
    }
}

#endif
