/* Loading a script: its text read whole (from a file, from standard
   input, or -c's argument), checked to be UTF-8 without NUL bytes as
   CPython requires of source code, and compiled. */
#include "interp.h"

#include "lexer.h"
#include "parser.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <errno.h>
#include <string.h>

/* Read the whole script.  NULL with errno set when it cannot be read. */
static char *
read_source(FILE *f, size_t *size)
{
    size_t cap = 1 << 16, len = 0;
    char *text = PyMem_RawMalloc(cap);
    for (size_t n;
         text != NULL && (n = fread(text + len, 1, cap - len - 1, f)) > 0;) {
        len += n;
        if (len + 1 == cap) {
            char *grown = PyMem_RawRealloc(text, cap *= 2);
            if (grown == NULL)
                PyMem_RawFree(text);
            text = grown;
        }
    }
    int error = ferror(f) ? errno : 0;
    if (text == NULL || error) {
        PyMem_RawFree(text);
        errno = error ? error : ENOMEM;
        return NULL;
    }
    text[len] = '\0';
    *size = len;
    return text;
}

/* Source must be UTF-8 without NUL bytes, as CPython requires. */
static int
check_encoding(const char *text, size_t size)
{
    const char *nul = memchr(text, '\0', size);
    if (nul != NULL) {
        int line = 1;
        for (const char *p = text; p < nul; p++)
            line += *p == '\n';
        PyErr_SyntaxAt(EXC_SYNTAX, line, 0,
                       "source code cannot contain null bytes");
        return -1;
    }
    int line = 1;
    for (size_t i = 0; i < size;) {
        uint32_t code;
        Py_ssize_t n = utf8_decode(text + i, (Py_ssize_t)(size - i), &code);
        if (n < 0) {
            PyErr_Format(EXC_SYNTAX,
                         "Non-UTF-8 code starting with '\\x%02x' "
                         "in file %s on line %d, but no encoding declared; "
                         "see https://peps.python.org/pep-0263/ for details",
                         (unsigned char)text[i], interp.filename, line);
            return -1;
        }
        line += text[i] == '\n';
        i += (size_t)n;
    }
    return 0;
}

int
_PySource_Compile(Module *m, const char *text, size_t size)
{
    if (size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3; /* a UTF-8 byte order mark is allowed */
        size -= 3;
    }
    if (check_encoding(text, size) < 0)
        return -1;
    return compile_module(m, text);
}

/* Compile the script's text, interp.source; a traceback shows its lines
   if show_lines. */
static int
load(size_t size, bool show_lines)
{
    if (_PySource_Compile(&interp.module, interp.source, size) < 0)
        return -1;
    _PyCode_SetFile(interp.module.code, interp.filename,
                    show_lines ? interp.source : NULL);
    interp.module_loaded = true;
    return 0;
}

static int
load_from(FILE *f, bool show_lines)
{
    size_t size = 0;
    interp.source = read_source(f, &size);
    if (interp.source == NULL && errno == ENOMEM) {
        PyErr_NoMemory(); /* the file is there, but too big for memory */
        return -1;
    }
    if (interp.source == NULL)
        return -2;
    /* a file's encoding declaration counts (-c's text has none) */
    size_t bom =
        size >= 3 && memcmp(interp.source, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (lexer_check_encoding(interp.source + bom, size - bom, bom > 0) < 0)
        return -1;
    return load(size, show_lines);
}

int
interp_load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -2;
    int status = load_from(f, true);
    int error = errno;
    fclose(f);
    errno = error;
    return status;
}

/* CPython reads standard input once, so its tracebacks show no lines
   from it. */
int
interp_load_stdin(void)
{
    return load_from(stdin, false);
}

int
interp_load_string(const char *text)
{
    size_t size = strlen(text);
    interp.source = PyMem_RawMalloc(size + 1);
    if (interp.source == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memcpy(interp.source, text, size + 1);
    return load(size, true);
}

int
interp_run(void)
{
    return interp_run_code(interp.module.code);
}
