/* The front end's pipeline, in one place: parse the text into statements,
   fold and merge the constants, then resolve every name and build the
   code the evaluator runs. */
#include "parser.h"

int fold_and_merge_constants(Module *m, Stmt *body); /* fold.c */

int
compile_module(Module *m, const char *source)
{
    Stmt *body;
    if (parse_ast(m, source, &body) < 0)
        return -1;
    if (fold_and_merge_constants(m, body) < 0)
        return -1;
    return resolve_module(m, body);
}
