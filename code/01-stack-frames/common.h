#ifndef MINIPY_COMMON_H
#define MINIPY_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef ptrdiff_t Py_ssize_t;
typedef int64_t Py_hash_t;

#define MINIPY_VERSION "0.1"

/* The most brackets the tokenizer keeps open, as CPython's (MAXLEVEL in
   Parser/lexer/state.h, 3.13).  How deep the parser and the compiler go
   is limited in parser.c and resolve.c, as CPython limits it. */
#define MAX_PAREN_DEPTH 200

/* How much of the C stack we keep free for error reporting when the
   recursion check fires: this much, or a quarter of a smaller stack. */
#define C_STACK_MARGIN ((size_t)256 << 10)

/* How deep C code may recurse through objects (repr, ==, hash, in):
   CPython 3.13's Py_C_RECURSION_LIMIT (Include/cpython/pystate.h). */
#define C_RECURSION_LIMIT 10000

#endif
