/* The lexer: source text to tokens, with Python's indentation rules. */
#include "lexer.h"

#include "errors.h"
#include "pymem.h"
#include "unicodeobject.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void
lexer_init(Lexer *lx, const char *source)
{
    memset(lx, 0, sizeof *lx);
    lx->source = lx->p = lx->line_start = source;
    lx->line = 1;
    lx->at_line_start = true;
    lx->depth = 1; /* the module's level, column 0 */
}

void
lexer_free(Lexer *lx)
{
    PyMem_RawFree(lx->buffer);
    lx->buffer = NULL;
}

static int
column_of(Lexer *lx, const char *p)
{
    return (int)(p - lx->line_start) + 1;
}

static bool
fail_at(Lexer *lx, ExcKind kind, int line, int column, const char *message)
{
    PyErr_SyntaxAt(kind, line, column, "%s", message);
    lx->failed = true;
    return false;
}

static bool
fail(Lexer *lx, const char *p, const char *message)
{
    return fail_at(lx, EXC_SYNTAX, lx->line, column_of(lx, p), message);
}

void
lexer_note_unsupported(Lexer *lx, int line, int column, const char *fmt, ...)
{
    Unsupported *u = &lx->unsupported;
    if (u->line > 0 &&
        (u->line < line || (u->line == line && u->column < column)))
        return; /* (one noted where one was says more: a, *b = ...) */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(u->message, sizeof u->message, fmt, ap);
    va_end(ap);
    u->line = line;
    u->column = column;
}

/* A construct minipy lacks at p: noted, and the scan goes on. */
static void
note_unsupported(Lexer *lx, const char *p, const char *message)
{
    lexer_note_unsupported(lx, lx->line, column_of(lx, p), "%s", message);
}

static void
new_line(Lexer *lx, const char *next)
{
    lx->line++;
    lx->line_start = next;
}

/* "\n", "\r\n" or "\r": the length of the line end at p, or 0. */
static int
line_end(const char *p)
{
    if (p[0] == '\r')
        return p[1] == '\n' ? 2 : 1;
    return p[0] == '\n';
}

static bool
emit(Lexer *lx, Token *tok, TokenType type, const char *start, int length)
{
    tok->type = type;
    tok->start = start;
    tok->length = length;
    tok->line = lx->line;
    tok->column = column_of(lx, start);
    lx->p = start + length;
    return true;
}

/* ---- indentation ---- */

/* Compare the new line's indentation with the open blocks'.  Columns are
   counted twice, with tabs to the next multiple of 8 and with tabs as
   one column: if the two counts disagree on the block structure, the file
   mixes tabs and spaces ambiguously (CPython's TabError rule). */
static bool
indentation(Lexer *lx, Token *tok, const char *text, int col, int alt)
{
    int top = lx->indents[lx->depth - 1];
    int alt_top = lx->alt_indents[lx->depth - 1];
    int line = lx->line, column = column_of(lx, text);
    if (col == top) {
        if (alt != alt_top)
            return fail_at(lx, EXC_TAB, line, 0,
                           "inconsistent use of tabs and spaces in "
                           "indentation");
        return false;
    }
    if (col > top) {
        if (alt <= alt_top)
            return fail_at(lx, EXC_TAB, line, 0,
                           "inconsistent use of tabs and spaces in "
                           "indentation");
        if (lx->depth == MAX_INDENT)
            return fail_at(lx, EXC_INDENTATION, line, column,
                           "too many levels of indentation");
        lx->indents[lx->depth] = col;
        lx->alt_indents[lx->depth++] = alt;
        return emit(lx, tok, T_INDENT, text, 0);
    }
    int dedents = 0;
    while (lx->depth > 1 && col < lx->indents[lx->depth - 1]) {
        lx->depth--;
        dedents++;
    }
    if (col != lx->indents[lx->depth - 1]) {
        /* CPython's tokenizer points past the end of the line */
        const char *end = text;
        while (*end != '\0' && *end != '\n' && *end != '\r')
            end++;
        return fail_at(lx, EXC_INDENTATION, line, column_of(lx, end),
                       "unindent does not match any outer indentation level");
    }
    if (alt != lx->alt_indents[lx->depth - 1])
        return fail_at(lx, EXC_TAB, line, 0,
                       "inconsistent use of tabs and spaces in indentation");
    lx->pending_dedents = dedents - 1;
    return emit(lx, tok, T_DEDENT, text, 0);
}

/* "# figure: NAME ..." as the only thing on a line: a statement. */
static bool
is_figure_comment(const char *p, const char **text)
{
    if (*p++ != '#')
        return false;
    while (*p == ' ' || *p == '\t')
        p++;
    if (strncmp(p, "figure:", 7) != 0)
        return false;
    p += 7;
    while (*p == ' ' || *p == '\t')
        p++;
    *text = p;
    return *p != '\0' && !line_end(p);
}

/* At the start of a line: skip blank and comment lines, then measure
   the indentation of the first line with a statement on it.  Returns
   true with an INDENT or DEDENT token when the level changes. */
