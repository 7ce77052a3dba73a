/* libFuzzer's entry point for any chapter's minipy: each input is a
   script, run the way main.c runs one (load, run, print the error, take
   everything down) through interp.h alone, so the harness does not care
   how the evaluator works inside.

   Each input runs on a fresh thread with a large C stack (interp_init is
   told its base and size).
   A script that is still running after FUZZ_SCRIPT_MS milliseconds gets
   a KeyboardInterrupt, as if Ctrl-C had been pressed: the interrupt path
   is fuzzed too, and endless loops are not reported as hangs.  A single
   allocation larger than FUZZ_MAX_REQUEST bytes fails with MemoryError,
   so `[0] * 10**9` is a Python error rather than an exhausted machine. */
#define _GNU_SOURCE

#include "errors.h"
#include "interp.h"
#include "memfault.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define FUZZ_SCRIPT_MS   1000
#define FUZZ_MAX_REQUEST ((size_t)64 << 20)
#define FUZZ_STACK_SIZE  ((size_t)1 << 30) /* reserved, touched as used */

/* Chapter 2 on chooses its allocator at startup; chapter 1 has none. */
int PyMem_SetupAllocator(const char *name) __attribute__((weak));

static char script_path[64];
static FILE *devnull;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(script_path, sizeof script_path, "/tmp/minipy-fuzz-%ld.py",
             (long)getpid());
    devnull = fopen("/dev/null", "w");
    /* the scripts' print() goes nowhere; libFuzzer reports on stderr */
    if (devnull == NULL || freopen("/dev/null", "w", stdout) == NULL)
        abort();
    if (PyMem_SetupAllocator != NULL && PyMem_SetupAllocator(NULL) < 0)
        abort();
    return 0;
}

static void *
run_one(void *arg)
{
    (void)arg;
    char base;
    _PyMem_SetFaults(0, FUZZ_MAX_REQUEST);
    if (interp_init(script_path, &base, FUZZ_STACK_SIZE) == 0) {
        if (interp_load(script_path) == -1 || interp_run() < 0)
            PyErr_Print(devnull, script_path, interp.source);
    }
    interp_free();
    fflush(stdout);
    return NULL;
}

static bool
write_script(const uint8_t *data, size_t size)
{
    FILE *f = fopen(script_path, "wb");
    if (f == NULL)
        return false;
    bool ok = fwrite(data, 1, size, f) == size;
    return fclose(f) == 0 && ok;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!write_script(data, size))
        abort();
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0 ||
        pthread_attr_setstacksize(&attr, FUZZ_STACK_SIZE) != 0 ||
        pthread_create(&thread, &attr, run_one, NULL) != 0)
        abort();
    pthread_attr_destroy(&attr);
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += FUZZ_SCRIPT_MS / 1000;
    while (pthread_timedjoin_np(thread, NULL, &deadline) == ETIMEDOUT) {
        interp.interrupted = 1; /* Ctrl-C, until the script stops */
        interp.eval_breaker = 1;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_nsec += 10 * 1000 * 1000;
        if (deadline.tv_nsec >= 1000 * 1000 * 1000) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000 * 1000 * 1000;
        }
    }
    return 0;
}
