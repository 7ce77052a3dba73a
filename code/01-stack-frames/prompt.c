/* The prompt: CPython's read-eval-print loop (Python/pythonrun.c,
   _PyRun_InteractiveLoopObject and PyRun_InteractiveOneObjectEx, 3.13).
   A statement is read a line at a time, after ">>> " for its first line
   and "... " for the others, both on stderr; it is compiled on its own,
   in "single" mode, and run in __main__; an error is printed and
   forgotten, and the prompt goes on until the input ends.

   Each statement is a program of its own, so nothing is shared between
   two of them: `a = 500` and then `b = 500` make two ints, where a file
   holding both lines makes one (chapter 4). */
#define _POSIX_C_SOURCE 200809L

#include "interp.h"

#include "codeobject.h"
#include "dis.h"
#include "pymem.h"
#include "sysmodule.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A statement whose code objects may outlive its run: it made a
   function or a class, which can still be called.  Code objects live in
   their program's arena (codeobject.h), so the arena stays until exit;
   every other statement is freed as soon as it has run. */
struct Statement {
    Statement *previous;
    Module module;
    char *text;
};

static void
free_statement(Statement *st)
{
    arena_free(&st->module.arena);
    PyMem_RawFree(st->text);
    PyMem_RawFree(st);
}

void
_PyRun_FreeStatements(void)
{
    while (interp.statements != NULL) {
        Statement *st = interp.statements;
        interp.statements = st->previous;
        free_statement(st);
    }
}

/* Does the code hold a def or a class (another code object)? */
static bool
makes_code(Code *code)
{
    for (int i = 0; i < code->co_nconsts; i++)
        if (PyCode_Check(code->co_consts[i]))
            return true;
    return false;
}

/* The statement's output waits in stdout's buffer, if it has one (a
   pipe's), until the traceback is out: CPython flushes its streams after
   printing an error (Python/pythonrun.c, flush_io). */
/* sys.exit() at the prompt ends it, with the status it gives. */
static bool exiting;
static int exit_status;

static void
print_error(const char *text)
{
    if (_PySys_HandleSystemExit(&exit_status)) {
        exiting = true;
        fflush(stdout);
        return;
    }
    PyErr_Print(stderr, "<stdin>", text);
    PyErr_Clear();
    fflush(stdout);
}

/* Compile the lines typed so far as one statement and run it: true, or
   false (nothing is run) when more lines could complete it, to be read
   first.  final: no more lines will come. */
static bool
run_statement(const char *text, size_t len, bool final, bool dis, int input)
{
    Statement *st = PyMem_RawCalloc(1, sizeof *st);
    char *copy = PyMem_RawMalloc(len + 1);
    if (st == NULL || copy == NULL) {
        PyMem_RawFree(st);
        PyMem_RawFree(copy);
        PyErr_NoMemory();
        print_error(NULL);
        return true;
    }
    memcpy(copy, text, len + 1);
    st->text = copy;
    arena_init(&st->module.arena);
    st->module.interactive = true;
    st->module.allow_incomplete = !final;
    /* 3.13 names each input "<stdin>-N" in its warnings, N counting the
       reads at ">>> " from 0 (its REPL keeps each input for tracebacks
       under that name, Python/pythonrun.c). */
    char name[32];
    snprintf(name, sizeof name, "<stdin>-%d", input);
    interp.warning_filename = name;
    interp.warnings_made = 0;
    int status = _PySource_Compile(&st->module, copy, len);
    interp.warning_filename = NULL;
    if (status < 0 && PyErr_ExceptionMatches(EXC_INCOMPLETE_INPUT)) {
        /* the lines so far compile again with the next: what they
           warned of, CPython's tokenizer said once, as they came */
        interp.warnings_skip = interp.warnings_made;
        PyErr_Clear();
        free_statement(st);
        return false;
    }
    interp.warnings_skip = 0;
    bool run = status == 0 && !dis;
    if (status == 0) {
        _PyCode_SetFile(st->module.code, "<stdin>", st->text);
        if (dis)
            _PyCode_Disassemble(stdout, st->module.code);
        else
            status = interp_run_code(st->module.code);
    }
    if (status < 0)
        print_error(st->text);
    fflush(stdout);
    if (run && makes_code(st->module.code)) {
        _PyCode_KeepOwnObjects(st->module.code, &st->module.arena);
        st->previous = interp.statements;
        interp.statements = st;
    } else {
        free_statement(st);
    }
    return true;
}

/* The lines of the statement being typed. */
typedef struct {
    char *data;
    size_t len, cap;
} Lines;

static bool
append(Lines *lines, const char *s, size_t n)
{
    if (lines->len + n + 1 > lines->cap) {
        size_t cap = 2 * (lines->len + n + 1);
        char *grown = PyMem_RawRealloc(lines->data, cap);
        if (grown == NULL)
            return false;
        lines->data = grown;
        lines->cap = cap;
    }
    memcpy(lines->data + lines->len, s, n);
    lines->len += n;
    lines->data[lines->len] = '\0';
    return true;
}

int
_PyRun_InteractiveLoop(FILE *in, bool dis)
{
    Lines lines = {0};
    char *line = NULL;
    size_t cap = 0;
    int reads = 0, input = 0; /* reads at ">>> "; the statement's first */
    exiting = false;
    exit_status = 0;
    while (!exiting) {
        fflush(stdout);
        if (lines.len == 0)
            input = reads++;
        fputs(lines.len == 0 ? ">>> " : "... ", stderr);
        fflush(stderr);
        errno = 0;
        ssize_t n = getline(&line, &cap, in);
        if (n < 0 && errno == EINTR) {
            /* Ctrl-C: what was typed of the statement goes */
            clearerr(in);
            interp.interrupted = 0;
            fputs("\nKeyboardInterrupt\n", stderr);
            lines.len = 0;
            interp.warnings_skip = 0;
            continue;
        }
        if (n < 0) {
            /* The end of the input (Ctrl-D on a terminal) ends the
               statement being typed, if any, and then the prompt. */
            fputc('\n', stderr);
            clearerr(in);
            if (lines.len == 0)
                break;
            run_statement(lines.data, lines.len, true, dis, input);
            lines.len = 0;
            continue;
        }
        bool whole = line[n - 1] == '\n';
        if (!append(&lines, line, (size_t)n) ||
            (!whole && !append(&lines, "\n", 1))) {
            PyErr_NoMemory();
            print_error(NULL);
            lines.len = 0;
            continue;
        }
        /* a line the input ended in the middle of waits, as CPython's
           does, for the next read to say the input has ended */
        if (whole && run_statement(lines.data, lines.len, false, dis, input))
            lines.len = 0;
    }
    free(line); /* getline's, from malloc */
    PyMem_RawFree(lines.data);
    return exit_status;
}
