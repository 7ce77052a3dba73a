/* Where the C stack is and how big it may grow. */
#define _GNU_SOURCE /* pthread_getattr_np */

#include "cstack.h"

#include <pthread.h>
#include <stdint.h>
#include <sys/resource.h>

/* An unlimited stack is still bounded by the memory below it. */
#define C_STACK_CAP ((size_t)1 << 30)

void
_Py_CStackMeasure(char **base, size_t *size)
{
    char here;
    *base = &here;
    *size = (size_t)8 << 20;
#ifdef __GLIBC__
    pthread_attr_t attr;
    void *low;
    size_t bytes;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &low, &bytes) == 0 &&
            (uintptr_t)&here > (uintptr_t)low &&
            (uintptr_t)&here <= (uintptr_t)low + bytes) {
            *size = (size_t)((uintptr_t)&here - (uintptr_t)low);
        }
        pthread_attr_destroy(&attr);
        if (*size > C_STACK_CAP)
            *size = C_STACK_CAP;
        return;
    }
#endif
    struct rlimit limit;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        *size = (size_t)limit.rlim_cur;
    if (*size > C_STACK_CAP)
        *size = C_STACK_CAP;
}