static bool
start_line(Lexer *lx, Token *tok, bool *emitted)
{
    for (;;) {
        int col = 0, alt = 0;
        const char *p = lx->p, *figure;
        for (;; p++) {
            if (*p == ' ') {
                col++;
                alt++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (*p == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        bool figure_line = is_figure_comment(p, &figure);
        if (*p == '#' && !figure_line) {
            while (*p != '\0' && !line_end(p))
                p++;
        }
        if (line_end(p) && !figure_line) {
            lx->p = p + line_end(p);
            new_line(lx, lx->p);
            continue;
        }
        lx->p = p;
        if (*p == '\0')
            return true; /* end of file: the caller closes the blocks */
        if (figure_line)
            lx->figure_at = p;
        lx->at_line_start = false;
        *emitted = indentation(lx, tok, p, col, alt);
        return !lx->failed;
    }
}

/* ---- names, numbers, strings ---- */

static const struct {
    const char *word;
    TokenType type;
} keywords[] = {
    {"and", T_AND},
    {"break", T_BREAK},
    {"class", T_CLASS},
    {"continue", T_CONTINUE},
    {"def", T_DEF},
    {"del", T_DEL},
    {"elif", T_ELIF},
    {"else", T_ELSE},
    {"False", T_FALSE},
    {"for", T_FOR},
    {"global", T_GLOBAL},
    {"if", T_IF},
    {"import", T_IMPORT},
    {"in", T_IN},
    {"is", T_IS},
    {"None", T_NONE},
    {"not", T_NOT},
    {"or", T_OR},
    {"pass", T_PASS},
    {"return", T_RETURN},
    {"True", T_TRUE},
    {"while", T_WHILE},
    {"as", T_OTHER_KEYWORD},
    {"assert", T_OTHER_KEYWORD},
    {"async", T_OTHER_KEYWORD},
    {"await", T_OTHER_KEYWORD},
    {"except", T_OTHER_KEYWORD},
    {"finally", T_OTHER_KEYWORD},
    {"from", T_OTHER_KEYWORD},
    {"lambda", T_OTHER_KEYWORD},
    {"nonlocal", T_OTHER_KEYWORD},
    {"raise", T_OTHER_KEYWORD},
    {"try", T_OTHER_KEYWORD},
    {"with", T_OTHER_KEYWORD},
    {"yield", T_OTHER_KEYWORD},
};

/* The length of the name character at p, or 0; *nfkc set if it is one
   NFKC normalization may change. */
static int
name_char(const char *p, bool first, bool *nfkc)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return (isalpha(c) || c == '_' || (!first && isdigit(c))) ? 1 : 0;
    uint32_t code;
    Py_ssize_t n = utf8_decode(p, 4, &code);
    int kind = n > 0 ? _PyUnicode_NameKind(code) : 0;
    if (!(kind & (first ? NAME_START : NAME_CONTINUE)))
        return 0;
    *nfkc |= (kind & NAME_NFKC) != 0;
    return (int)n;
}

static bool
scan_name(Lexer *lx, Token *tok, const char *start)
{
    const char *p = start;
    bool nfkc = false;
    for (int n; (n = name_char(p, p == start, &nfkc)) > 0;)
        p += n;
    int length = (int)(p - start);
    emit(lx, tok, T_NAME, start, length);
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
        if ((int)strlen(keywords[i].word) == length &&
            memcmp(keywords[i].word, start, (size_t)length) == 0)
            tok->type = keywords[i].type;
    }
    if (nfkc)
        lexer_note_unsupported(lx, tok->line, tok->column,
                               "minipy does not support names that Unicode's "
                               "NFKC normalization may change, as CPython "
                               "reads them normalized ('%.*s')",
                               length, start);
    return true;
}

static int
digit_value(char c)
{
    if (isdigit((unsigned char)c))
        return c - '0';
    if (isalpha((unsigned char)c))
        return tolower((unsigned char)c) - 'a' + 10;
    return 99;
}

/* Digits in base, a single underscore allowed before each: stops at
   the first other character, or at an underscore not followed by a
   digit. */
static const char *
scan_digits(const char *p, int base, uint64_t *value, bool *too_big)
{
    for (;; p++) {
        if (*p == '_' && digit_value(p[1]) < base)
            p++;
        int d = digit_value(*p);
        if (d >= base)
            return p;
        if (*value > (UINT64_MAX - (unsigned)d) / (unsigned)base)
            *too_big = true;
        *value = *value * (unsigned)base + (unsigned)d;
    }
}

static const char *
base_name(int base)
{
    return base == 16  ? "hexadecimal"
           : base == 8 ? "octal"
           : base == 2 ? "binary"
                       : "decimal";
}

/* A malformed literal of this kind ("decimal", "imaginary", ...):
   CPython points at the last good character. */
static bool
invalid_literal(Lexer *lx, const char *at, const char *kind)
{
    char message[64];
    snprintf(message, sizeof message, "invalid %s literal", kind);
    return fail_at(lx, EXC_SYNTAX, lx->line, column_of(lx, at) - 1, message);
}

/* The same, or a digit the base does not have, which CPython points at. */
static bool
bad_literal(Lexer *lx, const char *at, int base)
{
    char message[64];
    if (base < 10 && isdigit((unsigned char)*at)) {
        snprintf(message, sizeof message, "invalid digit '%c' in %s literal",
                 *at, base_name(base));
        return fail_at(lx, EXC_SYNTAX, lx->line, column_of(lx, at), message);
    }
    return invalid_literal(lx, at, base_name(base));
}

/* What follows a number, at p.  CPython takes one run into a keyword
   that may follow a number (1if x else y), with a SyntaxWarning, and
   refuses one run into any other ASCII name character
   (Parser/lexer/lexer.c, verify_end_of_number, 3.13: "if", "in" and
   "is" by their two letters, the others only as whole words).  False
   on that error. */
static bool
end_of_number(Lexer *lx, const char *start, const char *p, const char *kind)
{
    static const char *const words[] = {"and", "else", "for", "not", "or"};
    bool keyword = p[0] == 'i' && (p[1] == 'f' || p[1] == 'n' || p[1] == 's');
    for (size_t i = 0; !keyword && i < sizeof words / sizeof *words; i++) {
        size_t n = strlen(words[i]);
        if (strncmp(p, words[i], n) != 0)
            continue; /* p[n] may be past the text's end */
        unsigned char after = (unsigned char)p[n];
        keyword = !(isalnum(after) || after == '_' || after >= 0x80);
    }
    if (keyword) {
        char message[160];
        snprintf(message, sizeof message,
                 "minipy does not support a number run into a keyword "
                 "(CPython warns: invalid %s literal); put a space "
                 "between them",
                 kind);
        note_unsupported(lx, start, message);
        return true;
    }
    unsigned char c = (unsigned char)*p;
    if (c < 0x80 && (isalnum(c) || c == '_'))
        return invalid_literal(lx, p, kind);
    return true;
}

/* Decimal digits from p, a single underscore allowed between two: where
   they end, or NULL on an error. */
static const char *
decimal_tail(Lexer *lx, const char *p)
{
    for (;;) {
        while (isdigit((unsigned char)*p))
            p++;
        if (*p != '_')
            return p;
        if (!isdigit((unsigned char)p[1])) {
            invalid_literal(lx, p + 1, "decimal");
            return NULL;
        }
        p++;
    }
}

/* A float or an imaginary literal, from start, whose digits before its
   '.', exponent or 'j' end at p: scanned as CPython's tokenizer scans
   it, for its errors, and noted, as minipy has none. */
static bool
scan_float(Lexer *lx, Token *tok, const char *start, const char *p)
{
    const char *kind = "decimal";
    if (*p == '.') {
        p++;
        if (isdigit((unsigned char)*p) && (p = decimal_tail(lx, p)) == NULL)
            return false;
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p++;
        if (*p == '+' || *p == '-') {
            if (!isdigit((unsigned char)*++p))
                return invalid_literal(lx, p, kind);
        } else if (!isdigit((unsigned char)*p)) {
            p = e; /* 1else: the number ends before the e */
            goto end;
        }
        if ((p = decimal_tail(lx, p)) == NULL)
            return false;
    }
    if (*p == 'j' || *p == 'J') {
        p++;
        kind = "imaginary";
    }
end:
    if (!end_of_number(lx, start, p, kind))
        return false;
    note_unsupported(lx, start,
                     "minipy has no floats or complex numbers, only ints");
    emit(lx, tok, T_NUMBER, start, (int)(p - start));
    tok->number = 0;
    return true;
}

static bool scan_operator(Lexer *lx, Token *tok, const char *p);

/* A number; minus, when not NULL, is a unary minus in front of it.  The
   two make one token only for -9223372036854775808, whose digits alone
   do not fit in 64 bits (CPython's ints are unbounded: there the minus
   applies to 2**63). */
static bool
scan_number(Lexer *lx, Token *tok, const char *start, const char *minus)
{
    const char *p = start;
    int base = 10;
    if (p[0] == '0' && p[1] != '\0' && strchr("xXoObB", p[1]) != NULL) {
        base = tolower((unsigned char)p[1]) == 'x'   ? 16
               : tolower((unsigned char)p[1]) == 'o' ? 8
                                                     : 2;
        p += 2;
    }
    uint64_t value = 0;
    bool too_big = false;
    const char *digits = p;
    p = scan_digits(p, base, &value, &too_big);
    if (*p == '_')
        return bad_literal(lx, p + 1, base);
    if (p == digits)
        return bad_literal(lx, p, base);
    if (base == 10 &&
        (*p == '.' || *p == 'e' || *p == 'E' || *p == 'j' || *p == 'J'))
        return minus != NULL ? scan_operator(lx, tok, minus)
                             : scan_float(lx, tok, start, p);
    if (base < 10 && isdigit((unsigned char)*p))
        return bad_literal(lx, p, base);
    if (base == 10 && start[0] == '0' && value != 0)
        return fail(lx, start,
                    "leading zeros in decimal integer literals "
                    "are not permitted; use an 0o prefix for "
                    "octal integers");
    if (!end_of_number(lx, start, p, base_name(base)))
        return false;
    bool min_int = !too_big && value == (uint64_t)INT64_MAX + 1;
    if (minus != NULL && !min_int)
        return scan_operator(lx, tok, minus);
    if (minus != NULL) {
        emit(lx, tok, T_NUMBER, minus, (int)(p - minus));
        tok->number = INT64_MIN;
        return true;
    }
    emit(lx, tok, T_NUMBER, start, (int)(p - start));
    tok->number = (int64_t)value;
    if (too_big || value > (uint64_t)INT64_MAX) {
        note_unsupported(lx, start,
                         "integer literal too large for minipy's 64-bit ints");
        tok->number = 0;
    }
    return true;
}

static bool
buffer_put(Lexer *lx, size_t *len, const char *s, size_t n)
{
    if (*len + n + 1 > lx->buffer_cap) {
        size_t cap = lx->buffer_cap ? lx->buffer_cap : 256;
        while (cap < *len + n + 1)
            cap *= 2;
        char *grown = PyMem_RawRealloc(lx->buffer, cap);
        if (grown == NULL) {
            PyErr_NoMemory();
            lx->failed = true;
            return false;
        }
        lx->buffer = grown;
        lx->buffer_cap = cap;
    }
    memcpy(lx->buffer + *len, s, n);
    *len += n;
    lx->buffer[*len] = '\0';
    return true;
}

/* The literal being scanned: where its body starts and ends (its closing
   quote, or the end of the file), and where the literal starts. */
typedef struct {
    const char *body, *end;
    int line, column;
    bool bytes; /* b'...': no \\u, \\U or \\N escapes */
} StringScan;

/* Where p is in the literal's body, as CPython's error messages count:
   in bytes, with each non-ASCII character counted as the ten of its
   \UXXXXXXXX form (its parser rewrites them so before decoding). */
static long
body_position(const char *body, const char *p)
{
    long pos = 0;
    for (const char *q = body; q < p; q++) {
        unsigned char c = (unsigned char)*q;
        if (c == '\r' && q[1] == '\n')
            continue;
        if (c < 0x80)
            pos++;
        else if (c >= 0xC0)
            pos += 10; /* a lead byte; continuation bytes count nothing */
    }
    return pos;
}

/* A bad escape from the backslash at p to just before stop: CPython's
   SyntaxError, which names the unicode_escape codec. */
static int
bad_escape(Lexer *lx, const StringScan *str, const char *p, const char *stop,
           const char *what)
{
    char message[160];
    long at = body_position(str->body, p);
    snprintf(message, sizeof message,
             "(unicode error) 'unicodeescape' codec can't decode bytes in "
             "position %ld-%ld: %s",
             at, at + (long)(stop - p) - 1, what);
    fail_at(lx, EXC_SYNTAX, str->line, str->column, message);
    return -1;
}

/* \x without two hex digits in a bytes literal: CPython's ValueError,
   made a SyntaxError. */
static int
bad_bytes_escape(Lexer *lx, const StringScan *str, const char *p)
{
    char message[96];
    snprintf(message, sizeof message,
             "(value error) invalid \\x escape at position %ld",
             body_position(str->body, p));
    fail_at(lx, EXC_SYNTAX, str->line, str->column, message);
    return -1;
}

/* \N{NAME}: without a table of Unicode's names we can only tell a
   malformed one, as CPython does, from one we cannot look up. */
static int
name_escape(Lexer *lx, const StringScan *str, const char *p)
{
    const char *q = p + 2;
    if (*q == '{' && q < str->end) {
        const char *close = ++q;
        while (close < str->end && *close != '}')
            close++;
        if (close < str->end && close > q) {
            note_unsupported(lx, p, "minipy does not support \\N{...} escapes");
            return (int)(close - p) + 1;
        }
        q = close;
    }
    return bad_escape(lx, str, p, q, "malformed \\N character escape");
}

/* One escape sequence after a backslash at p: its value goes to the
   buffer; returns the characters consumed, or -1 on an error. */
static int
scan_escape(Lexer *lx, const StringScan *str, const char *p, size_t *len)
{
    static const char simple_in[] = "nrt\\'\"abfv",
                      simple_out[] = "\n\r\t\\'\"\a\b\f\v";
    const char *hit = p[1] ? strchr(simple_in, p[1]) : NULL;
    if (hit != NULL)
        return buffer_put(lx, len, &simple_out[hit - simple_in], 1) ? 2 : -1;
    uint32_t code = 0;
    int used = 1;
    if (p[1] >= '0' && p[1] <= '7') {
        for (; used <= 3 && p[used] >= '0' && p[used] <= '7'; used++)
            code = code * 8 + (uint32_t)(p[used] - '0');
        if (code > 0377 && lx->invalid_escape == NULL)
            lx->invalid_escape = p + 1;
    } else if (p[1] == 'x' || (!str->bytes && (p[1] == 'u' || p[1] == 'U'))) {
        int want = p[1] == 'x' ? 2 : p[1] == 'u' ? 4 : 8;
        for (used = 2; used < want + 2; used++) {
            if ((p + used >= str->end || !isxdigit((unsigned char)p[used])) &&
                str->bytes)
                return bad_bytes_escape(lx, str, p);
            if (p + used >= str->end || !isxdigit((unsigned char)p[used]))
                return bad_escape(lx, str, p, p + used,
                                  p[1] == 'x'   ? "truncated \\xXX escape"
                                  : p[1] == 'u' ? "truncated \\uXXXX escape"
                                                : "truncated \\UXXXXXXXX "
                                                  "escape");
            code = code * 16 + (uint32_t)digit_value(p[used]);
        }
        if (code > 0x10FFFF)
            return bad_escape(lx, str, p, p + used,
                              "illegal Unicode character");
    } else if (p[1] == 'N' && !str->bytes) {
        return name_escape(lx, str, p);
    } else {
        /* an unknown escape keeps its backslash, as in Python; a
           backslash before a character beyond ASCII is not an escape
           to CPython (its parser writes it as \u005c first) */
        if (lx->invalid_escape == NULL && (unsigned char)p[1] < 0x80)
            lx->invalid_escape = p + 1;
        return buffer_put(lx, len, p, 1) ? 1 : -1;
    }
    if (str->bytes)
        return used; /* minipy has no bytes: the value is never used */
    if (code >= 0xD800 && code <= 0xDFFF) {
        note_unsupported(lx, p, "minipy strings cannot hold surrogates");
        return used;
    }
    char utf8[4];
    return buffer_put(lx, len, utf8, (size_t)utf8_encode(code, utf8)) ? used
                                                                      : -1;
}

/* The literal just read had an escape Python does not know: CPython
   3.12+ warns (warn_invalid_escape_sequence, Parser/string_parser.c,
   v3.13.0), once for each literal and each piece of an f-string's text,
   naming the first, on the line where the literal ends for an f-string,
   starts for the others.  An octal escape above \377 is one. */
static void
warn_escape(Lexer *lx, int line, const char *e)
{
    if (e == NULL || lx->quiet)
        return;
    if (*e >= '0' && *e <= '7')
        PyErr_WarnSyntaxToken(line, "invalid octal escape sequence '\\%.3s'",
                              e);
    else
        PyErr_WarnSyntaxToken(line, "invalid escape sequence '\\%c'", *e);
}

static void
warn_invalid_escape(Lexer *lx, int line)
{
    warn_escape(lx, line, lx->invalid_escape);
    lx->invalid_escape = NULL;
}

/* The string starting at line, column is still open at p: the end of
   its line, or of the file (whose last line is the one a final newline
   ends, as CPython counts). */
static bool
unterminated(Lexer *lx, int line, int column, bool triple, const char *p,
             const char *kind)
{
    char message[96];
    int detected = lx->line;
    if (*p == '\0' && p > lx->source && (p[-1] == '\n' || p[-1] == '\r'))
        detected--;
    snprintf(message, sizeof message,
             "unterminated %s%sstring literal (detected at line %d)",
             triple ? "triple-quoted " : "", kind, detected);
    lx->incomplete = triple && *p == '\0';
    return fail_at(lx, EXC_SYNTAX, line, column, message);
}

/* Where the body starting at p ends: its closing quote, or where the
   scan will stop (the end of the line, or of the file). */
static const char *
closing_quote(const char *p, char q, bool triple)
{
    for (; *p != '\0'; p++) {
        if (*p == q && (!triple || (p[1] == q && p[2] == q)))
            return p;
        if (*p == '\\' && p[1] != '\0')
            p += line_end(p + 1) ? line_end(p + 1) : 1;
        else if (!triple && line_end(p))
            return p;
    }
    return p;
}

static bool open_bracket(Lexer *lx, const char *p);
static bool next_token(Lexer *lx, Token *tok);

/* The f-string being read, innermost first, if any. */
static FStringMode *
fstring_mode(Lexer *lx)
{
    return lx->nfstrings > 0 ? &lx->fstrings[lx->nfstrings - 1] : NULL;
}

/* In a replacement field's expression, not in an f-string's text. */
static FStringMode *
in_fstring_expr(Lexer *lx)
{
    FStringMode *fs = fstring_mode(lx);
    return fs != NULL && !fs->in_text ? fs : NULL;
}

/* A string in a field's expression never closed: if it opens with the
   f-string's own quote, the field is what was never closed (CPython's
   tokenizer, Parser/lexer/lexer.c, 3.13). */
static bool
string_unterminated(Lexer *lx, int line, int column, bool triple, const char *p,
                    char q)
{
    FStringMode *fs = in_fstring_expr(lx);
    if (fs != NULL && fs->quote == q && fs->triple == triple)
        return fail_at(lx, EXC_SYNTAX, line, column, "f-string: expecting '}'");
    return unterminated(lx, line, column, triple, p, "");
}

static bool
start_fstring(Lexer *lx, Token *tok, const char *start, const char *quote,
              bool raw)
{
    if (lx->nfstrings == MAX_FSTRING_LEVEL)
        return fail(lx, start, "too many nested f-strings");
    FStringMode *fs = &lx->fstrings[lx->nfstrings++];
    memset(fs, 0, sizeof *fs);
    fs->quote = *quote;
    fs->triple = quote[1] == *quote && quote[2] == *quote;
    fs->raw = raw;
    fs->in_text = true;
    fs->line = lx->line;
    fs->column = column_of(lx, start);
    fs->start = start;
    fs->base = lx->nbrackets;
    return emit(lx, tok, T_FSTRING_START, start,
                (int)(quote - start) + (fs->triple ? 3 : 1));
}

static bool
is_closing_quote(const FStringMode *fs, const char *p)
{
    return *p == fs->quote &&
           (!fs->triple || (p[1] == fs->quote && p[2] == fs->quote));
}

/* One piece of an f-string's text: a backslash sequence, a doubled
   brace, a line end or a character, added to the buffer.  The length
   read, 0 at a brace or the end of the text, -1 on an error. */
static int
fstring_piece(Lexer *lx, FStringMode *fs, const StringScan *str, const char *p,
              size_t *len)
{
    bool spec = fs->nfields > 0;
    int eol = line_end(p);
    if (*p == '\0' || is_closing_quote(fs, p) || (eol && !fs->triple))
        return 0;
    if ((*p == '{' || *p == '}') && (spec || p[1] != *p))
        return 0;
    if (*p == '{' || *p == '}') /* {{ and }} stand for one brace */
        return buffer_put(lx, len, p, 1) ? 2 : -1;
    if (*p == '\\' && line_end(p + 1)) {
        int n = 1 + line_end(p + 1);
        if (fs->raw && !buffer_put(lx, len, p, (size_t)n))
            return -1;
        new_line(lx, p + n);
        return n;
    }
    if (*p == '\\' && fs->raw) {
        int n = p[1] == '\0' || p[1] == '{' || p[1] == '}' ? 1 : 2;
        return buffer_put(lx, len, p, (size_t)n) ? n : -1;
    }
    if (*p == '\\')
        return scan_escape(lx, str, p, len);
    if (eol) {
        if (!buffer_put(lx, len, "\n", 1))
            return -1;
        new_line(lx, p + eol);
        return eol;
    }
    return buffer_put(lx, len, p, 1) ? 1 : -1;
}

/* At a brace, the end of the text or the closing quote: open a field,
   end a format spec's text, or end the f-string. */
static bool
fstring_delimiter(Lexer *lx, Token *tok, FStringMode *fs, const char *p)
{
    bool spec = fs->nfields > 0;
    if (*p == '{') {
        if (fs->nfields == MAX_EXPR_NESTING)
            return fail_at(lx, EXC_SYNTAX, lx->line, column_of(lx, p) - 1,
                           "f-string: expressions nested too deeply");
        if (!open_bracket(lx, p))
            return false;
        fs->field[fs->nfields++] = lx->nbrackets - 1;
        fs->in_text = false;
        return emit(lx, tok, T_LBRACE, p, 1);
    }
    if (*p == '}' && !spec)
        return fail(lx, p, "f-string: single '}' is not allowed");
    if (is_closing_quote(fs, p)) {
        for (int i = 0; i < fs->nescapes; i++)
            warn_escape(lx, lx->line, fs->escapes[i]);
        lx->nfstrings--;
        return emit(lx, tok, T_FSTRING_END, p, fs->triple ? 3 : 1);
    }
    if (!spec) /* the end of the line or of the file */
        return unterminated(lx, fs->line, fs->column, fs->triple, p, "f-");
    /* a format spec ends at its '}', a line end or the end of the file:
       the rest is read as the field's tokens */
    fs->in_text = false;
    lx->p = p;
    return next_token(lx, tok);
}

/* An f-string's text up to its next field, or the end of a field. */
static bool
fstring_text(Lexer *lx, Token *tok)
{
    FStringMode *fs = fstring_mode(lx);
    const char *p = lx->p, *start = p;
    int line = lx->line, column = column_of(lx, p);
    StringScan str = {p, closing_quote(p, fs->quote, fs->triple), line, column,
                      false};
    size_t len = 0;
    if (!buffer_put(lx, &len, "", 0))
        return false;
    lx->invalid_escape = NULL;
    for (int n; (n = fstring_piece(lx, fs, &str, p, &len)) != 0; p += n)
        if (n < 0)
            return false;
    if (p == start)
        return fstring_delimiter(lx, tok, fs, p);
    if (lx->invalid_escape != NULL && fs->nescapes < MAX_FSTRING_ESCAPES)
        fs->escapes[fs->nescapes++] = lx->invalid_escape;
    lx->invalid_escape = NULL;
    tok->type = T_FSTRING_MIDDLE;
    tok->start = start;
    tok->length = (int)(p - start);
    tok->line = line;
    tok->column = column;
    tok->string = lx->buffer;
    tok->string_length = (int)len;
    lx->p = p;
    return true;
}

/* The prefix of a string, from p to q: one Python has?  u, r, b or f
   alone, or r with b or f in either order (ur'' is the name ur, then a
   string). */
static bool
string_prefix(const char *p, const char *q)
{
    if (q - p < 2)
        return true;
    char a = (char)tolower((unsigned char)p[0]),
         b = (char)tolower((unsigned char)p[1]);
    if (a == 'r')
        a = b, b = 'r';
    return b == 'r' && (a == 'b' || a == 'f');
}

/* A string literal from its prefix (r, u) to its closing quote. */
static bool
scan_string(Lexer *lx, Token *tok, const char *start, const char *quote)
{
    bool raw = false, bytes = false;
    for (const char *p = start; p < quote; p++) {
        char c = (char)tolower((unsigned char)*p);
        bytes |= c == 'b';
        raw |= c == 'r';
    }
    if (memchr(start, 'f', (size_t)(quote - start)) != NULL ||
        memchr(start, 'F', (size_t)(quote - start)) != NULL)
        return start_fstring(lx, tok, start, quote, raw);
    char q = *quote;
    bool triple = quote[1] == q && quote[2] == q;
    int line = lx->line, column = column_of(lx, start);
    const char *p = quote + (triple ? 3 : 1);
    StringScan str = {p, closing_quote(p, q, triple), line, column, bytes};
    if (bytes && *str.end == q) {
        for (const char *c = p; c < str.end; c++)
            if ((unsigned char)*c >= 0x80)
                return fail_at(lx, EXC_SYNTAX, line, column,
                               "bytes can only contain ASCII literal "
                               "characters");
        lexer_note_unsupported(lx, line, column, "minipy has no bytes objects");
    }
    size_t len = 0;
    buffer_put(lx, &len, "", 0);
    lx->invalid_escape = NULL;
    for (;;) {
        if (*p == '\0')
            return string_unterminated(lx, line, column, triple, p, q);
        if (*p == q && (!triple || (p[1] == q && p[2] == q)))
            break;
        int eol = line_end(p);
        if (eol && !triple)
            return string_unterminated(lx, line, column, false, p, q);
        if (*p == '\\' && line_end(p + 1)) {
            if (raw && !buffer_put(lx, &len, p, (size_t)1 + line_end(p + 1)))
                return false;
            p += 1 + line_end(p + 1);
            new_line(lx, p);
            continue;
        }
        if (*p == '\\' && raw && p[1] != '\0') {
            if (!buffer_put(lx, &len, p, 2))
                return false;
            p += 2;
            continue;
        }
        if (*p == '\\' && !raw) {
            int used = scan_escape(lx, &str, p, &len);
            if (used < 0)
                return false;
            p += used;
            continue;
        }
        if (eol) {
            if (!buffer_put(lx, &len, "\n", 1))
                return false;
            p += eol;
            new_line(lx, p);
            continue;
        }
        if (!buffer_put(lx, &len, p, 1))
            return false;
        p++;
    }
    warn_invalid_escape(lx, line);
    p += triple ? 3 : 1;
    tok->type = T_STRING;
    tok->start = start;
    tok->length = (int)(p - start);
    tok->line = line;
    tok->column = column;
    tok->string = lx->buffer;
    tok->string_length = (int)len;
    tok->bytes = bytes;
    lx->p = p;
    return true;
}

/* ---- operators ---- */

static const struct {
    const char *text;
    TokenType type;
} operators[] = {
    /* longest first, so that "//=" wins over "//" and "/" */
    {"**=", T_OTHER_OP},    {"//=", T_DSLASHEQUAL}, {">>=", T_OTHER_OP},
    {"<<=", T_OTHER_OP},    {"...", T_OTHER_OP},    {"->", T_OTHER_OP},
    {":=", T_OTHER_OP},     {"**", T_OTHER_OP},     {"//", T_DSLASH},
    {"==", T_EQEQUAL},      {"!=", T_NOTEQUAL},     {"<=", T_LESSEQUAL},
    {">=", T_GREATEREQUAL}, {"<<", T_OTHER_OP},     {">>", T_OTHER_OP},
    {"+=", T_PLUSEQUAL},    {"-=", T_MINEQUAL},     {"*=", T_STAREQUAL},
    {"%=", T_PERCENTEQUAL}, {"/=", T_OTHER_OP},     {"@=", T_OTHER_OP},
    {"&=", T_OTHER_OP},     {"|=", T_OTHER_OP},     {"^=", T_OTHER_OP},
    {"(", T_LPAR},          {")", T_RPAR},          {"[", T_LSQB},
    {"]", T_RSQB},          {"{", T_LBRACE},        {"}", T_RBRACE},
    {":", T_COLON},         {",", T_COMMA},         {";", T_SEMI},
    {".", T_DOT},           {"+", T_PLUS},          {"-", T_MINUS},
    {"*", T_STAR},          {"%", T_PERCENT},       {"=", T_EQUAL},
    {"<", T_LESS},          {">", T_GREATER},       {"/", T_OTHER_OP},
    {"@", T_OTHER_OP},      {"&", T_OTHER_OP},      {"|", T_OTHER_OP},
    {"^", T_OTHER_OP},      {"~", T_OTHER_OP},
};

static bool
open_bracket(Lexer *lx, const char *p)
{
    if (lx->nbrackets == MAX_PAREN_DEPTH)
        return fail(lx, p, "too many nested parentheses");
    lx->brackets[lx->nbrackets].kind = *p;
    lx->brackets[lx->nbrackets].line = lx->line;
    lx->brackets[lx->nbrackets++].column = column_of(lx, p);
    return true;
}

/* In an f-string's field: a '}' with no bracket of the f-string's open,
   or a bracket that closes the field's '{' but is not '}'.  True if it
   set the error. */
static bool
fstring_close_error(Lexer *lx, const char *p)
{
    FStringMode *fs = in_fstring_expr(lx);
    char message[64];
    if (fs == NULL)
        return false;
    if (*p == '}' && lx->nbrackets == fs->base)
        return !fail(lx, p, "f-string: single '}' is not allowed");
    if (*p != '}' && fs->nfields > 0 &&
        lx->nbrackets - 1 == fs->field[fs->nfields - 1]) {
        snprintf(message, sizeof message, "f-string: unmatched '%c'", *p);
        return !fail(lx, p, message);
    }
    return false;
}

static bool
close_bracket(Lexer *lx, const char *p)
{
    char message[128];
    if (fstring_close_error(lx, p))
        return false;
    if (lx->nbrackets == 0) {
        snprintf(message, sizeof message, "unmatched '%c'", *p);
        return fail(lx, p, message);
    }
    char open = lx->brackets[lx->nbrackets - 1].kind;
    char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*p != expected) {
        int line = lx->brackets[lx->nbrackets - 1].line;
        if (line == lx->line)
            snprintf(message, sizeof message,
                     "closing parenthesis '%c' does "
                     "not match opening parenthesis '%c'",
                     *p, open);
        else
            snprintf(message, sizeof message,
                     "closing parenthesis '%c' does "
                     "not match opening parenthesis '%c' on line %d",
                     *p, open, line);
        return fail(lx, p, message);
    }
    lx->nbrackets--;
    FStringMode *fs = in_fstring_expr(lx);
    if (fs != NULL && fs->nfields > 0 &&
        lx->nbrackets == fs->field[fs->nfields - 1]) {
        fs->nfields--; /* back to the text, or to the outer field's spec */
        fs->in_text = true;
    }
    return true;
}

