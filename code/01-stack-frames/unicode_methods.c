/* The rest of str's methods, as CPython 3.13 has them: changing case
   (capitalize, casefold, swapcase, title), the is* tests, padding
   (center, ljust, rjust, zfill, expandtabs), cutting (partition,
   rpartition, removeprefix, removesuffix, splitlines), translate and
   maketrans (format_map is str.format's, in str_format.c).  The rules,
   the results that are the string itself and the messages are those of
   CPython 3.13's Objects/unicodeobject.c, Objects/stringlib/split.h
   and partition.h and the argument checks Argument Clinic writes for
   them (Objects/clinic/unicodeobject.c.h); the properties of characters
   are those of Objects/unicodectype.c, for the characters minipy knows
   (see char_properties). */
#include "unicode_methods.h"

#include "abstract.h"
#include "dictobject.h"
#include "errors.h"
#include "listobject.h"
#include "longobject.h"
#include "methodobject.h"
#include "tupleobject.h"

#include <limits.h>
#include <string.h>

/* A method whose work a function below does: the signature of the
   method table's functions (unicode_methods.h), then the call. */
#define METHOD_RETURNING(name, result)                                         \
    UNICODE_METHOD(name)                                                       \
    {                                                                          \
        (void)self, (void)args, (void)nargs, (void)kwnames;                    \
        return result;                                                         \
    }

/* ---- what minipy knows of each character ---- */

/* CPython asks its Unicode database, 1.1 million characters.  We know
   ASCII, Latin-1 and the basic Cyrillic alphabet (U+0400 to U+045F,
   every one a letter), which is what upper() and lower() know; of the
   rest, only whitespace and, for changing case, the stretches
   change_case knows to have none. */
enum {
    KNOWN = 1 << 0,
    ALPHA = 1 << 1,   /* categories Lu, Ll, Lt, Lm, Lo */
    DECIMAL = 1 << 2, /* Nd: 0 to 9 */
    DIGIT = 1 << 3,   /* and the superscripts 2, 3 and 1 */
    NUMERIC = 1 << 4, /* and the fractions 1/4, 1/2 and 3/4 */
    PRINTABLE = 1 << 5,
    ID_START = 1 << 6, /* XID_Start, and _ */
    ID_CONTINUE = 1 << 7,
};

static bool is_cased(uint32_t c);

static unsigned
char_properties(uint32_t c)
{
    if (c >= 0x400 && c < 0x460)
        return KNOWN | ALPHA | PRINTABLE | ID_START | ID_CONTINUE;
    if (c >= 0x100)
        return 0;
    unsigned p = KNOWN;
    if (_PyUnicode_IsPrintable(c))
        p |= PRINTABLE;
    if (is_cased(c)) /* Latin-1's letters are all upper or lower case */
        p |= ALPHA | ID_START | ID_CONTINUE;
    if (c >= '0' && c <= '9')
        p |= DECIMAL | DIGIT | NUMERIC | ID_CONTINUE;
    if (c == 0xB2 || c == 0xB3 || c == 0xB9)
        p |= DIGIT | NUMERIC;
    if (c >= 0xBC && c <= 0xBE)
        p |= NUMERIC;
    if (c == '_')
        p |= ID_START | ID_CONTINUE;
    if (c == 0xB7) /* the middle dot */
        p |= ID_CONTINUE;
    return p;
}

/* The parts of change_case's stretches without case that hold
   characters CPython 3.13 counts as cased (Unicode 15.1's Cased
   property) although no other case exists for them: modifier letters,
   mathematical letters, enclosed letters.  upper() and lower() leave
   them alone, as everything in the stretches; title(), istitle(),
   islower() and isupper() would need to know which they are. */
static const uint32_t cased_pockets[][2] = {
    {0x588, 0x588},     {0xA7F8, 0xA7FA},   {0xAB30, 0xAB52},
    {0x10780, 0x107BA}, {0x1D400, 0x1D7CB}, {0x1DF00, 0x1DF2A},
    {0x1E030, 0x1E06D}, {0x1F130, 0x1F189},
};

enum { UPPER = 1, LOWER = 2, UNSURE = 4 };

