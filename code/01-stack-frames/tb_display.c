/* How a traceback shows the code of each frame: CPython 3.13's
   traceback module (Lib/traceback.py, StackSummary.format_frame_summary)
   prints the lines the instruction's place spans, the first and the last
   (and what is around its anchors), dedented, and underlines it:

       x = total + count(items)
           ~~~~~~^~~~~~~~~~~~~~

   '^' under an operator, '~' under its operands; under a call or a
   subscript, '~' for the function or the value, '^' from the bracket.
   It underlines nothing that would only repeat the whole line.  Columns
   are counted as a terminal shows them: a wide character takes two. */
#include "errors.h"
#include "unicodeobject.h"

#include <stdio.h>
#include <string.h>

/* ---- characters ---- */

/* Unicode's East Asian Width W and F (version 15.1, as CPython 3.13's
   unicodedata has it): the characters a terminal shows two columns
   wide. */
static const struct {
    uint32_t first, last;
} wide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},
    {0x23E9, 0x23EC},   {0x23F0, 0x23F0},   {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},
    {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},   {0x26F5, 0x26F5},   {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},
    {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x2E99},
    {0x2E9B, 0x2EF3},   {0x2F00, 0x2FD5},   {0x2FF0, 0x303E},
    {0x3041, 0x3096},   {0x3099, 0x30FF},   {0x3105, 0x312F},
    {0x3131, 0x318E},   {0x3190, 0x31E3},   {0x31EF, 0x321E},
    {0x3220, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA48C},
    {0xA490, 0xA4C6},   {0xA960, 0xA97C},   {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE52},
    {0xFE54, 0xFE66},   {0xFE68, 0xFE6B},   {0xFF01, 0xFF60},
    {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1},
    {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08},
    {0x1AFF0, 0x1AFF3}, {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE},
    {0x1B000, 0x1B122}, {0x1B132, 0x1B132}, {0x1B150, 0x1B152},
    {0x1B155, 0x1B155}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B},
    {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265},
    {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
    {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D},
    {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC},
    {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
    {0x1FA70, 0x1FA7C}, {0x1FA80, 0x1FA88}, {0x1FA90, 0x1FABD},
    {0x1FABF, 0x1FAC5}, {0x1FACE, 0x1FADB}, {0x1FAE0, 0x1FAE8},
    {0x1FAF0, 0x1FAF8}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

static int
char_width(uint32_t c)
{
    int lo = 0, hi = (int)(sizeof wide / sizeof *wide) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (c < wide[mid].first)
            hi = mid - 1;
        else if (c > wide[mid].last)
            lo = mid + 1;
        else
            return 2;
    }
    return 1;
}

/* The character at s (of n bytes at most), its length in *len: a byte
   that starts no UTF-8 character is one (Python's errors="replace"). */
static uint32_t
decode(const char *s, int n, int *len)
{
    uint32_t c;
    Py_ssize_t used = utf8_decode(s, n, &c);
    if (used < 1) {
        *len = 1;
        return 0xFFFD;
    }
    *len = (int)used;
    return c;
}

/* A line of the source, as a string of characters. */
typedef struct {
    const char *text;
    int bytes; /* without its line end */
} Line;

/* The byte where character i starts (or the end). */
static int
byte_of(Line l, int i)
{
    int at = 0;
    for (int len; i > 0 && at < l.bytes; i--)
        decode(l.text + at, l.bytes - at, &len), at += len;
    return at;
}

static int
chars(Line l)
{
    int n = 0;
    for (int at = 0, len; at < l.bytes; at += len, n++)
        decode(l.text + at, l.bytes - at, &len);
    return n;
}

/* Characters in the first `bytes` bytes (a character cut short counts as
   one, as Python's decode with errors="replace" does). */
static int
chars_in(Line l, int bytes)
{
    Line head = {l.text, bytes < l.bytes ? (bytes < 0 ? 0 : bytes) : l.bytes};
    return chars(head);
}

static uint32_t
char_at(Line l, int i)
{
    int at = byte_of(l, i), len;
    return at < l.bytes ? decode(l.text + at, l.bytes - at, &len) : 0;
}

/* The columns the first n characters take (_display_width). */
static int
width(Line l, int n)
{
    int w = 0, at = 0;
    for (int len; n > 0 && at < l.bytes; n--, at += len)
        w += char_width(decode(l.text + at, l.bytes - at, &len));
    return w;
}

/* str.isspace for one character (ASCII's, and the separators
   U+001C to U+001F that Python counts). */
static bool
is_white(uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) ||
           c == 0x85 || c == 0xA0;
}

