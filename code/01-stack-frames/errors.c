/* The exception being raised, and printing it as CPython does. */
#include "errors.h"

#include "suggestions.h"

#include "codeobject.h"
#include "exceptions.h"

#include "interp.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <stdarg.h>
#include <string.h>

const char *
PyErr_KindName(ExcKind kind)
{
    return kind == EXC_NONE ? "" : PyExc_Type(kind)->tp_name;
}

/* Where a traceback goes when there is no memory for one: a few lines
   kept aside, so an out-of-memory error still says where it happened. */
static TracebackEntry tb_reserve[8];
#define TB_RESERVE ((int)(sizeof tb_reserve / sizeof *tb_reserve))

/* Nothing pending after.  The exception object goes last: its class
   may have a __del__, which runs with nothing pending. */
void
PyErr_Clear(void)
{
    PendingError *e = &interp.error;
    PyObject *value = e->value, *context = e->context;
    PyObject *name = e->name, *obj = e->obj;
    PyMem_RawFree(e->message);
    PyMem_RawFree(e->suggestion);
    if (e->tb != tb_reserve)
        PyMem_RawFree(e->tb);
    memset(e, 0, sizeof *e);
    Py_XDECREF(name);
    Py_XDECREF(obj);
    Py_XDECREF(value);
    Py_XDECREF(context);
}

void
_PyErr_SetNameError(PyObject *name)
{
    char *suggestion = _PySuggest_ForName(name); /* before: it may fail */
    PyErr_Format(EXC_NAME, "name '%s' is not defined", PyUnicode_AsUTF8(name));
    interp.error.name = Py_NewRef(name);
    interp.error.suggestion = suggestion;
}

void
_PyErr_SetAttributeError(PyObject *obj, PyObject *name)
{
    interp.error.name = Py_NewRef(name);
    interp.error.obj = Py_NewRef(obj);
    interp.error.in_method = _PySuggest_IsFramesSelf(obj);
}

static void
set_error(ExcKind kind, const char *fmt, va_list ap)
{
    PyErr_Clear();
    PendingError *e = &interp.error;
    e->kind = kind;
    if (interp.exc_info != NULL)
        e->context = Py_NewRef(interp.exc_info);
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    e->message = PyMem_RawMalloc((size_t)(n < 0 ? 0 : n) + 1);
    if (e->message != NULL)
        vsnprintf(e->message, (size_t)n + 1, fmt, ap);
    else
        e->kind = EXC_MEMORY; /* no room to say what went wrong */
}

void
PyErr_Format(ExcKind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error(kind, fmt, ap);
    va_end(ap);
}

/* A compile-time error: it points at a place in the source. */
void
PyErr_SyntaxAtV(ExcKind kind, int line, int column, const char *fmt, va_list ap)
{
    set_error(kind, fmt, ap);
    interp.error.compile_time = true;
    interp.error.line = line;
    interp.error.column = column;
    interp.error.end_column = 0;
}

void
PyErr_SyntaxAt(ExcKind kind, int line, int column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    PyErr_SyntaxAtV(kind, line, column, fmt, ap);
    va_end(ap);
}

/* A KeyError holds the key itself, which a handler may look at, and
   shows its repr. */
void
PyErr_SetKeyError(PyObject *key)
{
    PyObject *text = PyObject_Repr(key); /* what it prints, made now */
    PyObject *exc = text ? _PyExc_New(PyExc_Type(EXC_KEY), &key, 1) : NULL;
    char *message = exc ? PyMem_RawMalloc((size_t)Py_SIZE(text) + 1) : NULL;
    if (message == NULL) {
        Py_XDECREF(text);
        Py_XDECREF(exc);
        PyErr_NoMemory();
        return;
    }
    memcpy(message, PyUnicode_AsUTF8(text), (size_t)Py_SIZE(text) + 1);
    Py_DECREF(text);
    _PyErr_SetObject(exc);
    interp.error.message = message;
}

void
_PyErr_SetObject(PyObject *exc)
{
    if (interp.exc_info != NULL)
        _PyExc_SetContext(exc, interp.exc_info);
    _PyErr_SetRaisedException(exc);
}

