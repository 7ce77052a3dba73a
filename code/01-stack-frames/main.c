/* minipy [--dot DIR] [--trace] [--dis] SCRIPT.py */
#define _POSIX_C_SOURCE 200809L

#include "cstack.h"
#include "dis.h"
#include "errors.h"
#include "figure.h"
#include "interp.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define EXIT_USAGE 2

typedef struct {
    const char *script;
    const char *dot_dir;
    bool dot_every; /* --dot-every DIR: a figure after every line */
    bool trace;
    bool dis; /* print the bytecode instead of running it */
    int status;
    bool interrupted; /* ended by KeyboardInterrupt */
} Run;

static void
usage(FILE *out)
{
    fprintf(out, "usage: minipy [--dot DIR] [--trace] [--dis] SCRIPT.py\n"
                 "  --dot DIR  at each '# figure: NAME' line, write "
                 "DIR/NAME.dot\n"
                 "  --dot-every DIR  a figure after every line that runs:"
                 " DIR/step-0001.dot...\n"
                 "  --trace    print memory events to stderr\n"
                 "  --dis      print the bytecode, as python -m dis does, "
                 "and stop\n");
}

/* 0 to run, or the exit status for a usage error or --help. */
static int
parse_args(int argc, char **argv, Run *run)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            usage(stdout);
            return -1;
        } else if (strcmp(arg, "--version") == 0) {
            printf("minipy %s\n", MINIPY_VERSION);
            return -1;
        } else if (strcmp(arg, "--trace") == 0) {
            run->trace = true;
        } else if (strcmp(arg, "--dis") == 0) {
            run->dis = true;
        } else if (strcmp(arg, "--dot") == 0 && i + 1 < argc) {
            run->dot_dir = argv[++i];
        } else if (strncmp(arg, "--dot=", 6) == 0) {
            run->dot_dir = arg + 6;
        } else if (strcmp(arg, "--dot-every") == 0 && i + 1 < argc) {
            run->dot_dir = argv[++i], run->dot_every = true;
        } else if (strncmp(arg, "--dot-every=", 12) == 0) {
            run->dot_dir = arg + 12, run->dot_every = true;
        } else if (arg[0] == '-' && arg[1] != '\0') {
            fprintf(stderr, "minipy: unknown option '%s'\n", arg);
            usage(stderr);
            return EXIT_USAGE;
        } else {
            run->script = arg;
            return 0; /* what follows belongs to the script */
        }
    }
    usage(stderr);
    return EXIT_USAGE;
}

static void
on_sigint(int signo)
{
    (void)signo;
    interp.interrupted = 1;
    interp.eval_breaker = 1;
}

static int
cannot_open(const char *script, int error)
{
    fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n", script,
            error, strerror(error));
    return EXIT_USAGE;
}

/* Load and run the script; the exit status. */
static int
run_script(Run *run, char *stack_base, size_t stack_size)
{
    int status = 0;
    if (interp_init(run->script, stack_base, stack_size) < 0) {
        fprintf(stderr, "minipy: out of memory while starting\n");
        interp_free();
        return 1;
    }
    interp.trace = run->trace;
    if (run->dot_dir != NULL &&
        (interp.figures = figures_new(run->dot_dir)) == NULL) {
        fprintf(stderr, "minipy: %s: '%s' is not a directory\n",
                run->dot_every ? "--dot-every" : "--dot", run->dot_dir);
        interp_free();
        return EXIT_USAGE;
    }
    if (run->dot_every)
        figures_step_every(interp.figures);
    int loaded = interp_load(run->script);
    if (loaded == -2) {
        status = cannot_open(run->script, errno);
    } else if (loaded == 0 && run->dis) {
        _PyCode_Disassemble(stdout, interp.module.code);
    } else if (loaded < 0 || interp_run() < 0) {
        fflush(stdout);
        run->interrupted = PyErr_ExceptionMatches(EXC_KEYBOARD_INTERRUPT);
        PyErr_Print(stderr, run->script, interp.source);
        status = 1;
    }
    figures_free(interp.figures);
    interp.figures = NULL;
    size_t alive = interp_free();
    if (alive > 0 && getenv("MINIPY_CHECK_LEAKS") != NULL) {
        fprintf(stderr, "minipy: %zu objects still alive at exit\n", alive);
        status = 3;
    }
    return status;
}

int
main(int argc, char **argv)
{
    Run run = {0};
    int parsed = parse_args(argc, argv, &run);
    if (parsed != 0)
        return parsed < 0 ? 0 : parsed;
    struct stat st;
    if (stat(run.script, &st) != 0)
        return cannot_open(run.script, errno);
    if (S_ISDIR(st.st_mode))
        return cannot_open(run.script, EISDIR);

    /* Ctrl-C becomes KeyboardInterrupt, unless whoever started us made
       the process ignore it (a shell's background job): CPython installs
       its handler only over the default (Modules/signalmodule.c, 3.13). */
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler != SIG_IGN)
        sigaction(SIGINT, &sa, NULL);

    /* Python calls do not use the C stack, so the default stack is
       enough; how big it is bounds C-level recursion (cstack.c). */
    char *stack_base;
    size_t stack_size;
    _Py_CStackMeasure(&stack_base, &stack_size);
    run.status = run_script(&run, stack_base, stack_size);
    fflush(stdout);
    if (run.interrupted) {
        /* die of SIGINT, as CPython does, so the shell sees 130 */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    return run.status;
}
