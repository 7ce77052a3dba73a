#ifndef MINIPY_LEXER_H
#define MINIPY_LEXER_H

#include "common.h"

typedef enum {
    T_END,
    T_NEWLINE,
    T_INDENT,
    T_DEDENT,
    T_NAME,
    T_NUMBER,
    T_STRING,
    T_FSTRING_START,  /* f" and its prefix */
    T_FSTRING_MIDDLE, /* an f-string's text between fields, decoded */
    T_FSTRING_END,    /* its closing quote */
    T_FIGURE,         /* a "# figure: NAME" comment line */
    /* punctuation and operators */
    T_LPAR,
    T_RPAR,
    T_LSQB,
    T_RSQB,
    T_LBRACE,
    T_RBRACE,
    T_COLON,
    T_COMMA,
    T_SEMI,
    T_DOT,
    T_PLUS,
    T_MINUS,
    T_STAR,
    T_DSLASH,
    T_PERCENT,
    T_EQUAL,
    T_EQEQUAL,
    T_NOTEQUAL,
    T_LESS,
    T_LESSEQUAL,
    T_GREATER,
    T_GREATEREQUAL,
    T_PLUSEQUAL,
    T_MINEQUAL,
    T_STAREQUAL,
    T_DSLASHEQUAL,
    T_PERCENTEQUAL,
    T_BANG,     /* '!' before a conversion, in an f-string's field */
    T_OTHER_OP, /* Python operators outside the subset: / ** @ ... */
    /* keywords */
    T_AND,
    T_BREAK,
    T_CLASS,
    T_CONTINUE,
    T_DEF,
    T_DEL,
    T_ELIF,
    T_ELSE,
    T_FALSE,
    T_FOR,
    T_GLOBAL,
    T_IF,
    T_IMPORT,
    T_IN,
    T_IS,
    T_NONE,
    T_NOT,
    T_OR,
    T_PASS,
    T_RETURN,
    T_TRUE,
    T_WHILE,
    T_OTHER_KEYWORD, /* keywords outside the subset: try, lambda, ... */
} TokenType;

typedef struct {
    TokenType type;
    const char *start; /* the token's text in the source */
    int length;
    int line;
    int column;         /* 1-based */
    int64_t number;     /* T_NUMBER */
    const char *string; /* T_STRING: the decoded value (valid until the
                           next token); T_FIGURE: the marker's text */
    int string_length;
    bool bytes; /* T_STRING: a bytes literal (b'...') */
} Token;

#define MAX_INDENT 100
/* CPython's limits (Parser/lexer/state.h, 3.13): f-strings inside
   f-strings, and replacement fields inside format specs. */
#define MAX_FSTRING_LEVEL 150
#define MAX_EXPR_NESTING  3

/* An f-string being read (PEP 701): the lexer reads its text between
   fields itself, and a field's expression as ordinary tokens. */
#define MAX_FSTRING_ESCAPES 32

typedef struct {
    char quote;
    bool triple, raw;
    bool in_text;                /* reading its text (or a format spec) */
    int line, column;            /* where it starts, prefix included */
    const char *start;           /* there */
    int base;                    /* brackets open before it */
    int nfields;                 /* replacement fields open, innermost last */
    int field[MAX_EXPR_NESTING]; /* the bracket each field's '{' is */
    /* The first unknown escape of each piece of its text, warned of
       when it ends (lexer.c, warn_invalid_escape). */
    const char *escapes[MAX_FSTRING_ESCAPES];
    int nescapes;
} FStringMode;

/* A construct minipy lacks, noted where it starts: the parser reports
   the first in the text once all of it has parsed, as CPython would
   report a syntax error anywhere in it first (line 0: none noted). */
typedef struct {
    int line, column;
    int end_column; /* parser.c's late errors: where the statement ends */
    char message[160];
} Unsupported;

typedef struct {
    const char *source;
    const char *p;
    int line;
    const char *line_start;
    bool at_line_start;
    int indents[MAX_INDENT];     /* columns, tabs to multiples of 8 */
    int alt_indents[MAX_INDENT]; /* columns, tabs as one: to catch mixing */
    int depth;                   /* indents in use */
    int pending_dedents;
    struct {
        char kind;
        int line, column;
    } brackets[MAX_PAREN_DEPTH]; /* open brackets, innermost last */
    int nbrackets;
    const char *figure_at; /* a figure marker starts this line, here */
    char *buffer;          /* decoded string literals */
    size_t buffer_cap;
    FStringMode fstrings[MAX_FSTRING_LEVEL]; /* innermost last */
    int nfstrings;
    TokenType last; /* the type of the token before */
    Unsupported unsupported;
    bool failed;
    bool quiet; /* a copy reading ahead: it prints no warnings */
    /* The first escape of the literal being read that Python does not
       know (just after its backslash), or NULL: CPython 3.12+ warns. */
    const char *invalid_escape;
    bool incomplete; /* it failed at the end of the text: a bracket or a
                        triple-quoted string still open, a backslash
                        going on to the next line */
} Lexer;

void lexer_init(Lexer *lx, const char *source);
void lexer_free(Lexer *lx);
/* The next token; on an error, a T_END token with the error set. */
bool lexer_next(Lexer *lx, Token *tok);
/* What a character beyond ASCII may be in a name: 0, or NAME_CONTINUE,
   with NAME_START if a name may start with it, and NAME_NFKC if
   Unicode's NFKC normalization, which CPython applies to names, may
   change it (name_chars.c). */
enum { NAME_CONTINUE = 1, NAME_START = 2, NAME_NFKC = 4 };
int _PyUnicode_NameKind(uint32_t c);

/* Note a construct minipy lacks at line, column (its message in full),
   unless one earlier in the text was noted; one noted at the same place
   takes the place of the one before. */
void lexer_note_unsupported(Lexer *lx, int line, int column, const char *fmt,
                            ...);
/* The encoding a comment on the first two lines of a script declares
   (PEP 263, as CPython 3.13 reads it): 0 if none, or UTF-8, or one the
   text, all ASCII, reads the same in; else -1 with CPython's
   SyntaxError, or minipy's NotImplementedError, as it reads UTF-8 only.
   bom: the text began with a UTF-8 byte order mark. */
int lexer_check_encoding(const char *text, size_t size, bool bom);
/* Where CPython's parser puts an error found at a token the end of the
   text made (tokenize puts those after the last line): after the text
   of the last line, the one a final newline ends.  line and column are
   left alone when the text does not end with a newline. */
void lexer_end_position(Lexer *lx, int *line, int *column);
/* After a syntax error: the innermost bracket still open, if any, so
   the message can say it was never closed (as CPython does). */
bool lexer_unclosed_bracket(Lexer *lx, char *kind, int *line, int *column);

#endif
