#ifndef MINIPY_PYMAIN_H
#define MINIPY_PYMAIN_H

#include "common.h"

#include <stddef.h>

/* What the command line asks for (main.c reads it). */
typedef struct {
    const char *command; /* -c CMD: the program, as text */
    const char *script;  /* its file, "-" for standard input, or NULL */
    char **args;         /* the arguments after it: sys.argv[1:] */
    int nargs;
    const char *dot_dir; /* --dot DIR or --dot-every DIR */
    bool dot_every;      /* --dot-every: a figure after every line */
    bool trace;          /* --trace */
    bool dis;            /* --dis */
    bool inspect;        /* -i: the prompt after the program */
    bool quiet;          /* -q: no banner before the prompt */
} PyMainConfig;

/* Run what config asks for, as CPython 3.13's Py_RunMain does
   (Modules/main.c): -c's command, the script, or standard input read
   as a script; then the prompt, with -i, or when there is no script and
   standard input is a terminal.  The exit status; *interrupted is set
   when KeyboardInterrupt ended the program. */
int _Py_RunMain(const PyMainConfig *config, char *stack_base, size_t stack_size,
                bool *interrupted);

#endif