static bool
scan_operator(Lexer *lx, Token *tok, const char *p)
{
    FStringMode *fs = in_fstring_expr(lx);
    if (fs != NULL && *p == '!' && p[1] != '=')
        return emit(lx, tok, T_BANG, p, 1);
    if (fs != NULL && *p == ':' && fs->nfields > 0 &&
        lx->nbrackets - 1 == fs->field[fs->nfields - 1]) {
        fs->in_text = true; /* the format spec */
        return emit(lx, tok, T_COLON, p, 1);
    }
    for (size_t i = 0; i < sizeof operators / sizeof *operators; i++) {
        size_t n = strlen(operators[i].text);
        if (strncmp(p, operators[i].text, n) != 0)
            continue;
        if (strchr("([{", *p) != NULL && !open_bracket(lx, p))
            return false;
        if (strchr(")]}", *p) != NULL && !close_bracket(lx, p))
            return false;
        return emit(lx, tok, operators[i].type, p, (int)n);
    }
    uint32_t code = (unsigned char)*p;
    Py_ssize_t n = code < 0x80 ? 1 : utf8_decode(p, 4, &code);
    char message[64];
    if (n > 0 && !_PyUnicode_IsPrintable(code)) {
        snprintf(message, sizeof message,
                 "invalid non-printable character U+%04X", (unsigned)code);
        return fail(lx, p, message);
    }
    if (n > 0 && code >= 0x80) {
        snprintf(message, sizeof message, "invalid character '%.*s' (U+%04X)",
                 (int)n, p, (unsigned)code);
        return fail(lx, p, message);
    }
    return fail(lx, p, "invalid syntax");
}

