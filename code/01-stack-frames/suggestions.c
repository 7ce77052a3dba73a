/* "Did you mean": the name nearest to a misspelt one, found as CPython
   3.13 finds it.  The distance is Levenshtein's, counted in UTF-8 bytes:
   a byte inserted, deleted or replaced costs 2, a letter whose case is
   flipped costs 1, after the common prefix and suffix are set aside;
   names over 40 bytes are never near.  A candidate is near enough when
   at most about a third of the bytes of the two must change, (both
   lengths + 3) * 2 / 6; with 750 candidates or more there is no
   suggestion at all (Python/suggestions.c; the candidates, and the words
   around the suggestion, are Lib/traceback.py's, 3.13). */
#include "suggestions.h"

#include "builtins.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "moduleobject.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CANDIDATES = 750, MAX_SIZE = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t
substitution_cost(char a, char b)
{
    if (a == b)
        return 0;
    if ((a & 31) == (b & 31)) { /* perhaps the same letter, other case */
        char la = a >= 'A' && a <= 'Z' ? (char)(a + 32) : a;
        char lb = b >= 'A' && b <= 'Z' ? (char)(b + 32) : b;
        if (la == lb)
            return CASE_COST;
    }
    return MOVE_COST;
}

/* The distance from a to b, or more than max_cost once it must be. */
static size_t
distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na > 0 && nb > 0 && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_SIZE || nb > MAX_SIZE)
        return max_cost + 1;
    if (nb < na) { /* a is the shorter: its row is the buffer */
        const char *t = a;
        a = b, b = t;
        size_t n = na;
        na = nb, nb = n;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[MAX_SIZE];
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST; /* from b[:0] to a[:i+1] */
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diagonal = j * MOVE_COST, minimum = SIZE_MAX;
        result = diagonal;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diagonal + substitution_cost(b[j], a[i]);
            diagonal = row[i];
            size_t shorter =
                (result < diagonal ? result : diagonal) + MOVE_COST;
            result = shorter < substitute ? shorter : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1; /* this whole row is too far already */
    }
    return result;
}

void
_PySuggest_Begin(Suggester *s, const char *name)
{
    s->name = name;
    s->size = strlen(name);
    s->best_distance = SIZE_MAX;
    s->best = NULL;
    s->offered = 0;
}

void
_PySuggest_Offer(Suggester *s, const char *candidate)
{
    s->offered++;
    if (s->offered >= MAX_CANDIDATES || strcmp(candidate, s->name) == 0)
        return;
    size_t size = strlen(candidate);
    size_t max = (s->size + size + 3) * MOVE_COST / 6;
    if (s->best != NULL && s->best_distance - 1 < max)
        max = s->best_distance - 1;
    size_t d = distance(s->name, s->size, candidate, size, max);
    if (d <= max && (s->best == NULL || d < s->best_distance)) {
        s->best = candidate;
        s->best_distance = d;
    }
}

const char *
_PySuggest_End(const Suggester *s)
{
    return s->offered >= MAX_CANDIDATES ? NULL : s->best;
}

/* sys.stdlib_module_names of CPython 3.13.0, sorted: a NameError for
   one of them asks whether an import was forgotten. */
static const char *const stdlib_modules[] = {
    "__future__",
    "_abc",
    "_aix_support",
    "_android_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_colorize",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_interpchannels",
    "_interpqueues",
    "_interpreters",
    "_io",
    "_ios_support",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_opcode_metadata",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_pyrepl",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_suggestions",
    "_symtable",
    "_sysconfig",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_wmi",
    "_zoneinfo",
    "abc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "socket",
    "socketserver",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
};

const char *
_PySuggest_Keyword(const char *keyword, const char *const *names, size_t n)
{
    Suggester s;
    _PySuggest_Begin(&s, keyword);
    for (size_t i = 0; i < n; i++)
        if (names[i][0] != '\0')
            _PySuggest_Offer(&s, names[i]);
    return _PySuggest_End(&s);
}

void
_PyErr_UnexpectedKeyword(const char *function, const char *keyword,
                         const char *const *names, size_t n)
{
    const char *best = _PySuggest_Keyword(keyword, names, n);
    if (best != NULL)
        PyErr_Format(EXC_TYPE,
                     "%s() got an unexpected keyword argument '%s'. Did you "
                     "mean '%s'?",
                     function, keyword, best);
    else
        PyErr_Format(EXC_TYPE, "%s() got an unexpected keyword argument '%s'",
                     function, keyword);
}

static int
compare_names(const void *key, const void *item)
{
    return strcmp(key, *(const char *const *)item);
}

static bool
is_stdlib_module(const char *name)
{
    size_t n = sizeof stdlib_modules / sizeof *stdlib_modules;
    return bsearch(name, stdlib_modules, n, sizeof *stdlib_modules,
                   compare_names) != NULL;
}

static char *
trailer(const char *format, const char *a, const char *b)
{
    int n = snprintf(NULL, 0, format, a, b);
    char *text = n < 0 ? NULL : PyMem_RawMalloc((size_t)n + 1);
    if (text != NULL)
        snprintf(text, (size_t)n + 1, format, a, b);
    return text;
}

