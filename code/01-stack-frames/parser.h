#ifndef MINIPY_PARSER_H
#define MINIPY_PARSER_H

#include "ast.h"

/* The front end, from a module's source to its code (pipeline.c): parse,
   then resolve.  m's arena must be initialised.  0, or -1 with a
   SyntaxError (or another compile-time error) set. */
int compile_module(Module *m, const char *source);

/* The parser: the module's statements, their names and constants made
   as objects owned by m's arena (parser.c, constants.c). */
int parse_ast(Module *m, const char *source, Stmt **body);
PyObject *_PyAST_Identifier(Arena *arena, const char *text, int length);
PyObject *_PyAST_Constant(Arena *arena, PyObject *value);

/* The resolver: decide where each name lives and build the code of the
   module, classes and functions (resolve.c). */
int resolve_module(Module *m, Stmt *body);
/* Then the errors CPython's compiler finds that the parser noted
   (parser.c): resolved, or -1 with the first of them set. */
int _PyParser_CompileError(Module *m, int resolved);

#endif