void
_PyErr_SetRaisedException(PyObject *exc)
{
    PyErr_Clear();
    PendingError *e = &interp.error;
    PyBaseExceptionObject *b = (PyBaseExceptionObject *)exc;
    e->kind = _PyExc_KindOf(Py_TYPE(exc));
    e->value = exc;
    e->tb = b->tb;
    e->tb_len = e->tb_cap = b->tb_len;
    b->tb = NULL;
    b->tb_len = 0;
}

/* The traceback moves into the exception object: out of the reserve,
   if it is there, into memory of its own (or nowhere, without any). */
static void
give_traceback(PyBaseExceptionObject *b, TracebackEntry *tb, int len)
{
    if (tb == tb_reserve && len > 0) {
        TracebackEntry *copy = PyMem_RawMalloc((size_t)len * sizeof *copy);
        if (copy != NULL)
            memcpy(copy, tb, (size_t)len * sizeof *copy);
        tb = copy;
        len = copy != NULL ? len : 0;
    } else if (tb == tb_reserve) {
        tb = NULL;
    }
    PyMem_RawFree(b->tb);
    b->tb = tb;
    b->tb_len = len;
}

/* The exception object keeps what its lookup knew: name and obj as
   CPython's NameError and AttributeError have them, and the suggestion.
   Without memory for them it goes without. */
static bool
set_attribute(PyObject *exc, const char *attr, PyObject *value)
{
    PyObject *key = PyUnicode_FromString(attr);
    bool ok = key != NULL && PyObject_SetAttr(exc, key, value) == 0;
    Py_XDECREF(key);
    return ok;
}

static void
keep_name(PyObject *exc, PyObject *name, PyObject *obj, char *suggestion)
{
    PyBaseExceptionObject *b = (PyBaseExceptionObject *)exc;
    if (name != NULL && _PyExc_KindOf(Py_TYPE(exc)) != EXC_MEMORY) {
        if (!set_attribute(exc, "name", name) ||
            (obj != NULL && !set_attribute(exc, "obj", obj)))
            PyErr_Clear();
        PyMem_RawFree(b->suggestion);
        b->suggestion = suggestion;
        suggestion = NULL;
    }
    PyMem_RawFree(suggestion);
    Py_XDECREF(name);
    Py_XDECREF(obj);
}

PyObject *
_PyErr_GetRaisedException(void)
{
    PendingError *e = &interp.error;
    PyObject *exc = e->value;
    ExcKind kind = e->kind;
    char *message = e->message;
    TracebackEntry *tb = e->tb;
    int tb_len = e->tb_len;
    PyObject *context = e->context, *name = e->name, *obj = e->obj;
    char *suggestion = e->suggestion;
    memset(e, 0, sizeof *e);
    if (exc == NULL && (exc = _PyExc_FromMessage(kind, message)) == NULL) {
        PyErr_Clear(); /* no memory for it: the MemoryError kept aside */
        exc = _PyExc_SpareMemoryError();
    }
    PyMem_RawFree(message);
    keep_name(exc, name, obj, suggestion);
    give_traceback((PyBaseExceptionObject *)exc, tb, tb_len);
    if (context != NULL)
        _PyExc_SetContext(exc, context);
    Py_XDECREF(context);
    return exc;
}

void
PyErr_NoMemory(void)
{
    PyErr_Format(EXC_MEMORY, "");
}

bool
PyErr_Occurred(void)
{
    return interp.error.kind != EXC_NONE;
}

/* Is the exception being raised one of kind's class or of a subclass? */
bool
PyErr_ExceptionMatches(ExcKind kind)
{
    PendingError *e = &interp.error;
    if (e->kind == EXC_NONE)
        return false;
    PyTypeObject *type = e->value ? Py_TYPE(e->value) : PyExc_Type(e->kind);
    return PyType_IsSubtype(type, PyExc_Type(kind));
}

/* Called by each frame the error leaves, innermost first. */
void
PyErr_AddTraceback(Code *code, Position pos)
{
    PendingError *e = &interp.error;
    TracebackEntry entry = {PyUnicode_AsUTF8(code->co_name), pos.line, pos,
                            code->co_filename, code->co_source};
    if (e->tb_len == e->tb_cap) {
        int cap = e->tb_cap ? 2 * e->tb_cap : 16;
        TracebackEntry *tb = e->tb == tb_reserve ? NULL : e->tb;
        tb = PyMem_RawRealloc(tb, (size_t)cap * sizeof *tb);
        if (tb != NULL && e->tb == tb_reserve)
            memcpy(tb, tb_reserve, sizeof tb_reserve);
        if (tb != NULL) {
            e->tb = tb;
            e->tb_cap = cap;
        } else if (e->tb == NULL) {
            e->tb = tb_reserve;
            e->tb_cap = TB_RESERVE;
        } else {
            /* out of room: the outermost frame so far gives its place to
               the caller, so the traceback still begins at the module */
            e->tb[e->tb_len - 1] = entry;
            return;
        }
    }
    e->tb[e->tb_len++] = entry;
}