/* ---- the token stream ---- */

static bool
end_of_file(Lexer *lx, Token *tok)
{
    if (lx->nbrackets > 0) {
        char kind, message[64];
        int line, column;
        lexer_unclosed_bracket(lx, &kind, &line, &column);
        snprintf(message, sizeof message, "'%c' was never closed", kind);
        lx->incomplete = true;
        return fail_at(lx, EXC_SYNTAX, line, column, message);
    }
    if (!lx->at_line_start) {
        lx->at_line_start = true;
        return emit(lx, tok, T_NEWLINE, lx->p, 0);
    }
    if (lx->depth > 1) {
        lx->depth--;
        return emit(lx, tok, T_DEDENT, lx->p, 0);
    }
    return emit(lx, tok, T_END, lx->p, 0);
}

/* After this token, a '-' is a unary minus (not a subtraction). */
static bool
unary_position(TokenType last)
{
    switch (last) {
    case T_NAME:
    case T_NUMBER:
    case T_STRING:
    case T_FSTRING_END:
    case T_RPAR:
    case T_RSQB:
    case T_RBRACE:
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
        return false;
    default:
        return true;
    }
}

static bool
next_token(Lexer *lx, Token *tok)
{
    memset(tok, 0, sizeof *tok);
    if (lx->failed)
        return false;
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        return emit(lx, tok, T_DEDENT, lx->p, 0);
    }
    if (lx->nfstrings > 0 && fstring_mode(lx)->in_text)
        return fstring_text(lx, tok);
    if (lx->at_line_start && lx->nbrackets == 0) {
        bool emitted = false;
        if (!start_line(lx, tok, &emitted))
            return false;
        if (emitted)
            return true;
    }
    const char *p = lx->p, *figure;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\f')
            p++;
        if (*p == '\\') {
            int eol = line_end(p + 1);
            if (eol == 0 && p[1] != '\0')
                return fail(lx, p + 1,
                            "unexpected character after line "
                            "continuation character");
            if (p[1 + eol] == '\0') {
                lx->incomplete = true;
                return fail(lx, p + 1, "unexpected EOF while parsing");
            }
            p += 1 + eol;
            new_line(lx, p);
            continue;
        }
        if (*p == '#' && p != lx->figure_at) {
            while (*p != '\0' && !line_end(p))
                p++;
        }
        if (line_end(p) && lx->nbrackets > 0) {
            p += line_end(p);
            new_line(lx, p);
            continue;
        }
        break;
    }
    lx->p = p;
    if (*p == '\0')
        return end_of_file(lx, tok);
    if (line_end(p)) {
        emit(lx, tok, T_NEWLINE, p, line_end(p));
        new_line(lx, lx->p);
        lx->at_line_start = true;
        return true;
    }
    if (*p == '#' && p == lx->figure_at && is_figure_comment(p, &figure)) {
        const char *end = figure;
        while (*end != '\0' && !line_end(end))
            end++;
        while (end > figure && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        emit(lx, tok, T_FIGURE, p, (int)(end - p));
        tok->string = figure;
        tok->string_length = (int)(end - figure);
        lx->p = end;
        return true;
    }
    const char *q = p;
    while (*q != '\0' && strchr("rRuUbBfF", *q) != NULL && q - p < 2)
        q++;
    if ((*q == '\'' || *q == '"') && string_prefix(p, q))
        return scan_string(lx, tok, p, q);
    bool nfkc = false;
    if (name_char(p, true, &nfkc) > 0)
        return scan_name(lx, tok, p);
    if (isdigit((unsigned char)*p))
        return scan_number(lx, tok, p, NULL);
    if (*p == '.' && isdigit((unsigned char)p[1]))
        return scan_float(lx, tok, p, p); /* .5 */
    if (*p == '-' && unary_position(lx->last)) {
        const char *digits = p + 1;
        while (*digits == ' ' || *digits == '\t' || *digits == '\f')
            digits++;
        if (isdigit((unsigned char)*digits))
            return scan_number(lx, tok, digits, p);
    }
    return scan_operator(lx, tok, p);
}

