/* Failing allocations on purpose: how the tests reach every
   out-of-memory path (see memfault.h). */
#define _POSIX_C_SOURCE 200809L
#include "memfault.h"

#include <stdio.h>
#include <stdlib.h>

static struct {
    bool ready;
    bool report;                /* MINIPY_COUNT_ALLOC */
    unsigned long long count;   /* allocations asked for so far */
    unsigned long long fail_at; /* this one fails; 0 for none */
    size_t max_request;         /* larger ones fail; 0 for no limit */
    long long outstanding;      /* blocks handed out, not given back */
} faults;

static void
report(void)
{
    fprintf(stderr, "[alloc] %llu allocations, %lld blocks outstanding\n",
            faults.count, faults.outstanding);
}

int _PyMem_FaultMode;

static void
read_environment(void)
{
    faults.ready = true;
    _PyMem_FaultMode = 1;
    const char *n = getenv("MINIPY_FAIL_ALLOC");
    if (n != NULL)
        faults.fail_at = strtoull(n, NULL, 10);
    const char *count = getenv("MINIPY_COUNT_ALLOC");
    if (count != NULL && *count != '\0' && *count != '0') {
        faults.report = true;
        atexit(report);
    }
    if (n != NULL || faults.report)
        _PyMem_FaultMode = 2;
}

bool
_PyMem_ShouldFailSlow(size_t size)
{
    if (!faults.ready)
        read_environment();
    if (_PyMem_FaultMode == 1)
        return false;
    faults.count++;
    return faults.count == faults.fail_at ||
           (faults.max_request != 0 && size > faults.max_request);
}

void
_PyMem_CountBlock(int change)
{
    faults.outstanding += change;
}

void
_PyMem_SetFaults(unsigned long long fail_at, size_t max_request)
{
    if (!faults.ready)
        read_environment();
    _PyMem_FaultMode = 2;
    faults.count = 0;
    faults.fail_at = fail_at;
    faults.max_request = max_request;
}

unsigned long long
_PyMem_AllocCount(void)
{
    return faults.count;
}

long long
_PyMem_BlocksOutstanding(void)
{
    return faults.outstanding;
}
