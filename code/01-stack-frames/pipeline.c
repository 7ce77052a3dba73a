/* The front end's pipeline, in one place: parse the text into statements,
   then resolve every name and build the code the evaluator runs. */
#include "parser.h"

int
compile_module(Module *m, const char *source)
{
    Stmt *body;
    if (parse_ast(m, source, &body) < 0)
        return -1;
    return resolve_module(m, body);
}