bool
lexer_next(Lexer *lx, Token *tok)
{
    bool ok = next_token(lx, tok);
    lx->last = tok->type;
    return ok;
}

/* ---- the encoding a script declares ---- */

/* The encoding a "coding:" comment on this line names (PEP 263): the
   line must hold only the comment.  Its length, or 0; *comment false
   if the line holds code. */
static size_t
coding_spec(const char *line, const char *end, const char **name, bool *comment)
{
    const char *p = line;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    *comment = p == end || *p == '#' || line_end(p);
    if (p == end || *p != '#')
        return 0;
    for (; p + 6 < end; p++) {
        if (memcmp(p, "coding", 6) != 0 || (p[6] != ':' && p[6] != '='))
            continue;
        const char *q = p + 7;
        while (*q == ' ' || *q == '\t')
            q++;
        *name = q;
        while (q < end && (isalnum((unsigned char)*q) || *q == '-' ||
                           *q == '_' || *q == '.'))
            q++;
        if (q > *name)
            return (size_t)(q - *name);
    }
    return 0;
}

/* The name as Python's codecs look it up: lower case, '_' for '-'. */
static void
codec_name(char *out, size_t cap, const char *name, size_t length)
{
    size_t n = length < cap - 1 ? length : cap - 1;
    for (size_t i = 0; i < n; i++)
        out[i] = name[i] == '-' ? '_' : (char)tolower((unsigned char)name[i]);
    out[n] = '\0';
}