static void
offer_keys(Suggester *s, PyObject *dict)
{
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (dict != NULL && PyDict_Next(dict, &pos, &key, &value))
        if (PyUnicode_Check(key))
            _PySuggest_Offer(s, PyUnicode_AsUTF8(key));
}

/* The frame's local named "self", if it has one bound. */
static PyObject *
frame_self(Frame *f)
{
    if (f == NULL)
        return NULL;
    if (f->locals != NULL)
        return PyDict_GetItemString(f->locals, "self");
    for (int i = 0; i < f->code->co_nlocals; i++)
        if (_PyUnicode_EqualToASCII(f->code->co_varnames[i], "self"))
            return f->localsplus[i];
    return NULL;
}

/* Whether obj has the attribute, with no error left either way. */
static bool
has_attribute(PyObject *obj, PyObject *name)
{
    PyObject *value = PyObject_GetAttr(obj, name);
    PyErr_Clear();
    Py_XDECREF(value);
    return value != NULL;
}

char *
_PySuggest_ForName(PyObject *name)
{
    Frame *f = interp.frame;
    const char *text = PyUnicode_AsUTF8(name);
    PyObject *self = frame_self(f);
    if (self != NULL && has_attribute(self, name))
        return trailer(". Did you mean: 'self.%s'?%s", text, "");
    Suggester s;
    _PySuggest_Begin(&s, text);
    if (f != NULL) {
        if (f->locals != NULL) {
            offer_keys(&s, f->locals);
        } else {
            for (int i = 0; i < f->code->co_nlocals; i++)
                if (f->localsplus[i] != NULL)
                    _PySuggest_Offer(&s,
                                     PyUnicode_AsUTF8(f->code->co_varnames[i]));
        }
        offer_keys(&s, f->globals);
    }
    /* CPython's builtins, in its order: the names minipy lacks too */
    size_t n;
    const char *const *builtins = _PyBuiltins_CPythonNames(&n);
    for (size_t i = 0; i < n; i++)
        _PySuggest_Offer(&s, builtins[i]);
    const char *best = _PySuggest_End(&s);
    if (is_stdlib_module(text))
        return best ? trailer(". Did you mean: '%s'? Or did you forget to "
                              "import '%s'?",
                              best, text)
                    : trailer(". Did you forget to import '%s'?%s", text, "");
    return best ? trailer(". Did you mean: '%s'?%s", best, "") : NULL;
}

/* dir(obj), or as much of it as minipy's objects have, sorted: a
   module's namespace; an object's own attributes, then its type's and
   its bases' (a class's own and its bases'). */
typedef struct {
    const char **names;
    size_t n, cap;
} Names;

static void
add_name(Names *d, const char *name)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 64;
        const char **grown = PyMem_RawRealloc(d->names, cap * sizeof *grown);
        if (grown == NULL)
            return; /* fewer candidates, no error */
        d->names = grown, d->cap = cap;
    }
    d->names[d->n++] = name;
}

static void
add_table(Names *d, DictTable *t)
{
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (t != NULL && dicttable_next(t, &pos, &key, &value))
        if (PyUnicode_Check(key))
            add_name(d, PyUnicode_AsUTF8(key));
}

static void
add_type(Names *d, PyTypeObject *type)
{
    for (; type != NULL; type = type->tp_base) {
        if (type->tp_dict != NULL)
            add_table(d, &((PyDictObject *)type->tp_dict)->table);
    }
}

static int
compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool
_PySuggest_IsFramesSelf(PyObject *obj)
{
    return obj != NULL && frame_self(interp.frame) == obj;
}

char *
_PySuggest_ForAttribute(PyObject *obj, PyObject *name, bool in_method)
{
    const char *text = PyUnicode_AsUTF8(name);
    Names d = {NULL, 0, 0};
    if (PyType_Check(obj)) {
        add_type(&d, (PyTypeObject *)obj);
    } else if (PyModule_Check(obj)) {
        PyObject *dict = ((PyModuleObject *)obj)->md_dict;
        add_table(&d, &((PyDictObject *)dict)->table);
    } else {
        if (PyInstance_Check(obj))
            add_table(&d, _PyInstance_Table(obj));
        add_type(&d, Py_TYPE(obj));
    }
    if (d.n > 1) /* qsort of no array at all is undefined */
        qsort(d.names, d.n, sizeof *d.names, compare_strings);
    /* Names with a leading underscore only for one that has it, or when
       obj is the self of the method that failed. */
    bool underscores = text[0] == '_' || in_method;
    Suggester s;
    _PySuggest_Begin(&s, text);
    for (size_t i = 0; i < d.n; i++)
        if ((i == 0 || strcmp(d.names[i], d.names[i - 1]) != 0) &&
            (underscores || d.names[i][0] != '_'))
            _PySuggest_Offer(&s, d.names[i]);
    const char *best = _PySuggest_End(&s);
    char *result = best ? trailer(". Did you mean: '%s'?%s", best, "") : NULL;
    PyMem_RawFree(d.names);
    return result;
}