static int
leading_white(Line l)
{
    int n = 0, total = chars(l);
    while (n < total && is_white(char_at(l, n)))
        n++;
    return n;
}

/* ---- the lines ---- */

/* Line `line` of the source (from 1), without its end; text NULL when
   the source has no such line. */
static Line
source_line(const char *source, int line)
{
    Line l = {NULL, 0};
    const char *p = source;
    for (int i = 1; p != NULL && i < line; i++) {
        p = strchr(p, '\n');
        if (p != NULL)
            p++;
    }
    if (p == NULL || (*p == '\0' && line > 1))
        return l;
    const char *end = strchr(p, '\n');
    l.text = p;
    l.bytes = end ? (int)(end - p) : (int)strlen(p);
    if (l.bytes > 0 && p[l.bytes - 1] == '\r')
        l.bytes--;
    return l;
}

/* Only spaces and tabs (textwrap.dedent's blank line). */
static bool
blank(Line l)
{
    for (int i = 0; i < l.bytes; i++)
        if (l.text[i] != ' ' && l.text[i] != '\t')
            return false;
    return true;
}

/* textwrap.dedent's margin: the longest run of spaces and tabs that
   starts every line that is not blank (bytes, ASCII). */
static int
margin(const char *source, int first, int last)
{
    int m = -1;
    Line ref = {NULL, 0};
    for (int i = first; i <= last; i++) {
        Line l = source_line(source, i);
        if (l.text == NULL || blank(l))
            continue;
        int n = 0;
        while (n < l.bytes && (l.text[n] == ' ' || l.text[n] == '\t'))
            n++;
        if (m < 0) {
            m = n;
            ref = l;
            continue;
        }
        int k = 0;
        while (k < m && k < n && l.text[k] == ref.text[k])
            k++;
        m = k;
    }
    return m < 0 ? 0 : m;
}

/* Line i of the span (from 0), dedented: blank lines are empty. */
static Line
span_line(const char *source, const Position *pos, int dedent, int i)
{
    Line l = source_line(source, pos->line + i);
    if (l.text == NULL || blank(l))
        return (Line){"", 0};
    return (Line){l.text + dedent, l.bytes - dedent};
}

/* ---- anchors ---- */

/* The segment the instruction spans, in its own coordinates: line 0
   starts at the instruction's first character, the last line ends at
   its end (traceback.py parses this text to find its anchors). */
typedef struct {
    const char *source;
    const Position *pos;
    int dedent;
    int nlines;
    int start, end; /* in characters: on line 0, on the last line */
} Segment;

static Line
segment_line(const Segment *s, int i)
{
    Line l = span_line(s->source, s->pos, s->dedent, i);
    if (i == s->nlines - 1)
        l.bytes = byte_of(l, s->end);
    if (i == 0) {
        int skip = byte_of(l, s->start);
        l.text += skip;
        l.bytes -= skip;
    }
    return l;
}

/* A place of the source (line, byte column) in the segment: false if
   it is not in it. */
static bool
segment_place(const Segment *s, int line, int col, int *at_line, int *at_col)
{
    int i = line - s->pos->line;
    if (i < 0 || i >= s->nlines)
        return false;
    Line l = source_line(s->source, line);
    if (l.text == NULL)
        return false;
    int c = chars_in(l, col) - (blank(l) ? 0 : s->dedent);
    if (i == 0)
        c -= s->start;
    *at_line = i;
    *at_col = c < 0 ? 0 : c;
    return true;
}

