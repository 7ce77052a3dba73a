#ifndef MINIPY_INTERP_H
#define MINIPY_INTERP_H

#include "errors.h"
#include "frame.h"

#include <signal.h>

typedef struct Figures Figures;
typedef struct Statement Statement;

/* Everything the interpreter knows, in one place. */
typedef struct {
    const char *filename; /* the script's, "<string>" or "<stdin>" */
    /* What a SyntaxWarning calls the source being compiled: NULL for
       filename; at the prompt, CPython 3.13's "<stdin>-N" (prompt.c). */
    const char *warning_filename;
    /* At the prompt each line typed compiles the statement again: the
       warnings its earlier lines printed are not printed twice. */
    int warnings_made, warnings_skip;
    char *source; /* the script's text, for error messages */
    Module module;
    bool module_loaded;
    Statement *statements; /* typed at the prompt, kept (prompt.c) */

    const char *argv0; /* sys.argv[0]: the script, "-c", "-" or "" */
    char **args;       /* sys.argv[1:], nargs of them */
    int nargs;

    DataStack stack;
    Frame *frame; /* the frame running now, the newest */
    int depth;    /* frames on the data stack */
    int recursion_limit;
    int c_recursion;    /* nested C-level recursions (repr, compare) */
    char *c_stack_base; /* where the interpreter's C stack starts */
    size_t c_stack_size;

    PyObject *id_init; /* names the C code looks up */
    PyObject *id_main;
    PyObject *id_del;

    PyObject *builtins;    /* dict */
    PyObject *globals;     /* __main__'s dict */
    PyObject *modules;     /* dict: the modules imported so far */
    PyObject **repr_stack; /* containers whose repr is in progress */
    int repr_len;
    int repr_cap;

    PendingError error;
    PyObject *exc_info; /* the exception a handler is handling, or NULL */
    volatile sig_atomic_t interrupted;  /* set by the SIGINT handler */
    volatile sig_atomic_t eval_breaker; /* a safe point has work to do */
    void (*scheduled)(void);            /* work for the next safe point */

    ObjectState objects; /* refcount.h */
    size_t live_objects; /* objects made and not yet freed */
    dealloc_observer dealloc_observer;
    move_observer move_observer;
    void *dealloc_observer_ctx;

    bool trace; /* --trace: memory events on stderr */
    FILE *trace_out;
    Figures *figures; /* --dot DIR, NULL without */
} Interp;

extern Interp interp;

/* filename is the script's, "<string>" for -c, "<stdin>" for a script
   read from standard input, or NULL for the prompt alone. */
int interp_init(const char *filename, char *c_stack_base, size_t c_stack_size);
/* Take everything down; the number of objects that could not be freed. */
size_t interp_free(void);
/* Read and compile the script (source.c): 0; -1 with an error set; -2
   when the file cannot be read (errno says why). */
int interp_load(const char *path);
int interp_load_stdin(void);              /* the script on standard input */
int interp_load_string(const char *text); /* -c's */
/* Check that text (size bytes) is source code, UTF-8 without NUL
   bytes, and compile it into m (source.c): 0, or -1 with an error. */
int _PySource_Compile(Module *m, const char *text, size_t size);
int interp_run(void); /* run the loaded module; 0 or -1 */
/* Run code, a module's or a statement's, in __main__ (run.c). */
int interp_run_code(Code *code);
/* The prompt (prompt.c): read statements from in and run each, until
   the end of the input; 0.  dis: print each one's bytecode instead. */
int _PyRun_InteractiveLoop(FILE *in, bool dis);
void _PyRun_FreeStatements(void); /* the prompt's, at exit */
void trace_printf(const char *fmt, ...);
/* A safe point (pending.c): 0, or -1 with an error (KeyboardInterrupt). */
int _Py_HandlePending(void);

#endif
