/* Running code in __main__: the loaded script's, or a statement's typed
   at the prompt. */
#include "interp.h"

#include "eval.h"

int
interp_run_code(Code *code)
{
    _Py_tracing_refs = interp.trace;
    int status = eval_module(code, interp.globals);
    _Py_tracing_refs = false; /* the script's counts, not the teardown's */
    return status;
}