/* UPPER, LOWER or neither, UNSURE in a pocket; -1 where minipy does not
   know c's case.  A character of ours is upper case if it has a lower
   case, and the other way round, but for the feminine and masculine
   ordinals, lower case with no upper (Other_Lowercase). */
static int
case_flags(uint32_t c)
{
    uint32_t second, upper = change_case(c, true, &second);
    if (upper == 0 && c != 0) /* 0: unknown, but for NUL itself */
        return -1;
    for (size_t i = 0; i < sizeof cased_pockets / sizeof *cased_pockets; i++)
        if (c >= cased_pockets[i][0] && c <= cased_pockets[i][1])
            return UNSURE;
    bool lower = upper != c || c == 0xAA || c == 0xBA;
    return (change_case(c, false, &second) != c ? UPPER : 0) |
           (lower ? LOWER : 0);
}

static bool
is_cased(uint32_t c)
{
    int flags = case_flags(c);
    return flags > 0 && (flags & (UPPER | LOWER)) != 0;
}

static void
unknown_char(const char *method, const char *what, uint32_t c)
{
    PyErr_Format(EXC_NOT_IMPLEMENTED,
                 "minipy's str.%s() knows the %s of ASCII, Latin-1 and "
                 "Cyrillic only, not U+%04X",
                 method, what, (unsigned)c);
}

static uint32_t
next_char(PyUnicodeObject *op, Py_ssize_t *at)
{
    uint32_t c = 0;
    *at += utf8_decode(op->data + *at, Py_SIZE(op) - *at, &c);
    return c;
}

/* ---- capitalize, casefold, swapcase, title ---- */

typedef enum { TO_UPPER, TO_LOWER, TO_TITLE, TO_FOLD } CaseMap;

/* c in the case asked for (CPython's _PyUnicode_ToUpperFull and its
   kin): where Latin-1's title and folded cases are not its upper and
   lower ones, "ß" (title "Ss", folded "ss") and the micro sign (folded
   to the Greek mu).  False if minipy does not know c's case. */
static bool
write_case(_PyUnicodeWriter *w, uint32_t c, CaseMap map)
{
    uint32_t out[2] = {0, 0};
    if (c == 0xDF && (map == TO_TITLE || map == TO_FOLD))
        out[0] = map == TO_TITLE ? 'S' : 's', out[1] = 's';
    else if (c == 0xB5 && map == TO_FOLD)
        out[0] = 0x3BC;
    else
        out[0] = change_case(c, map == TO_UPPER || map == TO_TITLE, &out[1]);
    if (out[0] == 0 && c != 0)
        return false;
    char buf[8];
    int n = utf8_encode(out[0], buf);
    if (out[1] != 0)
        n += utf8_encode(out[1], buf + n);
    _PyUnicodeWriter_Write(w, buf, (size_t)n);
    return true;
}

typedef enum { CAPITALIZE, CASEFOLD, SWAPCASE, TITLE } CaseOperation;

/* Which case c goes to (CPython's do_capitalize, do_casefold,
   do_swapcase and do_title): capitalize() titles the first character
   and lowers the rest; title() titles a character that follows one
   without case and lowers one that follows a cased one.  *lower_next
   says which the next one gets.  -1: minipy cannot tell. */
static int
case_wanted(CaseOperation op, uint32_t c, bool *lower_next)
{
    int flags = op == SWAPCASE || op == TITLE ? case_flags(c) : 0;
    bool lower = *lower_next;
    switch (op) {
    case CAPITALIZE:
        *lower_next = true;
        return lower ? TO_LOWER : TO_TITLE;
    case CASEFOLD:
        return TO_FOLD;
    case SWAPCASE: /* in a pocket, every case is the character itself */
        return flags > 0 && (flags & UPPER) ? TO_LOWER : TO_UPPER;
    case TITLE:
        if (flags >= 0 && (flags & UNSURE))
            return -1;
        *lower_next = flags > 0 && (flags & (UPPER | LOWER));
        return lower ? TO_LOWER : TO_TITLE;
    }
    return -1;
}

