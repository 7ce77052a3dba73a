/* Safe points.  What must wait until no operation is half done runs
   here: Ctrl-C, and work a layer schedules for later (chapter 5's
   collections), as in CPython's "eval breaker" (Python/ceval_gil.c,
   _Py_HandlePending).  Every call and every turn of a loop passes
   through one. */
#include "interp.h"

int
_Py_HandlePending(void)
{
    interp.eval_breaker = 0;
    if (interp.interrupted) {
        interp.interrupted = 0;
        PyErr_Format(EXC_KEYBOARD_INTERRUPT, "");
        return -1;
    }
    void (*work)(void) = interp.scheduled;
    interp.scheduled = NULL;
    if (work != NULL)
        work();
    return 0;
}
