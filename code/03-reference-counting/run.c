/* Running the loaded script. */
#include "interp.h"

#include "eval.h"

int
interp_run(void)
{
    _Py_tracing_refs = interp.trace;
    int status = eval_module(interp.module.code, interp.globals);
    _Py_tracing_refs = false; /* the script's counts, not the teardown's */
    return status;
}