static PyObject *
case_operation(PyObject *self, CaseOperation op)
{
    static const char *const names[] = {"capitalize", "casefold", "swapcase",
                                        "title"};
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    if (Py_SIZE(s) == 0)
        return Py_NewRef(self);
    _PyUnicodeWriter w = {0};
    bool lower_next = false;
    for (Py_ssize_t i = 0; i < Py_SIZE(s);) {
        uint32_t c = next_char(s, &i);
        int map = case_wanted(op, c, &lower_next);
        if (map < 0 || !write_case(&w, c, (CaseMap)map)) {
            _PyUnicodeWriter_Dealloc(&w);
            unknown_char(names[op], "letters", c);
            return NULL;
        }
    }
    return finish_unshared(&w);
}

METHOD_RETURNING(capitalize, case_operation(self, CAPITALIZE))

METHOD_RETURNING(casefold, case_operation(self, CASEFOLD))

METHOD_RETURNING(swapcase, case_operation(self, SWAPCASE))

METHOD_RETURNING(title, case_operation(self, TITLE))

/* ---- the is* tests ---- */

/* Does every character have one of the properties in want (first for
   the first character)?  The empty string's answer is if_empty.  A
   character minipy does not know decides nothing unless every other
   one passes: then we cannot answer. */
static PyObject *
every_char(PyObject *self, const char *method, unsigned first, unsigned want,
           bool if_empty)
{
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    uint32_t unknown = 0;
    bool any_unknown = false;
    if (Py_SIZE(s) == 0)
        return PyBool_FromLong(if_empty);
    for (Py_ssize_t i = 0; i < Py_SIZE(s);) {
        bool at_start = i == 0;
        uint32_t c = next_char(s, &i);
        unsigned p = char_properties(c), mask = at_start ? first : want;
        if (!(p & KNOWN) && !any_unknown)
            unknown = c, any_unknown = true;
        else if ((p & KNOWN) && !(p & mask))
            Py_RETURN_FALSE;
    }
    if (any_unknown) {
        unknown_char(method, "characters", unknown);
        return NULL;
    }
    Py_RETURN_TRUE;
}

#define ALNUM (ALPHA | DECIMAL | DIGIT | NUMERIC)
METHOD_RETURNING(isalnum, every_char(self, "isalnum", ALNUM, ALNUM, false))
METHOD_RETURNING(isalpha, every_char(self, "isalpha", ALPHA, ALPHA, false))
METHOD_RETURNING(isdecimal,
                 every_char(self, "isdecimal", DECIMAL, DECIMAL, false))
METHOD_RETURNING(isdigit, every_char(self, "isdigit", DIGIT, DIGIT, false))
METHOD_RETURNING(isnumeric,
                 every_char(self, "isnumeric", NUMERIC, NUMERIC, false))
METHOD_RETURNING(isprintable,
                 every_char(self, "isprintable", PRINTABLE, PRINTABLE, true))
METHOD_RETURNING(isidentifier,
                 every_char(self, "isidentifier", ID_START, ID_CONTINUE, false))

/* The two tests minipy answers for every character. */
METHOD_RETURNING(isascii,
                 PyBool_FromLong(PyUnicode_GetLength(self) == Py_SIZE(self)))

PyObject *
unicode_isspace(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    for (Py_ssize_t i = 0; i < Py_SIZE(s);)
        if (!is_space(next_char(s, &i)))
            Py_RETURN_FALSE;
    return PyBool_FromLong(Py_SIZE(s) > 0);
}

/* islower() and isupper(): no character of the other case (nor title
   case, which none of ours is), and at least one of this case. */
static PyObject *
one_case(PyObject *self, const char *method, int this, int other)
{
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    uint32_t unknown = 0;
    bool any_unknown = false, cased = false;
    for (Py_ssize_t i = 0; i < Py_SIZE(s);) {
        uint32_t c = next_char(s, &i);
        int flags = case_flags(c);
        if ((flags < 0 || (flags & UNSURE)) && !any_unknown)
            unknown = c, any_unknown = true;
        else if (flags >= 0 && (flags & other))
            Py_RETURN_FALSE;
        else if (flags >= 0 && (flags & this))
            cased = true;
    }
    if (any_unknown) {
        unknown_char(method, "letters", unknown);
        return NULL;
    }
    return PyBool_FromLong(cased);
}

METHOD_RETURNING(islower, one_case(self, "islower", LOWER, UPPER))

