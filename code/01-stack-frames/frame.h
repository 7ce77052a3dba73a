#ifndef MINIPY_FRAME_H
#define MINIPY_FRAME_H

#include "ast.h"

/* A frame: what one running call needs, laid out as CPython 3.11+'s
   _PyInterpreterFrame (Include/internal/pycore_frame.h): the "specials",
   then localsplus, which holds the fast locals and, after them, the
   evaluation stack, co_stacksize slots.  It lives on the data stack, not
   in the heap of objects and not on the C stack. */
typedef struct Frame Frame;
struct Frame {
    Code *code;
    Frame *previous;   /* the caller's frame */
    PyObject *func;    /* the function running (a reference), NULL for a body */
    PyObject *globals; /* the module's namespace dict */
    PyObject *builtins;      /* the builtins' dict */
    PyObject *locals;        /* module and class bodies: their namespace dict */
    _Py_CODEUNIT *instr_ptr; /* the instruction running, or the next one */
    int stacktop;  /* while it waits (a call, a figure): where its stack
                      ends; -1 while it runs */
    bool is_entry; /* called from C: its return leaves the loop */
    PyObject *localsplus[]; /* fast locals, then the evaluation stack */
};

/* The data stack is a list of chunks; frames are pushed and popped at the
   top of the newest one (CPython's _PyStackChunk, Python/pystate.c). */
typedef struct StackChunk StackChunk;
struct StackChunk {
    StackChunk *previous;
    size_t size;    /* bytes, this header included */
    PyObject **top; /* saved top while a newer chunk is in use */
    PyObject *data[];
};

#define DATA_STACK_CHUNK_SIZE (16 * 1024)
/* Python calls no longer use the C stack, so a recursion under a huge
   recursion limit would take all the memory there is: past this many
   bytes of frames, a call is a RecursionError instead. */
#define DATA_STACK_MAX ((size_t)256 << 20)

typedef struct {
    StackChunk *chunk; /* the newest chunk, the one in use */
    PyObject **top;    /* first free word in it */
    PyObject **limit;  /* end of it */
    int nchunks;
    size_t bytes; /* of all its chunks */
} DataStack;

void datastack_init(DataStack *stack);
void datastack_free(DataStack *stack);
Frame *frame_push(DataStack *stack, Code *code, PyObject *globals,
                  PyObject *builtins, PyObject *locals, PyObject *func);
void frame_pop(DataStack *stack, Frame *frame);
size_t frame_size(Code *code);
int _PyFrame_GetLineNumber(Frame *frame);
/* Where in the source the frame is: its instruction's place. */
Position _PyFrame_GetLocation(Frame *frame);
size_t datastack_offset(DataStack *stack, Frame *frame);
int datastack_chunk_index(DataStack *stack, Frame *frame);

#endif
