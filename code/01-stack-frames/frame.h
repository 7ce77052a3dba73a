#ifndef MINIPY_FRAME_H
#define MINIPY_FRAME_H

#include "ast.h"

/* A frame: what one running call needs.  It lives on the data stack, not
   in the heap of objects and not on the C stack (CPython 3.11+'s
   _PyInterpreterFrame, Include/internal/pycore_frame.h). */
typedef struct Frame Frame;
struct Frame {
    Frame *previous; /* the caller's frame */
    Code *code;
    PyObject *globals;      /* the module's namespace dict */
    PyObject *builtins;     /* the builtins' dict */
    PyObject *locals;       /* module and class bodies: their namespace dict */
    PyObject *func;         /* the function running, NULL for a body */
    int lineno;             /* the statement running now */
    PyObject *localsplus[]; /* fast locals: parameters, then the rest */
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

typedef struct {
    StackChunk *chunk; /* the newest chunk, the one in use */
    PyObject **top;    /* first free word in it */
    PyObject **limit;  /* end of it */
    int nchunks;
} DataStack;

void datastack_init(DataStack *stack);
void datastack_free(DataStack *stack);
Frame *frame_push(DataStack *stack, Code *code, PyObject *globals,
                  PyObject *builtins, PyObject *locals, PyObject *func);
void frame_pop(DataStack *stack, Frame *frame);
size_t frame_size(Code *code);
size_t datastack_offset(DataStack *stack, Frame *frame);
int datastack_chunk_index(DataStack *stack, Frame *frame);

#endif