/* name itself, or name and a '-' and more */
static bool
is_name_or_prefix(const char *normal, const char *name)
{
    size_t n = strlen(name);
    return strncmp(normal, name, n) == 0 &&
           (normal[n] == '\0' || normal[n] == '-');
}

static bool
one_of(const char *name, const char *const *names)
{
    for (; *names != NULL; names++)
        if (strcmp(name, *names) == 0)
            return true;
    return false;
}

static bool
starts_with_one_of(const char *name, const char *const *prefixes)
{
    for (; *prefixes != NULL; prefixes++)
        if (strncmp(name, *prefixes, strlen(*prefixes)) == 0)
            return true;
    return false;
}

int
lexer_check_encoding(const char *text, size_t size, bool bom)
{
    static const char *const utf8[] = {"utf_8",     "utf8",    "u8",
                                       "utf",       "cp65001", "utf8_ucs2",
                                       "utf8_ucs4", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", NULL};
    static const char *const wide[] = {"utf_16", "utf16", "utf_32", "utf32",
                                       NULL};
    static const char *const ascii_based[] = {
        "latin", "l1",   "iso8859", "iso_8859", "iso_latin", "cp", "windows_",
        "koi8",  "mac_", "ascii",   "us_ascii", "646",       NULL};
    const char *end = text + size, *line = text, *name = NULL;
    size_t length = 0;
    for (int i = 0; i < 2 && line < end; i++) {
        const char *eol = line;
        while (eol < end && !line_end(eol))
            eol++;
        bool comment;
        length = coding_spec(line, eol, &name, &comment);
        if (length > 0 || !comment)
            break; /* only a comment or a blank line lets line 2 have it */
        line = eol + (eol < end ? line_end(eol) : 0);
    }
    if (length == 0)
        return 0;
    char codec[32], normal[16];
    codec_name(codec, sizeof codec, name, length);
    /* CPython's own names for UTF-8 and Latin-1, as its messages give
       them (Parser/tokenizer/helpers.c, get_normal_name, 3.13) */
    codec_name(normal, 13, name, length);
    for (char *c = normal; *c; c++)
        *c = *c == '_' ? '-' : *c;
    bool is_utf8 = is_name_or_prefix(normal, "utf-8");
    bool is_latin1 = is_name_or_prefix(normal, "latin-1") ||
                     is_name_or_prefix(normal, "iso-8859-1") ||
                     is_name_or_prefix(normal, "iso-latin-1");
    if (bom && !is_utf8) {
        PyErr_Format(EXC_SYNTAX, "encoding problem: %.*s with BOM",
                     is_latin1 ? 10 : (int)length,
                     is_latin1 ? "iso-8859-1" : name);
        return -1;
    }
    if (is_utf8 || one_of(codec, utf8))
        return 0;
    bool ascii_only = true;
    for (const char *p = text; p < end && ascii_only; p++)
        ascii_only = (unsigned char)*p < 0x80;
    if (starts_with_one_of(codec, wide) ||
        (one_of(codec, ascii) && !ascii_only)) {
        PyErr_Format(EXC_SYNTAX, "encoding problem: %.*s", (int)length, name);
        return -1;
    }
    if (ascii_only && (is_latin1 || starts_with_one_of(codec, ascii_based)))
        return 0; /* its text is the same in UTF-8 */
    PyErr_SyntaxAt(EXC_NOT_IMPLEMENTED, line == text ? 1 : 2,
                   (int)(name - line) + 1,
                   "minipy does not support source encodings other than "
                   "UTF-8 (%.*s)",
                   (int)length, name);
    return -1;
}

void
lexer_end_position(Lexer *lx, int *line, int *column)
{
    const char *end = lx->source + strlen(lx->source);
    if (end == lx->source || (end[-1] != '\n' && end[-1] != '\r'))
        return;
    const char *last = end - 1;
    if (last > lx->source && last[0] == '\n' && last[-1] == '\r')
        last--;
    const char *start = last;
    while (start > lx->source && start[-1] != '\n' && start[-1] != '\r')
        start--;
    *line = lx->line - 1;
    *column = (int)(last - start) + 1;
}

bool
lexer_unclosed_bracket(Lexer *lx, char *kind, int *line, int *column)
{
    if (lx->nbrackets == 0)
        return false;
    *kind = lx->brackets[lx->nbrackets - 1].kind;
    *line = lx->brackets[lx->nbrackets - 1].line;
    *column = lx->brackets[lx->nbrackets - 1].column;
    return true;
}
