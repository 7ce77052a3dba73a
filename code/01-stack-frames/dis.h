#ifndef MINIPY_DIS_H
#define MINIPY_DIS_H

#include "codeobject.h"

#include <stdio.h>

/* Print code and every code object among its constants, as CPython's
   dis.dis() prints a module's. */
void _PyCode_Disassemble(FILE *out, Code *code);

#endif