METHOD_RETURNING(isupper, one_case(self, "isupper", UPPER, LOWER))

/* istitle(): upper case only where a word starts (after a character
   without case), lower case only inside one; some cased character. */
PyObject *
unicode_istitle(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    bool cased = false, previous_cased = false;
    for (Py_ssize_t i = 0; i < Py_SIZE(s);) {
        uint32_t c = next_char(s, &i);
        int flags = case_flags(c);
        if (flags < 0 || (flags & UNSURE)) {
            unknown_char("istitle", "letters", c);
            return NULL;
        }
        if ((flags & UPPER) && previous_cased)
            Py_RETURN_FALSE;
        if ((flags & LOWER) && !previous_cased)
            Py_RETURN_FALSE;
        previous_cased = flags != 0;
        cased = cased || previous_cased;
    }
    return PyBool_FromLong(cased);
}

/* ---- center, ljust, rjust, zfill ---- */

/* The width, and the fill character if one is given: 0, or -1. */
static int
width_and_fill(PyObject *const *args, Py_ssize_t nargs, int64_t *width,
               uint32_t *fill)
{
    *fill = ' ';
    if (_PyLong_AsIndex(args[0], width) < 0)
        return -1;
    PyObject *f = nargs > 1 ? args[1] : NULL;
    if (f == NULL)
        return 0;
    if (!PyUnicode_Check(f) || PyUnicode_GetLength(f) != 1) {
        bool is_str = PyUnicode_Check(f);
        PyErr_Format(EXC_TYPE, "The fill character must be %s%s",
                     is_str ? "exactly one character long"
                            : "a unicode character, not ",
                     is_str ? "" : Py_TYPE(f)->tp_name);
        return -1;
    }
    utf8_decode(PyUnicode_AsUTF8(f), Py_SIZE(f), fill);
    return 0;
}

/* The string with left fill characters after its first at bytes and
   right ones after the rest: a new str (CPython's pad()).  The room for
   it all is taken first, so that a width too big for memory fails at
   once, as CPython's one allocation does. */
static PyObject *
pad(PyObject *self, Py_ssize_t at, Py_ssize_t left, Py_ssize_t right,
    uint32_t fill)
{
    char utf8[4];
    size_t n = (size_t)utf8_encode(fill, utf8), size = (size_t)Py_SIZE(self);
    size_t fills = (size_t)left + (size_t)right;
    _PyUnicodeWriter w = {0};
    if (fills > ((size_t)PTRDIFF_MAX - size) / n)
        w.failed = true;
    else
        _PyUnicodeWriter_Reserve(&w, size + fills * n);
    const char *s = PyUnicode_AsUTF8(self);
    _PyUnicodeWriter_Write(&w, s, (size_t)at);
    _PyFormat_WriteFill(&w, fill, left);
    _PyUnicodeWriter_Write(&w, s + at, size - (size_t)at);
    _PyFormat_WriteFill(&w, fill, right);
    return finish_unshared(&w);
}

typedef enum { CENTER, LJUST, RJUST } Justify;

/* A string at least width long is returned as it is. */
static PyObject *
justify(PyObject *self, PyObject *const *args, Py_ssize_t nargs, Justify how)
{
    Py_ssize_t len = PyUnicode_GetLength(self);
    int64_t width;
    uint32_t fill;
    if (width_and_fill(args, nargs, &width, &fill) < 0)
        return NULL;
    if (len >= width)
        return Py_NewRef(self);
    Py_ssize_t margin = width - len, left = 0;
    if (how == CENTER) /* an odd margin: the extra one left if width is odd */
        left = margin / 2 + (margin & width & 1);
    else if (how == RJUST)
        left = margin;
    return pad(self, 0, left, margin - left, fill);
}

METHOD_RETURNING(center, justify(self, args, nargs, CENTER))

METHOD_RETURNING(ljust, justify(self, args, nargs, LJUST))

METHOD_RETURNING(rjust, justify(self, args, nargs, RJUST))

