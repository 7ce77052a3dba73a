#ifndef MINIPY_COMPILE_H
#define MINIPY_COMPILE_H

#include "ast.h"

/* The front end after parsing: the symbol table (resolve.c) decides
   where every name lives and makes the code objects, then the compiler
   fills each with bytecode.  0, or -1 with the error set. */
int _PyAST_Compile(Module *m, Stmt *body);

/* The compiler alone, on a module the symbol table has been through. */
int _PyCompile_Module(Module *m);

/* How an instruction changes the depth of the evaluation stack, when it
   jumps (jump true) or goes on to the next one. */
int _PyCompile_StackEffect(int opcode, int oparg, bool jump);

#endif
