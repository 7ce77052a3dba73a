/* The arena that holds a parsed program. */
#include "ast.h"

#include "errors.h"
#include "pymem.h"

#include <string.h>

#define BLOCK_SIZE (64 * 1024)

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    _Alignas(max_align_t) char data[];
};

void
arena_init(Arena *arena)
{
    memset(arena, 0, sizeof *arena);
}

/* Bump allocation: nodes are never freed one by one. */
void *
arena_alloc(Arena *arena, size_t size)
{
    size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    ArenaBlock *b = arena->blocks;
    if (b == NULL || b->size - b->used < size) {
        size_t data = size > BLOCK_SIZE ? size : BLOCK_SIZE;
        b = PyMem_RawMalloc(sizeof(ArenaBlock) + data);
        if (b == NULL)
            return NULL;
        b->next = arena->blocks;
        b->used = 0;
        b->size = data;
        arena->blocks = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

int
arena_own(Arena *arena, PyObject *op)
{
    if (arena->nobjects == arena->capobjects) {
        size_t cap = arena->capobjects ? 2 * arena->capobjects : 64;
        PyObject **grown =
            PyMem_RawRealloc(arena->objects, cap * sizeof(PyObject *));
        if (grown == NULL) {
            Py_DECREF(op);
            PyErr_NoMemory();
            return -1;
        }
        arena->objects = grown;
        arena->capobjects = cap;
    }
    arena->objects[arena->nobjects++] = op;
    return 0;
}

static void
release_objects(Arena *arena)
{
    while (arena->nobjects > 0)
        Py_DECREF(arena->objects[--arena->nobjects]);
    PyMem_RawFree(arena->objects);
}

void
arena_replace_objects(Arena *arena, Arena *from)
{
    release_objects(arena);
    arena->objects = from->objects;
    arena->nobjects = from->nobjects;
    arena->capobjects = from->capobjects;
    arena_init(from);
}

/* Release the program's objects, newest first, then its nodes. */
void
arena_free(Arena *arena)
{
    release_objects(arena);
    while (arena->blocks != NULL) {
        ArenaBlock *next = arena->blocks->next;
        PyMem_RawFree(arena->blocks);
        arena->blocks = next;
    }
    arena_init(arena);
}