/* zfill(width): zeros on the left, after a leading sign. */
PyObject *
unicode_zfill(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
              PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    Py_ssize_t len = PyUnicode_GetLength(self);
    int64_t width;
    if (_PyLong_AsIndex(args[0], &width) < 0)
        return NULL;
    if (len >= width)
        return Py_NewRef(self);
    const char *s = PyUnicode_AsUTF8(self);
    bool sign = len > 0 && (s[0] == '+' || s[0] == '-');
    return pad(self, sign, width - len, 0, '0');
}

/* ---- expandtabs, splitlines: one optional argument, by keyword too ---- */

/* The argument, by position or keyword, into *value, an int (tabsize)
   or the truth of any object (keepends); *value is left as it is when
   none is given.  False with CPython's TypeError for more than one, or
   another keyword, or a tabsize that is not an int. */
static bool
optional_arg(const char *method, const char *keyword, bool truth,
             PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
             int64_t *value)
{
    const char *names[] = {keyword, NULL};
    PyObject *arg = nargs == 1 ? args[0] : NULL;
    Py_ssize_t given = nargs + _PyArg_KeywordCount(kwnames);
    if (given > 1) {
        PyErr_Format(EXC_TYPE, "%s() takes at most 1 argument (%zd given)",
                     method, given);
        return false;
    }
    if (_PyArg_KeywordsAt(method, kwnames, args + nargs, names, &arg, nargs,
                          0) < 0)
        return false;
    if (arg != NULL && truth)
        return (*value = PyObject_IsTrue(arg)) >= 0;
    return arg == NULL || _PyLong_AsIndex(arg, value) == 0;
}

/* expandtabs(tabsize=8): each tab becomes the spaces to the next column
   that is a multiple of tabsize (none when tabsize <= 0); \n and \r
   start the columns again.  The length is found first, as CPython does,
   and taken at once. */
PyObject *
unicode_expandtabs(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    int64_t tabsize = 8;
    if (!optional_arg("expandtabs", "tabsize", false, args, nargs, kwnames,
                      &tabsize))
        return NULL;
    if (tabsize < INT_MIN || tabsize > INT_MAX) {
        PyErr_Format(EXC_OVERFLOW, "Python int too large to convert to C int");
        return NULL;
    }
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    if (memchr(s->data, '\t', (size_t)Py_SIZE(s)) == NULL)
        return Py_NewRef(self);
    _PyUnicodeWriter w = {0};
    for (int pass = 0; pass < 2; pass++) {
        Py_ssize_t column = 0, bytes = 0;
        for (Py_ssize_t i = 0, from; i < Py_SIZE(s);) {
            from = i;
            uint32_t c = next_char(s, &i);
            Py_ssize_t spaces =
                c != '\t' || tabsize <= 0 ? 0 : tabsize - column % tabsize;
            if (bytes > PTRDIFF_MAX - spaces - 4) {
                PyErr_Format(EXC_OVERFLOW, "new string is too long");
                return NULL;
            }
            bytes += c == '\t' ? spaces : i - from;
            column += c == '\t' ? spaces : 1;
            if (c == '\n' || c == '\r')
                column = 0;
            if (pass == 1 && c == '\t')
                _PyFormat_WriteFill(&w, ' ', spaces);
            else if (pass == 1)
                _PyUnicodeWriter_Write(&w, s->data + from, (size_t)(i - from));
        }
        if (pass == 0)
            _PyUnicodeWriter_Reserve(&w, (size_t)bytes);
    }
    return _PyUnicodeWriter_Finish(&w);
}

/* The byte length of the line break at s[i], 0 if there is none:
   CPython's line boundaries, \r\n counting as one. */
