/* minipy [option] ... [-c cmd | file | -] [arg] ...: the command line
   read as CPython reads its own (Modules/main.c and Python/getopt.c,
   3.13), then run (pymain.c). */
#define _POSIX_C_SOURCE 200809L

#include "cstack.h"
#include "interp.h"
#include "obmalloc.h"
#include "pymain.h"
#include "pymem.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_USAGE 2

static void
usage(FILE *out)
{
    fprintf(out,
            "usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n"
            "Options:\n"
            "-c cmd     run cmd, a program given as a string (the options "
            "end here)\n"
            "-i         after the program, show the prompt, even if "
            "standard input\n"
            "           is not a terminal\n"
            "-q         no version line before the prompt\n"
            "-h         print this help and exit (also --help)\n"
            "-V         print minipy's version and exit (also --version)\n"
            "--dot DIR  at each '# figure: NAME' line, write DIR/NAME.dot\n"
            "--dot-every DIR\n"
            "           a figure after every line that runs: "
            "DIR/step-0001.dot, ...\n"
            "--trace    print memory events to stderr\n"
            "--dis      print the bytecode, as python -m dis does, "
            "instead of running it\n"
            "--malloc=NAME\n"
            "           the object allocator: pymalloc (the default), "
            "debug, malloc\n"
            "           or malloc_debug; also $MINIPY_MALLOC\n"
            "Arguments:\n"
            "file       the program, read from a file\n"
            "-          the program, read from standard input (the "
            "default; the prompt\n"
            "           if standard input is a terminal)\n"
            "arg ...    the program's arguments, in sys.argv[1:]\n");
}

/* A mistake on the command line: CPython's message, then its two
   lines of usage; exit status 2. */
static int
usage_error(void)
{
    fprintf(stderr, "usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n"
                    "Try `minipy -h' for more information.\n");
    return EXIT_USAGE;
}

static int
missing_argument(const char *option)
{
    fprintf(stderr, "Argument expected for the %s option\n", option);
    return usage_error();
}

static const char *allocator; /* --malloc=NAME, or NULL: $MINIPY_MALLOC */

/* An option of minipy's own, a long one: 1 if it is one, 0 if not, or
   an exit status (+ 1) for a usage error. */
static int
long_option(int argc, char **argv, int *i, PyMainConfig *config)
{
    const char *arg = argv[*i];
    if (strcmp(arg, "--trace") == 0) {
        config->trace = true;
    } else if (strcmp(arg, "--dis") == 0) {
        config->dis = true;
    } else if (strcmp(arg, "--dot") == 0) {
        if (*i + 1 >= argc)
            return missing_argument(arg) + 1;
        config->dot_dir = argv[++*i];
    } else if (strncmp(arg, "--dot=", 6) == 0) {
        config->dot_dir = arg + 6;
    } else if (strcmp(arg, "--dot-every") == 0) {
        if (*i + 1 >= argc)
            return missing_argument(arg) + 1;
        config->dot_dir = argv[++*i];
        config->dot_every = true;
    } else if (strncmp(arg, "--dot-every=", 12) == 0) {
        config->dot_dir = arg + 12;
        config->dot_every = true;
    } else if (strncmp(arg, "--malloc=", 9) == 0) {
        allocator = arg + 9;
    } else {
        return 0;
    }
    return 1;
}

/* 0 to run, -1 to exit at once with status 0 (--help, --version), or
   the exit status of a usage error.  The options stop at the first
   argument that is not one: the script, "-", or -c's command. */
static int
parse_args(int argc, char **argv, PyMainConfig *config)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        }
        if (arg[1] == '-') {
            if (strcmp(arg, "--help") == 0) {
                usage(stdout);
                return -1;
            }
            if (strcmp(arg, "--version") == 0) {
                printf("minipy %s\n", MINIPY_VERSION);
                return -1;
            }
            int own = long_option(argc, argv, &i, config);
            if (own > 1)
                return own - 1;
            if (own == 0) {
                fprintf(stderr, "unknown option %s\n", arg);
                return usage_error();
            }
            continue;
        }
        for (const char *p = arg + 1; *p != '\0'; p++) {
            switch (*p) {
            case 'c':
                /* the rest of this argument, or the next one */
                config->command = p[1] != '\0'   ? p + 1
                                  : i + 1 < argc ? argv[++i]
                                                 : NULL;
                if (config->command == NULL)
                    return missing_argument("-c");
                config->args = argv + i + 1;
                config->nargs = argc - i - 1;
                return 0;
            case 'i':
                config->inspect = true;
                break;
            case 'q':
                config->quiet = true;
                break;
            case 'h':
            case '?':
                usage(stdout);
                return -1;
            case 'V':
                printf("minipy %s\n", MINIPY_VERSION);
                return -1;
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                return usage_error();
            }
        }
    }
    if (i < argc) {
        config->script = argv[i];
        config->args = argv + i + 1;
        config->nargs = argc - i - 1;
    }
    return 0;
}

/* --trace: arenas come from the OS and go back to it. */
static void
trace_arena(bool mapped, uintptr_t address, void *ctx)
{
    (void)ctx;
    if (mapped)
        trace_printf("[arena] mapped a %zu KiB arena at %#lx\n",
                     (size_t)ARENA_SIZE >> 10, (unsigned long)address);
    else
        trace_printf("[arena] returned the arena at %#lx to the OS\n",
                     (unsigned long)address);
}

static void
on_sigint(int signo)
{
    (void)signo;
    interp.interrupted = 1;
    interp.eval_breaker = 1;
}

int
main(int argc, char **argv)
{
    PyMainConfig config = {0};
    int parsed = parse_args(argc, argv, &config);
    if (parsed != 0)
        return parsed < 0 ? 0 : parsed;
    if (PyMem_SetupAllocator(allocator) < 0) {
        fprintf(stderr,
                "minipy: unknown allocator '%s' (from %s): choose "
                "pymalloc, debug, malloc or malloc_debug\n",
                allocator ? allocator : getenv("MINIPY_MALLOC"),
                allocator ? "--malloc" : "MINIPY_MALLOC");
        return EXIT_USAGE;
    }
    if (config.trace)
        pymalloc_set_arena_observer(trace_arena, NULL);

    /* Ctrl-C becomes KeyboardInterrupt, unless whoever started us made
       the process ignore it (a shell's background job): CPython installs
       its handler only over the default (Modules/signalmodule.c, 3.13).
       Without SA_RESTART, it also stops the prompt's wait for a line. */
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
    bool interrupted = false;
    int status = _Py_RunMain(&config, stack_base, stack_size, &interrupted);
    fflush(stdout);
    if (interrupted) {
        /* die of SIGINT, as CPython does, so the shell sees 130 */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    return status;
}
