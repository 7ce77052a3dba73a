/* Running what the command line asks for, as CPython 3.13's
   pymain_run_python does (Modules/main.c): -c's command, a script file,
   or the script on standard input; and then the prompt. */
#define _POSIX_C_SOURCE 200809L

#include "pymain.h"

#include "dictobject.h"
#include "dis.h"
#include "figure.h"
#include "interp.h"
#include "sysmodule.h"
#include "unicodeobject.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define EXIT_USAGE 2

static int
cannot_open(const char *script, int error)
{
    fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n", script,
            error, strerror(error));
    return EXIT_USAGE;
}

/* The script's path as CPython shows it in tracebacks, warnings and
   messages: the current directory in front of a relative one, nothing
   normalized ("./x.py" stays in it), as Python/fileutils.c's _Py_abspath
   makes it.  sys.argv[0] keeps what was typed.  NULL: it is absolute
   already, or the directory is unknown; else malloc'd. */
static char *
absolute_path(const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL)
        return NULL;
    size_t size = strlen(cwd) + strlen(path) + 2;
    char *absolute = malloc(size);
    if (absolute != NULL)
        snprintf(absolute, size, "%s/%s", cwd, path);
    return absolute;
}

/* 0, or the errno that says why the script cannot be read. */
static int
check_script(const char *script)
{
    struct stat st;
    if (stat(script, &st) != 0)
        return errno;
    return S_ISDIR(st.st_mode) ? EISDIR : 0;
}

/* Run what interp_load* loaded (its result, loaded): the exit status. */
static int
run_loaded(int loaded, const PyMainConfig *config, bool *interrupted)
{
    if (loaded == -2)
        return cannot_open(interp.filename, errno);
    if (loaded == 0 && config->dis) {
        _PyCode_Disassemble(stdout, interp.module.code);
        return 0;
    }
    if (loaded == 0 && interp_run() == 0)
        return 0;
    fflush(stdout);
    /* an uncaught SystemExit ends the program quietly; with -i the
       prompt comes next, and it is shown as any error (CPython's
       _Py_HandleSystemExit leaves it alone when inspect is set) */
    int status;
    if (!config->inspect && _PySys_HandleSystemExit(&status))
        return status;
    *interrupted = PyErr_ExceptionMatches(EXC_KEYBOARD_INTERRUPT);
    PyErr_Print(stderr, interp.filename, interp.source);
    PyErr_Clear();
    return 1;
}

/* CPython binds __file__ while a file runs and takes it away after
   (Python/pythonrun.c, _PyRun_SimpleFileObject): the prompt has none. */
static void
forget_file(void)
{
    PyObject *name = PyUnicode_FromString("__file__");
    if (name == NULL || PyDict_DelItem(interp.globals, name) < 0)
        PyErr_Clear();
    Py_XDECREF(name);
}

int
_Py_RunMain(const PyMainConfig *config, char *stack_base, size_t stack_size,
            bool *interrupted)
{
    const char *script = config->script;
    bool from_stdin =
        config->command == NULL && (script == NULL || strcmp(script, "-") == 0);
    /* standard input is read as typed at the prompt when it is a
       terminal or -i says so (CPython's stdin_is_interactive) */
    bool interactive = isatty(STDIN_FILENO) || config->inspect;
    bool prompt_only = from_stdin && interactive;
    char *absolute =
        config->command || from_stdin ? NULL : absolute_path(script);
    const char *shown = absolute != NULL ? absolute : script;
    const char *filename = config->command ? "<string>"
                           : prompt_only   ? NULL
                           : from_stdin    ? "<stdin>"
                                           : shown;
    int error = config->command || from_stdin ? 0 : check_script(script);
    if (error != 0 && !config->inspect) {
        int status = cannot_open(shown, error);
        free(absolute);
        return status;
    }

    *interrupted = false;
    if (interp_init(filename, stack_base, stack_size) < 0) {
        fprintf(stderr, "minipy: out of memory while starting\n");
        interp_free();
        free(absolute);
        return 1;
    }
    interp.argv0 = config->command ? "-c" : script ? script : "";
    interp.args = config->args;
    interp.nargs = config->nargs;
    interp.trace = config->trace;
    if (config->dot_dir != NULL &&
        (interp.figures = figures_new(config->dot_dir)) == NULL) {
        fprintf(stderr, "minipy: %s: '%s' is not a directory\n",
                config->dot_every ? "--dot-every" : "--dot", config->dot_dir);
        interp_free();
        free(absolute);
        return EXIT_USAGE;
    }
    if (config->dot_every)
        figures_step_every(interp.figures);

    int status = 0;
    if (prompt_only && !config->quiet)
        fprintf(stderr, "minipy %s on %s\n", MINIPY_VERSION, PY_PLATFORM);
    if (config->command != NULL)
        status = run_loaded(interp_load_string(config->command), config,
                            interrupted);
    else if (error != 0)
        status = cannot_open(shown, error);
    else if (!from_stdin)
        status = run_loaded(interp_load(script), config, interrupted);
    else if (!prompt_only)
        status = run_loaded(interp_load_stdin(), config, interrupted);
    forget_file();
    if (prompt_only || config->inspect) {
        if (interp.module_loaded)
            _PyCode_KeepOwnObjects(interp.module.code, &interp.module.arena);
        *interrupted = false;
        status = _PyRun_InteractiveLoop(stdin, config->dis);
    }

    figures_free(interp.figures);
    interp.figures = NULL;
    size_t alive = interp_free();
    free(absolute);
    if (alive > 0 && getenv("MINIPY_CHECK_LEAKS") != NULL) {
        fprintf(stderr, "minipy: %zu objects still alive at exit\n", alive);
        status = 3;
    }
    return status;
}