static Py_ssize_t
line_break(PyUnicodeObject *op, Py_ssize_t i)
{
    const unsigned char *s = (const unsigned char *)op->data;
    Py_ssize_t n = Py_SIZE(op);
    if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
        return 2;
    if ((s[i] >= '\n' && s[i] <= '\r') || (s[i] >= 0x1C && s[i] <= 0x1E))
        return 1;
    if (s[i] == 0xC2 && s[i + 1] == 0x85) /* U+0085, next line */
        return 2;
    if (s[i] == 0xE2 && s[i + 1] == 0x80 &&
        (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
        return 3; /* U+2028 and U+2029, the line and paragraph separators */
    return 0;
}

/* splitlines(keepends=False): the lines, each with its line break if
   keepends is true.  A string that is one line, its break kept or none,
   is its own only line. */
PyObject *
unicode_splitlines(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                   PyObject *kwnames)
{
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    PyObject *list = NULL;
    int64_t keepends = 0;
    if (optional_arg("splitlines", "keepends", true, args, nargs, kwnames,
                     &keepends))
        list = PyList_New(0);
    for (Py_ssize_t i = 0, n = Py_SIZE(s); list != NULL && i < n;) {
        Py_ssize_t start = i, brk = 0;
        while (i < n && (brk = line_break(s, i)) == 0)
            i++;
        PyObject *line = bytes_or_self(s, start, keepends ? i + brk : i);
        i += brk;
        if (line == NULL || PyList_Append(list, line) < 0)
            Py_CLEAR(list);
        Py_XDECREF(line);
    }
    return list;
}

/* ---- partition, rpartition, removeprefix, removesuffix ---- */

static PyObject *
partition(PyObject *self, PyObject *sep, bool from_right)
{
    if (!PyUnicode_Check(sep)) {
        PyErr_Format(EXC_TYPE, "must be str, not %s", Py_TYPE(sep)->tp_name);
        return NULL;
    }
    if (Py_SIZE(sep) == 0) {
        PyErr_Format(EXC_VALUE, "empty separator");
        return NULL;
    }
    const char *s = PyUnicode_AsUTF8(self);
    Py_ssize_t n = Py_SIZE(self), m = Py_SIZE(sep);
    Py_ssize_t at = (from_right ? rfind_bytes : find_bytes)(
        s, 0, n, PyUnicode_AsUTF8(sep), m);
    PyObject *parts[3];
    if (at < 0) { /* the string itself, and two empty ones */
        parts[from_right ? 2 : 0] = Py_NewRef(self);
        parts[1] = PyUnicode_FromStringAndSize("", 0);
        parts[from_right ? 0 : 2] = PyUnicode_FromStringAndSize("", 0);
    } else {
        parts[0] = PyUnicode_FromStringAndSize(s, at);
        parts[1] = Py_NewRef(sep);
        parts[2] = PyUnicode_FromStringAndSize(s + at + m, n - at - m);
    }
    PyObject *result = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL)
        result = _PyTuple_FromArray(parts, 3);
    for (int i = 0; i < 3; i++)
        Py_XDECREF(parts[i]);
    return result;
}

METHOD_RETURNING(partition, partition(self, args[0], false))

METHOD_RETURNING(rpartition, partition(self, args[0], true))

/* The string without the prefix (suffix) if it has it; else itself. */
static PyObject *
remove_affix(PyObject *self, PyObject *affix, bool suffix)
{
    if (!PyUnicode_Check(affix)) {
        PyErr_Format(EXC_TYPE, "%s() argument must be str, not %s",
                     suffix ? "removesuffix" : "removeprefix",
                     affix == Py_None ? "None" : Py_TYPE(affix)->tp_name);
        return NULL;
    }
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    Py_ssize_t n = Py_SIZE(s), m = Py_SIZE(affix), at = suffix ? n - m : 0;
    if (m > n || memcmp(s->data + at, PyUnicode_AsUTF8(affix), (size_t)m))
        return Py_NewRef(self);
    return suffix ? bytes_or_self(s, 0, at) : bytes_or_self(s, m, n);
}

METHOD_RETURNING(removeprefix, remove_affix(self, args[0], false))

METHOD_RETURNING(removesuffix, remove_affix(self, args[0], true))

/* ---- translate and maketrans ---- */

/* table[c] (CPython's charmaptranslate_lookup): 0 with *item a new
   reference to an int (its value in *code), None or a str, or NULL when
   the table has no entry (a LookupError): c stays as it is.  -1 on an
   error. */
static int
translate_lookup(PyObject *table, uint32_t c, PyObject **item, uint32_t *code)
{
    PyObject *key = PyLong_FromLong(c), *x = NULL;
    *item = NULL;
    if (key == NULL)
        return -1;
    if (PyDict_Check(table)) { /* no KeyError made for a missing key */
        x = PyDict_GetItemWithError(table, key);
        Py_XINCREF(x);
    } else {
        x = PyObject_GetItem(table, key);
    }
    Py_DECREF(key);
    if (x == NULL && PyErr_Occurred() && !PyErr_ExceptionMatches(EXC_LOOKUP))
        return -1;
    if (x == NULL) {
        PyErr_Clear();
        return 0;
    }
    int64_t v = PyLong_Check(x) ? PyLong_AsLong(x) : 0;
    if (!PyLong_Check(x) && x != Py_None && !PyUnicode_Check(x))
        PyErr_Format(EXC_TYPE,
                     "character mapping must return integer, None or str");
    else if (v < 0 || v > 0x10FFFF)
        PyErr_Format(EXC_VALUE, "character mapping must be in range(0x110000)");
    else if (v >= 0xD800 && v <= 0xDFFF)
        PyErr_Format(EXC_NOT_IMPLEMENTED,
                     "minipy's strs are UTF-8 and cannot hold a lone "
                     "surrogate (U+%04X)",
                     (unsigned)v);
    else {
        *item = x;
        *code = (uint32_t)v;
        return 0;
    }
    Py_DECREF(x);
    return -1;
}

/* CPython's fast path for an ASCII string, whose characters each go to
   an ASCII character or nowhere: each is looked up once, then found in
   a table.  It stops, leaving *at, at the first that goes elsewhere;
   the general loop takes over from there, looking that one up again. */
static int
translate_ascii(PyUnicodeObject *s, PyObject *table, _PyUnicodeWriter *w,
                Py_ssize_t *at)
{
    enum { UNSEEN = 0xFF, DELETED = 0xFE };
    unsigned char cache[128];
    memset(cache, UNSEEN, sizeof cache);
    for (*at = 0; *at < Py_SIZE(s); (*at)++) {
        unsigned char c = (unsigned char)s->data[*at];
        if (cache[c] == UNSEEN) {
            PyObject *item;
            uint32_t code;
            if (translate_lookup(table, c, &item, &code) < 0)
                return -1;
            int to = item == NULL                       ? c
                     : item == Py_None                  ? DELETED
                     : PyLong_Check(item) && code < 128 ? (int)code
                     : PyUnicode_Check(item) && Py_SIZE(item) == 1
                         ? PyUnicode_AsUTF8(item)[0]
                         : -1;
            Py_XDECREF(item);
            if (to < 0)
                return 0;
            cache[c] = (unsigned char)to;
        }
        if (cache[c] != DELETED)
            _PyUnicodeWriter_Write(w, (const char *)&cache[c], 1);
    }
    return 0;
}

/* translate(table): each character c replaced by table[c], an int (a
   character), a str, or None (deleted); left as it is where the table
   raises LookupError.  After a deleted character, CPython looks at the
   ones that follow until one is not deleted: that one is looked up
   twice, which a table with a __getitem__ can see. */
PyObject *
unicode_translate(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                  PyObject *kwnames)
{
    (void)nargs, (void)kwnames;
    PyUnicodeObject *s = (PyUnicodeObject *)self;
    PyObject *table = args[0], *item;
    uint32_t code;
    if (Py_SIZE(s) == 0)
        return Py_NewRef(self);
    _PyUnicodeWriter w = {0};
    Py_ssize_t i = 0;
    if (s->length == Py_SIZE(s) && translate_ascii(s, table, &w, &i) < 0)
        goto error;
    while (i < Py_SIZE(s)) {
        Py_ssize_t from = i;
        uint32_t c = next_char(s, &i);
        if (translate_lookup(table, c, &item, &code) < 0)
            goto error;
        char buf[4];
        if (item == NULL)
            _PyUnicodeWriter_Write(&w, s->data + from, (size_t)(i - from));
        else if (PyLong_Check(item))
            _PyUnicodeWriter_Write(&w, buf, (size_t)utf8_encode(code, buf));
        else if (PyUnicode_Check(item))
            _PyUnicodeWriter_WriteStr(&w, item);
        while (item == Py_None && i < Py_SIZE(s)) { /* the deleted run */
            Py_ssize_t next = i;
            Py_DECREF(item);
            if (translate_lookup(table, next_char(s, &next), &item, &code) < 0)
                goto error;
            if (item == Py_None)
                i = next;
        }
        Py_XDECREF(item);
    }
    return _PyUnicodeWriter_Finish(&w);
error:
    _PyUnicodeWriter_Dealloc(&w);
    return NULL;
}

static int
set_int_item(PyObject *dict, int64_t key, PyObject *value)
{
    PyObject *k = PyLong_FromLong(key);
    int status =
        k != NULL && value != NULL ? PyDict_SetItem(dict, k, value) : -1;
    Py_XDECREF(k);
    Py_XDECREF(value);
    return status;
}

/* maketrans(x, y, z) with strs: x's characters to y's, z's to None. */
static int
translate_pairs(PyObject *dict, PyObject *x, PyObject *y, PyObject *z)
{
    PyUnicodeObject *from = (PyUnicodeObject *)x, *to = (PyUnicodeObject *)y;
    if (PyUnicode_GetLength(x) != PyUnicode_GetLength(y)) {
        PyErr_Format(EXC_VALUE, "the first two maketrans arguments must have "
                                "equal length");
        return -1;
    }
    for (Py_ssize_t i = 0, j = 0; i < Py_SIZE(from);) {
        uint32_t a = next_char(from, &i), b = next_char(to, &j);
        if (set_int_item(dict, a, PyLong_FromLong(b)) < 0)
            return -1;
    }
    for (Py_ssize_t i = 0; z != NULL && i < Py_SIZE(z);) {
        uint32_t c = next_char((PyUnicodeObject *)z, &i);
        if (set_int_item(dict, c, Py_NewRef(Py_None)) < 0)
            return -1;
    }
    return 0;
}

/* maketrans(dict): its keys, one-character strs or ints, as ints. */
static int
translate_keys(PyObject *dict, PyObject *x)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(x, &pos, &key, &value)) {
        int status;
        if (PyUnicode_Check(key) && PyUnicode_GetLength(key) == 1) {
            uint32_t c;
            utf8_decode(PyUnicode_AsUTF8(key), Py_SIZE(key), &c);
            status = set_int_item(dict, c, Py_NewRef(value));
        } else if (PyUnicode_Check(key)) {
            PyErr_Format(EXC_VALUE, "string keys in translate table must be "
                                    "of length 1");
            return -1;
        } else if (PyLong_Check(key)) {
            status = PyDict_SetItem(dict, key, value);
        } else {
            PyErr_Format(EXC_TYPE, "keys in translate table must be strings "
                                   "or integers");
            return -1;
        }
        if (status < 0)
            return -1;
    }
    return 0;
}

