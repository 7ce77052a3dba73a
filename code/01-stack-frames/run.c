/* Running code in __main__: the loaded script's, or a statement's typed
   at the prompt. */
#include "interp.h"

#include "eval.h"

int
interp_run_code(Code *code)
{
    return eval_module(code, interp.globals);
}