/* next_valid_char: the place itself, or the first character after it
   (lines with none are passed over); false past the segment's end. */
static bool
valid(const Segment *s, int *line, int *col)
{
    while (*line < s->nlines && *col >= chars(segment_line(s, *line))) {
        *col = 0;
        (*line)++;
    }
    return *line < s->nlines;
}

/* increment_until: from the place on, the first character that stop
   accepts, passing over the rest of a line at a backslash or a '#'. */
static bool
advance_until(const Segment *s, int *line, int *col, bool (*stop)(uint32_t))
{
    for (;;) {
        uint32_t c = char_at(segment_line(s, *line), *col);
        if (c == '\\' || c == '#') {
            (*line)++;
            *col = 0;
        } else if (stop(c)) {
            return true;
        } else {
            (*col)++;
        }
        if (!valid(s, line, col))
            return false;
    }
}

static bool
operator_start(uint32_t c)
{
    return !is_white(c) && c != ')';
}

static bool
left_bracket(uint32_t c)
{
    return c == '[';
}

static bool
left_paren(uint32_t c)
{
    return c == '(';
}

typedef struct {
    int left_line, left_col, right_line, right_col; /* segment's */
} Anchors;

/* _extract_caret_anchors_from_line_segment, from the parts of the node
   the compiler noted (codeobject.h, Position). */
static bool
find_anchors(const Segment *s, Anchors *a)
{
    const Position *p = s->pos;
    int line, col;
    if (p->anchor == ANCHOR_NONE ||
        !segment_place(s, p->left_line, p->left_col, &line, &col) ||
        !valid(s, &line, &col))
        return false;
    if (p->anchor == ANCHOR_BINOP) {
        if (!advance_until(s, &line, &col, operator_start))
            return false;
        Line l = segment_line(s, line);
        int right = col + 1, rline, rcol;
        bool right_known =
            segment_place(s, p->right_line, p->right_col, &rline, &rcol);
        if (right < chars(l) &&
            (!right_known || rline > line || right < rcol) &&
            !is_white(char_at(l, right)) && char_at(l, right) != '\\' &&
            char_at(l, right) != '#')
            right++;
        *a = (Anchors){line, col, line, right};
        return true;
    }
    if (!advance_until(s, &line, &col,
                       p->anchor == ANCHOR_CALL ? left_paren : left_bracket))
        return false;
    int last = s->nlines - 1;
    *a = (Anchors){line, col, last, chars(segment_line(s, last))};
    return true;
}

/* ---- printing ---- */

static void
print_line(FILE *out, Line l)
{
    fprintf(out, "    %.*s\n", l.bytes, l.text);
}

/* The carets under line i of the span (0-based): '^' or '~' from the
   instruction's start to its end, between the anchors the other one. */
static void
print_carets(FILE *out, const Segment *s, Line l, int i, const Anchors *a,
             int dp_start, int dp_end)
{
    bool anchored = a != NULL;
    char primary = anchored ? '~' : '^', secondary = '^';
    int left = 0, right = 0;
    if (anchored) {
        Line ll = span_line(s->source, s->pos, s->dedent, a->left_line);
        Line rl = span_line(s->source, s->pos, s->dedent, a->right_line);
        left = width(ll, a->left_col + (a->left_line == 0 ? s->start : 0));
        right = width(rl, a->right_col + (a->right_line == 0 ? s->start : 0));
    }
    int spaces = leading_white(l);
    int n = i == s->nlines - 1 ? dp_end : width(l, chars(l));
    fputs("    ", out);
    for (int col = 0; col < n; col++) {
        char c = primary;
        if (col < spaces || (i == 0 && col < dp_start))
            c = ' ';
        else if (anchored &&
                 (i > a->left_line || (i == a->left_line && col >= left)) &&
                 (i < a->right_line || (i == a->right_line && col < right)))
            c = secondary;
        fputc(c, out);
    }
    fputc('\n', out);
}

