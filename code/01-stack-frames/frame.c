/* The data stack: frames pushed and popped in chunks of memory. */
#include "frame.h"

#include "errors.h"
#include "interp.h"
#include "pymem.h"

#include <string.h>

void
datastack_init(DataStack *stack)
{
    memset(stack, 0, sizeof *stack);
}

void
datastack_free(DataStack *stack)
{
    while (stack->chunk != NULL) {
        StackChunk *previous = stack->chunk->previous;
        PyMem_RawFree(stack->chunk);
        stack->chunk = previous;
    }
    datastack_init(stack);
}

/* A frame is its header, one slot per fast local and one per value its
   evaluation stack can hold. */
size_t
frame_size(Code *code)
{
    size_t slots = (size_t)code->co_nlocals + (size_t)code->co_stacksize;
    return sizeof(Frame) + slots * sizeof(PyObject *);
}

/* The line of the instruction the frame is running, or, in a caller,
   of the call it waits for. */
int
_PyFrame_GetLineNumber(Frame *frame)
{
    return _PyFrame_GetLocation(frame).line;
}

Position
_PyFrame_GetLocation(Frame *frame)
{
    Code *code = frame->code;
    if (code->co_code == NULL)
        return (Position){.line = code->co_firstlineno,
                          .end_line = code->co_firstlineno,
                          .col = -1,
                          .end_col = -1};
    return PyCode_Addr2Location(code, (int)(frame->instr_ptr - code->co_code));
}

/* Start a new chunk big enough for a frame of `bytes`; the old chunk
   keeps its top so that popping back to it can restore it. */
static int
push_chunk(DataStack *stack, size_t bytes)
{
    size_t size = DATA_STACK_CHUNK_SIZE;
    while (size < sizeof(StackChunk) + bytes)
        size *= 2;
    if (stack->bytes + size > DATA_STACK_MAX) {
        PyErr_Format(EXC_RECURSION,
                     "maximum recursion depth exceeded: the data stack is "
                     "full (%zu MiB)",
                     DATA_STACK_MAX >> 20);
        return -1;
    }
    StackChunk *chunk = PyMem_RawMalloc(size);
    if (chunk == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    chunk->previous = stack->chunk;
    chunk->size = size;
    chunk->top = chunk->data;
    if (stack->chunk != NULL)
        stack->chunk->top = stack->top;
    stack->chunk = chunk;
    stack->top = chunk->data;
    stack->limit = (PyObject **)((char *)chunk + size);
    stack->nchunks++;
    stack->bytes += size;
    if (interp.trace)
        trace_printf("[chunk] new data stack chunk %d: %zu bytes at %p\n",
                     stack->nchunks - 1, size, (void *)chunk);
    return 0;
}

/* The newest chunk is empty again: give it back, resume the one below. */
static void
pop_chunk(DataStack *stack)
{
    StackChunk *chunk = stack->chunk;
    stack->chunk = chunk->previous;
    stack->top = stack->chunk->top;
    stack->limit = (PyObject **)((char *)stack->chunk + stack->chunk->size);
    stack->nchunks--;
    stack->bytes -= chunk->size;
    if (interp.trace)
        trace_printf("[chunk] freed data stack chunk %d: %zu bytes\n",
                     stack->nchunks, chunk->size);
    PyMem_RawFree(chunk);
}

/* Push a frame for code.  Pushing is bumping a pointer, unless the frame
   does not fit in what is left of the chunk.  The frame takes a new
   reference to locals and takes over the caller's reference to func. */
Frame *
frame_push(DataStack *stack, Code *code, PyObject *globals, PyObject *builtins,
           PyObject *locals, PyObject *func)
{
    size_t bytes = frame_size(code);
    if ((size_t)((char *)stack->limit - (char *)stack->top) < bytes &&
        push_chunk(stack, bytes) < 0)
        return NULL;
    Frame *frame = (Frame *)stack->top;
    stack->top = (PyObject **)((char *)stack->top + bytes);
    frame->code = code;
    frame->previous = NULL;
    frame->globals = globals;
    frame->builtins = builtins;
    frame->locals = locals;
    Py_XINCREF(locals);
    frame->func = func;
    frame->instr_ptr = code->co_code;
    frame->stacktop = code->co_nlocals;
    frame->is_entry = false;
    for (int i = 0; i < code->co_nlocals; i++)
        frame->localsplus[i] = NULL;
    return frame;
}

/* Pop the newest frame: its locals let go of their objects (the objects
   themselves stay wherever something else still refers to them).  Its
   evaluation stack is empty by then: the loop empties it. */
void
frame_pop(DataStack *stack, Frame *frame)
{
    for (int i = 0; i < frame->code->co_nlocals; i++)
        Py_CLEAR(frame->localsplus[i]);
    Py_CLEAR(frame->locals);
    Py_CLEAR(frame->func);
    stack->top = (PyObject **)frame;
    if (stack->top == stack->chunk->data && stack->chunk->previous != NULL)
        pop_chunk(stack);
}

/* Where a frame sits: which chunk (0 the oldest) and the byte offset of
   its header from the start of that chunk's data. */
int
datastack_chunk_index(DataStack *stack, Frame *frame)
{
    int index = stack->nchunks - 1;
    for (StackChunk *c = stack->chunk; c != NULL; c = c->previous, index--) {
        uintptr_t start = (uintptr_t)c->data, end = (uintptr_t)c + c->size;
        if ((uintptr_t)frame >= start && (uintptr_t)frame < end)
            return index;
    }
    return -1;
}

size_t
datastack_offset(DataStack *stack, Frame *frame)
{
    for (StackChunk *c = stack->chunk; c != NULL; c = c->previous) {
        uintptr_t start = (uintptr_t)c->data, end = (uintptr_t)c + c->size;
        if ((uintptr_t)frame >= start && (uintptr_t)frame < end)
            return (size_t)((uintptr_t)frame - start);
    }
    return 0;
}
