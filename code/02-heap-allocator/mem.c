/* Where PyObject_Malloc goes: chosen once, at startup, like CPython's
   PYTHONMALLOC.  pymalloc (obmalloc.h) unless told otherwise. */
#include "pymem.h"

#include "debugmalloc.h"
#include "memfault.h"
#include "obmalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void *
system_malloc(size_t size)
{
    return malloc(size ? size : 1);
}

static void *
system_realloc(void *ptr, size_t size)
{
    return realloc(ptr, size ? size : 1);
}

static void
system_free(void *ptr)
{
    free(ptr);
}

static const PyMemAllocator system_allocator = {system_malloc, system_realloc,
                                                system_free};
static const PyMemAllocator pymalloc_allocator = {
    obmalloc_malloc, obmalloc_realloc, obmalloc_free};
static const PyMemAllocator debug_allocator = {
    pymem_debug_malloc, pymem_debug_realloc, pymem_debug_free};

typedef struct {
    const char *name;      /* as given */
    const char *canonical; /* as reported */
    const PyMemAllocator *allocator;
    bool debug; /* with the debug layer on top */
} allocator_choice;

static const allocator_choice choices[] = {
    {"default", "pymalloc", &pymalloc_allocator, false},
    {"pymalloc", "pymalloc", &pymalloc_allocator, false},
    {"debug", "pymalloc_debug", &pymalloc_allocator, true},
    {"pymalloc_debug", "pymalloc_debug", &pymalloc_allocator, true},
    {"malloc", "malloc", &system_allocator, false},
    {"malloc_debug", "malloc_debug", &system_allocator, true},
};

static struct {
    const char *name;
    PyMemAllocator object;
} current = {"pymalloc", {obmalloc_malloc, obmalloc_realloc, obmalloc_free}};

int
PyMem_SetupAllocator(const char *name)
{
    if (name == NULL) {
        name = getenv("MINIPY_MALLOC");
    }
    if (name == NULL || *name == '\0') {
        name = "default";
    }
    for (size_t i = 0; i < sizeof choices / sizeof choices[0]; i++) {
        const allocator_choice *c = &choices[i];
        if (strcmp(name, c->name) != 0) {
            continue;
        }
        if (c->debug) {
            pymem_debug_set_base(c->allocator);
        }
        current.object = c->debug ? debug_allocator : *c->allocator;
        current.name = c->canonical;
        return 0;
    }
    return -1;
}

const char *
PyMem_AllocatorName(void)
{
    return current.name;
}

/* A test may ask memfault.c to fail calls, or to count what is handed
   out and given back (_PyMem_FaultMode 2); until the first call has
   read the environment, the mode is 0.  Only then are calls watched. */
static inline bool
watched(void)
{
    return _PyMem_FaultMode != 1;
}

static void *
handed_out(void *block)
{
    if (block != NULL)
        _PyMem_Allocated();
    return block;
}

static void *
resized(void *old, void *block)
{
    return old == NULL ? handed_out(block) : block;
}

static void *
watched_malloc(size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return handed_out(current.object.malloc(size));
}

/* Nothing is left to do after the allocator returns, so the compiler
   makes the call a jump: PyObject_Malloc costs a test and a jump. */
void *
PyObject_Malloc(size_t size)
{
    if (watched())
        return watched_malloc(size);
    return current.object.malloc(size);
}

void *
PyObject_Realloc(void *ptr, size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return resized(ptr, current.object.realloc(ptr, size));
}

static void
watched_free(void *ptr)
{
    if (ptr != NULL)
        _PyMem_Released();
    current.object.free(ptr);
}

void
PyObject_Free(void *ptr)
{
    if (watched())
        watched_free(ptr);
    else
        current.object.free(ptr);
}

void *
PyMem_RawMalloc(size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return handed_out(malloc(size ? size : 1));
}

void *
PyMem_RawCalloc(size_t count, size_t size)
{
    if (_PyMem_ShouldFail(count * size))
        return NULL;
    return handed_out(calloc(count ? count : 1, size ? size : 1));
}

void *
PyMem_RawRealloc(void *ptr, size_t size)
{
    if (_PyMem_ShouldFail(size))
        return NULL;
    return resized(ptr, realloc(ptr, size ? size : 1));
}

void
PyMem_RawFree(void *ptr)
{
    if (ptr != NULL)
        _PyMem_Released();
    free(ptr);
}
