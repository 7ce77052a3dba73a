#ifndef MINIPY_INSTRSEQ_H
#define MINIPY_INSTRSEQ_H

#include "ast.h"

/* What the compiler hands the assembler: instructions whose jumps go to
   labels, not yet to offsets (CPython's instruction sequence,
   Python/instruction_sequence.c). */
typedef struct {
    int op, arg;
    int target; /* jumps (and SETUP_FINALLY): the label they go to */
    Position pos;
    int handler; /* the label an exception raised here goes to, or -1 */
} Instr;

/* A statement's first instruction and how deep the stack must be there:
   one iterator per enclosing for loop, nothing else. */
typedef struct {
    int instr;
    int depth;
} Boundary;

typedef struct {
    Instr *instrs;
    int ninstrs, capinstrs;
    int *labels; /* label -> index of the instruction it is placed at */
    int nlabels, caplabels;
    Boundary *bounds;
    int nbounds, capbounds;
} InstrSeq;

bool _PyInstr_IsJump(int op);
bool _PyInstr_EndsFlow(int op); /* nothing runs after it but a jump target */

/* Turn seq into code's bytecode, line table and co_stacksize (in the
   arena).  seq is changed on the way.  0, or -1 with the error set. */
int _PyAssemble(InstrSeq *seq, Arena *arena, Code *code);

#endif
