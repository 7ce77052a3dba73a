#ifndef MINIPY_PARSER_H
#define MINIPY_PARSER_H

#include "ast.h"

/* Parse a module's source into m (whose arena must be initialised), and
   resolve its names.  0, or -1 with a SyntaxError (or another
   compile-time error) set. */
int parse_module(Module *m, const char *source);

/* The resolver: decide where each name lives and build the code of the
   module, classes and functions (resolve.c). */
int resolve_module(Module *m, Stmt *body);

#endif