static bool
expect_str(PyObject *arg, int position)
{
    if (PyUnicode_Check(arg))
        return true;
    PyErr_Format(EXC_TYPE, "maketrans() argument %d must be str, not %s",
                 position, arg == Py_None ? "None" : Py_TYPE(arg)->tp_name);
    return false;
}

/* str.maketrans(x[, y[, z]]): a table for translate. */
static PyObject *
unicode_maketrans(PyObject *type, PyObject *const *args, Py_ssize_t nargs,
                  PyObject *kwnames)
{
    (void)type, (void)kwnames;
    PyObject *x = args[0], *y = nargs > 1 ? args[1] : NULL;
    PyObject *z = nargs > 2 ? args[2] : NULL;
    if ((y != NULL && !expect_str(y, 2)) || (z != NULL && !expect_str(z, 3)))
        return NULL;
    if (y != NULL && !PyUnicode_Check(x)) {
        PyErr_Format(EXC_TYPE, "first maketrans argument must be a string if "
                               "there is a second argument");
        return NULL;
    }
    if (y == NULL && !PyDict_Check(x)) {
        PyErr_Format(EXC_TYPE, "if you give only one argument to maketrans it "
                               "must be a dict");
        return NULL;
    }
    PyObject *dict = PyDict_New();
    if (dict != NULL && (y != NULL ? translate_pairs(dict, x, y, z)
                                   : translate_keys(dict, x)) < 0)
        Py_CLEAR(dict);
    return dict;
}

PyMethodDef unicode_static_methods[] = {
    {"maketrans", unicode_maketrans, 1, 3, false},
    {NULL, NULL, 0, 0, false},
};
