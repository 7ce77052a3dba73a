/* The front end's pipeline, in one place: parse the text into
   statements, then the symbol table decides where every name lives and
   makes the code objects, and the compiler fills each with bytecode. */
#include "parser.h"

#include "compile.h"

int
compile_module(Module *m, const char *source)
{
    Stmt *body;
    if (parse_ast(m, source, &body) < 0)
        return -1;
    if (_PyParser_CompileError(m, resolve_module(m, body)) < 0)
        return -1;
    return _PyCompile_Module(m);
}
