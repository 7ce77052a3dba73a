/* Running the loaded script. */
#include "interp.h"

#include "eval.h"

int
interp_run(void)
{
    return eval_module(interp.module.code, interp.globals);
}
