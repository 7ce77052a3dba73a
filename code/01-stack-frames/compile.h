#ifndef MINIPY_COMPILE_H
#define MINIPY_COMPILE_H

#include "ast.h"

/* The compiler, on a module the symbol table (resolve.c) has been
   through: it fills each code object with bytecode.  0, or -1 with the
   error set.  pipeline.c runs the steps in order. */
int _PyCompile_Module(Module *m);

/* How an instruction changes the depth of the evaluation stack, when it
   jumps (jump true) or goes on to the next one. */
int _PyCompile_StackEffect(int opcode, int oparg, bool jump);

#endif