bool
_PyTraceback_PrintSpan(FILE *out, const char *source, const Position *at)
{
    int n = at->end_line - at->line + 1;
    if (source == NULL || at->col < 0 || at->end_col < 0 || n < 1)
        return false;
    /* from here on, lines are counted from the span's first (line 1),
       so that finding one does not walk the source from its start */
    Line start = source_line(source, at->line);
    if (start.text == NULL)
        return false;
    source = start.text;
    int lines_before = at->line - 1;
    Position local = *at;
    local.line -= lines_before;
    local.end_line -= lines_before;
    local.left_line -= lines_before;
    local.right_line -= lines_before;
    const Position *pos = &local;
    Line first = source_line(source, pos->line);
    Line last = source_line(source, pos->end_line);
    if (first.text == NULL || last.text == NULL)
        return false;
    int dedent = margin(source, pos->line, pos->end_line);
    bool all_blank = true;
    for (int i = 0; i < n && all_blank; i++) {
        Line l = span_line(source, pos, dedent, i);
        for (int k = 0; k < l.bytes && all_blank; k++)
            all_blank = is_white((unsigned char)l.text[k]);
    }
    if (all_blank)
        return true; /* nothing to show */
    Segment s = {source, pos, dedent, n, 0, 0};
    int shift = blank(first) ? 0 : dedent;
    s.start = chars_in(first, pos->col) - shift;
    s.end = chars_in(last, pos->end_col) - shift;
    if (s.start < 0)
        s.start = 0;
    if (s.end < 0)
        s.end = 0;
    Line l0 = span_line(source, pos, dedent, 0);
    Line ln = span_line(source, pos, dedent, n - 1);
    int dp_start = width(l0, s.start), dp_end = width(ln, s.end);

    Anchors anchors;
    bool anchored = find_anchors(&s, &anchors);
    /* _should_show_carets */
    bool show = false;
    if (!pos->whole_call) {
        show = anchored;
        for (int k = 0; !show && k < s.start; k++)
            show = !is_white(char_at(l0, k));
        for (int k = s.end, total = chars(ln); !show && k < total; k++)
            show = !is_white(char_at(ln, k));
    }
    /* the first and last lines, and those around the anchors */
    int rows[8], nrows = 0;
    int candidates[8] = {0, n - 1, -1, -1, -1, -1, -1, -1};
    if (anchored)
        for (int d = -1; d <= 1; d++) {
            candidates[3 + d] = anchors.left_line + d;
            candidates[6 + d] = anchors.right_line + d;
        }
    for (int k = 0; k < 8; k++) {
        int r = candidates[k];
        if (r < 0 || r >= n)
            continue;
        bool seen = false;
        for (int j = 0; j < nrows; j++)
            seen |= rows[j] == r;
        if (!seen)
            rows[nrows++] = r;
    }
    for (int a = 1; a < nrows; a++) /* sorted */
        for (int b = a; b > 0 && rows[b - 1] > rows[b]; b--) {
            int t = rows[b];
            rows[b] = rows[b - 1];
            rows[b - 1] = t;
        }
    for (int k = 0; k < nrows; k++) {
        if (k > 0 && rows[k] - rows[k - 1] > 2)
            fprintf(out, "    ...<%d lines>...\n", rows[k] - rows[k - 1] - 1);
        int from = k > 0 && rows[k] - rows[k - 1] == 2 ? rows[k] - 1 : rows[k];
        for (int i = from; i <= rows[k]; i++) {
            Line l = span_line(source, pos, dedent, i);
            print_line(out, l);
            if (show)
                print_carets(out, &s, l, i, anchored ? &anchors : NULL,
                             dp_start, dp_end);
        }
    }
    return true;
}