/* Where line number `line` of the source starts; NULL past its end. */
static const char *
find_line(const char *source, int line)
{
    if (source == NULL || line < 1)
        return NULL;
    const char *p = source;
    for (int i = 1; i < line && p != NULL; i++) {
        p = strchr(p, '\n');
        if (p != NULL)
            p++;
    }
    return p == NULL || *p == '\0' ? NULL : p;
}

/* Print line number `line` of the source, without its indentation
   (and, strip_end, the white space after it: a traceback's line, not a
   SyntaxError's), and return how much indentation was skipped. */
static int
print_source_line(FILE *out, const char *source, int line, bool strip_end)
{
    const char *p = find_line(source, line);
    if (p == NULL)
        return -1;
    const char *start = p;
    while (*start == ' ' || *start == '\t' || *start == '\f')
        start++;
    const char *end = start;
    while (*end != '\0' && *end != '\n' && *end != '\r')
        end++;
    while (strip_end && end > start &&
           (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\f'))
        end--;
    if (end == start && strip_end)
        return -1; /* a SyntaxError shows even an empty line */
    fprintf(out, "    %.*s\n", (int)(end - start), start);
    return (int)(start - p);
}

/* The line shown under a warning: stripped of white space at both ends
   (the warnings module's line.strip(), for the ASCII white space), and
   not at all when nothing is left. */
static bool
is_space(char c)
{
    return c != '\0' && strchr(" \t\n\v\f\r\x1c\x1d\x1e\x1f", c) != NULL;
}

static void
print_warning_line(FILE *out, int line)
{
    const char *start = find_line(interp.source, line);
    if (start == NULL)
        return;
    if (line == 1 && strncmp(start, "\xEF\xBB\xBF", 3) == 0)
        start += 3; /* the byte order mark is not part of the line */
    const char *end = start + strcspn(start, "\n");
    while (start < end && is_space(*start))
        start++;
    while (end > start && is_space(end[-1]))
        end--;
    if (end > start)
        fprintf(out, "  %.*s\n", (int)(end - start), start);
}

static void
warn_syntax(const char *file, int line, const char *fmt, va_list ap)
{
    if (interp.warnings_made++ < interp.warnings_skip)
        return;
    fprintf(stderr, "%s:%d: SyntaxWarning: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    /* The warnings module shows the line when it can read it from the
       file: not for -c, standard input or the prompt. */
    if (file[0] != '<')
        print_warning_line(stderr, line);
}

void
PyErr_WarnSyntax(int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    warn_syntax(interp.warning_filename ? interp.warning_filename
                                        : interp.filename,
                line, fmt, ap);
    va_end(ap);
}

void
PyErr_WarnSyntaxToken(int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    warn_syntax(interp.filename, line, fmt, ap);
    va_end(ap);
}

static void
print_line(FILE *out, const char *name, const char *message,
           const char *suggestion, bool colon)
{
    if (*message || colon || suggestion)
        fprintf(out, "%s: %s%s\n", name, message, suggestion ? suggestion : "");
    else
        fprintf(out, "%s\n", name);
}

/* An attribute of an exception object, looked up while keeping the
   error being printed; NULL if it has none. */
static PyObject *
attribute_of(PyObject *exc, const char *attr)
{
    PendingError saved = interp.error;
    memset(&interp.error, 0, sizeof interp.error);
    PyObject *key = PyUnicode_FromString(attr);
    PyObject *value = key ? PyObject_GetAttr(exc, key) : NULL;
    Py_XDECREF(key);
    PyErr_Clear();
    interp.error = saved;
    return value;
}

/* What CPython's traceback adds to the last line of an AttributeError
   raised by a lookup (Lib/traceback.py, 3.13); PyMem_RawMalloc'd. */
static char *
attribute_suggestion(PyObject *exc)
{
    if (!PyType_IsSubtype(Py_TYPE(exc), PyExc_Type(EXC_ATTRIBUTE)))
        return NULL;
    PyObject *name = attribute_of(exc, "name"), *obj = attribute_of(exc, "obj");
    char *text = name != NULL && obj != NULL && PyUnicode_Check(name)
                     ? _PySuggest_ForAttribute(obj, name, false)
                     : NULL;
    Py_XDECREF(name);
    Py_XDECREF(obj);
    return text;
}

/* An exception object's str(), computed while keeping the error being
   printed; NULL if it failed (out of memory). */
static PyObject *
str_of(PyObject *exc)
{
    PendingError saved = interp.error;
    memset(&interp.error, 0, sizeof interp.error);
    PyObject *text = PyObject_Str(exc);
    PyErr_Clear();
    interp.error = saved;
    return text;
}

/* "ValueError: message", or the name alone when the message is empty;
   an exception object's message is its str(). */
static void
print_message(FILE *out, PendingError *e)
{
    const char *name = PyErr_KindName(e->kind), *message = e->message;
    PyObject *text = NULL;
    if (e->value != NULL)
        name = _PyExc_ClassName(e->value);
    if (e->value != NULL && message == NULL) {
        text = str_of(e->value);
        message = text ? PyUnicode_AsUTF8(text) : "<exception str() failed>";
    }
    char *found = NULL;
    const char *suggestion = e->suggestion;
    if (e->obj != NULL && e->name != NULL && e->kind == EXC_ATTRIBUTE)
        found = _PySuggest_ForAttribute(e->obj, e->name, e->in_method);
    else if (e->value != NULL && suggestion == NULL)
        suggestion = ((PyBaseExceptionObject *)e->value)->suggestion;
    if (e->value != NULL && suggestion == NULL && found == NULL)
        found = attribute_suggestion(e->value);
    /* the unraisable hook suggests nothing (write_unraisable_exc_file,
       Python/errors.c, 3.13): only the traceback module does */
    print_line(out, name, message ? message : "",
               e->unraisable ? NULL
               : found       ? found
                             : suggestion,
               e->unraisable);
    PyMem_RawFree(found);
    Py_XDECREF(text);
}

static bool
same_place(const TracebackEntry *a, const TracebackEntry *b)
{
    return a->line == b->line && a->filename == b->filename &&
           strcmp(a->function, b->function) == 0;
}

/* A run of identical entries (deep recursion) prints three times, then a
   count of the rest, as CPython does. */
static void
print_traceback(FILE *out, const TracebackEntry *tb, int len,
                const char *filename, const char *source)
{
    if (len > 0)
        fprintf(out, "Traceback (most recent call last):\n");
    int repeats = 0;
    for (int i = len - 1; i >= 0; i--) {
        const TracebackEntry *t = &tb[i];
        bool same = i < len - 1 && same_place(t, &t[1]);
        repeats = same ? repeats + 1 : 0;
        if (repeats >= 3) {
            if (i == 0 || !same_place(t, &t[-1]))
                fprintf(out, "  [Previous line repeated %d more time%s]\n",
                        repeats - 2, repeats - 2 == 1 ? "" : "s");
            continue;
        }
        fprintf(out, "  File \"%s\", line %d, in %s\n",
                t->filename ? t->filename : filename, t->line, t->function);
        /* the unraisable hook prints with 3.13's C code: the first
           line alone, no carets, and only from a file it can read */
        const char *text = t->filename ? t->source : source;
        const char *name = t->filename ? t->filename : filename;
        if (interp.error.unraisable && name[0] == '<')
            continue;
        if (interp.error.unraisable ||
            !_PyTraceback_PrintSpan(out, text, &t->pos))
            print_source_line(out, text, t->line, true);
    }
}

/* The exceptions printed so far in one report: each once. */
typedef struct {
    PyObject *items[64];
    int n;
} Seen;

static bool
first_time(Seen *seen, PyObject *exc)
{
    for (int i = 0; i < seen->n; i++)
        if (seen->items[i] == exc)
            return false;
    if (seen->n == (int)(sizeof seen->items / sizeof *seen->items))
        return false; /* a chain that long: the rest is left out */
    seen->items[seen->n++] = exc;
    return true;
}

static void print_exception(FILE *out, PyObject *exc, Seen *seen,
                            const char *filename, const char *source);

/* What an exception was chained to, printed before it: the exception it
   was raised from, or, unless that is suppressed, the one being handled
   when it was raised (CPython's print_exception_recursive). */
static void
print_chain(FILE *out, PyObject *cause, PyObject *context, bool suppress,
            Seen *seen, const char *filename, const char *source)
{
    if (cause != NULL && first_time(seen, cause)) {
        print_exception(out, cause, seen, filename, source);
        fputs("\nThe above exception was the direct cause of the following "
              "exception:\n\n",
              out);
    } else if (context != NULL && !suppress && first_time(seen, context)) {
        print_exception(out, context, seen, filename, source);
        fputs("\nDuring handling of the above exception, another exception "
              "occurred:\n\n",
              out);
    }
}

static void
print_exception(FILE *out, PyObject *exc, Seen *seen, const char *filename,
                const char *source)
{
    PyBaseExceptionObject *b = (PyBaseExceptionObject *)exc;
    print_chain(out, b->cause, b->context, b->suppress_context, seen, filename,
                source);
    print_traceback(out, b->tb, b->tb_len, filename, source);
    PyObject *text = str_of(exc);
    char *found = b->suggestion ? NULL : attribute_suggestion(exc);
    print_line(out, _PyExc_ClassName(exc),
               text ? PyUnicode_AsUTF8(text) : "<exception str() failed>",
               found ? found : b->suggestion, false);
    PyMem_RawFree(found);
    Py_XDECREF(text);
}

static const char CARETS[] = "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
                             "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
                             "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"
                             "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^";

void
PyErr_Print(FILE *out, const char *filename, const char *source)
{
    PendingError *e = &interp.error;
    if (e->compile_time) {
        fprintf(out, "  File \"%s\", line %d\n", filename, e->line);
        int skipped = print_source_line(out, source, e->line, false);
        /* 3.10+ underline all of what is wrong, a token or a node */
        int carets = e->end_column > e->column ? e->end_column - e->column : 1;
        if (skipped >= 0 && e->column > skipped && e->end_column >= 0)
            fprintf(out, "    %*s%.*s\n", e->column - 1 - skipped, "", carets,
                    CARETS);
        print_message(out, e);
        return;
    }
    Seen seen = {{0}, 0};
    PyBaseExceptionObject *b = (PyBaseExceptionObject *)e->value;
    if (b != NULL && first_time(&seen, e->value))
        print_chain(out, b->cause, b->context, b->suppress_context, &seen,
                    filename, source);
    else if (b == NULL)
        print_chain(out, NULL, e->context, false, &seen, filename, source);
    print_traceback(out, e->tb, e->tb_len, filename, source);
    print_message(out, e);
}

/* The C stack in use now is within its size, less a margin kept for
   reporting the error (a quarter of a stack too small for the usual
   margin: ulimit -s 200). */
static bool
c_stack_left(void)
{
    char here;
    uintptr_t base = (uintptr_t)interp.c_stack_base;
    uintptr_t used = base > (uintptr_t)&here ? base - (uintptr_t)&here : 0;
    size_t size = interp.c_stack_size;
    size_t margin = size < 4 * C_STACK_MARGIN ? size / 4 : C_STACK_MARGIN;
    return base == 0 || used <= size - margin;
}

bool
_Py_CStackLeft(void)
{
    return c_stack_left();
}

/* An error that cannot propagate (raised in __del__): printed as
   CPython's unraisable hook prints it, which puts a colon after the
   exception's name even when there is no message. */
void
_PyErr_PrintUnraisable(FILE *out, const char *filename, const char *source)
{
    interp.error.unraisable = true;
    PyErr_Print(out, filename, source);
    interp.error.unraisable = false;
}

/* Recursion in C code (the repr, comparison or hash of containers nested
   deep) stops with RecursionError after C_RECURSION_LIMIT levels, as
   CPython 3.13's does after Py_C_RECURSION_LIMIT, or sooner if the C
   stack runs short. */
int
Py_EnterRecursiveCall(const char *where)
{
    if (interp.c_recursion >= C_RECURSION_LIMIT || !c_stack_left()) {
        PyErr_Format(EXC_RECURSION, "maximum recursion depth exceeded%s",
                     where);
        return -1;
    }
    interp.c_recursion++;
    return 0;
}

void
Py_LeaveRecursiveCall(void)
{
    interp.c_recursion--;
}
