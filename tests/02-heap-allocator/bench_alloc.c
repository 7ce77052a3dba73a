/* Our allocator against glibc's malloc, CPython's PyObject_Malloc and
   mimalloc, on the same workloads in one run (make bench).

   bench_alloc [--libpython PATH] [--mimalloc PATH] [--reps N]

   CPython's allocator and mimalloc are loaded with dlopen (RTLD_LOCAL,
   so that mimalloc does not replace glibc's malloc for the rest of the
   program); without a path, that column is skipped.

   Every run is a fresh child process: one workload, one allocator, so
   that no run inherits another's arenas.  The runs are interleaved:
   repetition r runs every workload with every allocator, in an order
   rotated by r, so that a slow minute on a shared machine is spread
   over all of them.  Each run reports its process CPU time and its wall
   time, and the memory its allocator holds, counted two ways at the
   workload's peak (the most live data) and at its end (everything
   freed): by the allocator's own count of what it has mapped (empty
   arenas it keeps included), and by the growth of the resident set.

   The output is one tab-separated line per run, after "#" lines that
   describe the machine; bench/report.py takes medians, minima and
   maxima and writes the tables. */
#define _GNU_SOURCE /* dlopen, mallinfo2, gnu_get_libc_version */

#include "obmalloc.h"
#include "pymem.h"

#include <dlfcn.h>
#include <gnu/libc-version.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum {
    CHURN_LIVE = 100000,
    CHURN_STEPS = 2000000,
    BURST_SIZE = 1000000,
    BURSTS = 20,
    FRAG_BLOCKS = 200000,
    FRAG_ROUNDS = 5,
    HOLD_BLOCKS = 1000000,
    MAX_BLOCKS = 1000000,
};

static void *blocks[MAX_BLOCKS];

/* ------------------------------------------------------- allocators */

/* What an allocator holds, by its own count, in bytes. */
typedef struct {
    double now;  /* mapped at this moment */
    double peak; /* the most it has had mapped, if it keeps count; else 0 */
} held_bytes;

typedef struct allocator allocator;
struct allocator {
    const char *name;
    void *(*malloc)(size_t size);
    void (*free)(void *ptr);
    held_bytes (*held)(void);
    void (*prepare)(void); /* in the child, before the run, or NULL */
    bool sampled;          /* keeps no peak: sample held() at high points */
    bool available;
};

static held_bytes
ours_held(void)
{
    pymalloc_stats s;
    pymalloc_get_stats(&s);
    return (held_bytes){
        (double)(s.mapped_bytes + s.metadata_bytes),
        (double)(s.arenas_highwater * ARENA_SIZE + s.metadata_bytes)};
}

static void
ours_with_cpython_policy(void)
{
    pymalloc_set_empty_arena_limits(1, 1);
}

/* The main arena's heap (top chunk included) and the mmapped chunks.
   glibc keeps no peak, so this is sampled. */
static held_bytes
glibc_held(void)
{
    struct mallinfo2 info = mallinfo2();
    return (held_bytes){(double)(info.arena + info.hblkhd), 0};
}

static struct {
    char path[512];
    char version[64];
    int (*stats)(FILE *out);
} cpython;

static struct {
    char path[512];
    int version;
    void (*process_info)(size_t *elapsed, size_t *user, size_t *sys,
                         size_t *rss, size_t *peak_rss, size_t *commit,
                         size_t *peak_commit, size_t *faults);
} mimalloc;

/* The number after '=' on the first line of text containing label. */
static double
stats_value(const char *text, const char *label)
{
    const char *line = strstr(text, label);
    if (line == NULL || (line = strchr(line, '=')) == NULL) {
        return 0;
    }
    double value = 0;
    for (line++; *line != '\n' && *line != '\0'; line++) {
        if (*line >= '0' && *line <= '9') {
            value = value * 10 + (*line - '0');
        }
    }
    return value;
}

/* Its arenas (1 MiB each) and its arena map, from the report
   sys._debugmallocstats() prints. */
static held_bytes
cpython_held(void)
{
    static char text[65536];
    FILE *f = tmpfile();
    if (f == NULL || cpython.stats == NULL) {
        return (held_bytes){0, 0};
    }
    cpython.stats(f);
    rewind(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    const char *map = strstr(text, "arena map counts");
    double map_bytes = map != NULL ? stats_value(map, "Total") : 0;
    return (held_bytes){
        stats_value(text, "# arenas allocated current") * ARENA_SIZE +
            map_bytes,
        stats_value(text, "# arenas highwater mark") * ARENA_SIZE + map_bytes};
}

/* Its committed memory, by its own statistics. */
static held_bytes
mimalloc_held(void)
{
    size_t elapsed, user, sys, rss, peak_rss, commit = 0, peak_commit = 0,
                                              faults;
    mimalloc.process_info(&elapsed, &user, &sys, &rss, &peak_rss, &commit,
                          &peak_commit, &faults);
    return (held_bytes){(double)commit, (double)peak_commit};
}

static allocator allocators[] = {
    {"glibc", malloc, free, glibc_held, NULL, true, true},
    {"CPython", NULL, NULL, cpython_held, NULL, false, false},
    {"mimalloc", NULL, NULL, mimalloc_held, NULL, false, false},
    {"ours", PyObject_Malloc, PyObject_Free, ours_held, NULL, false, true},
    {"ours, CPython's arena policy", PyObject_Malloc, PyObject_Free, ours_held,
     ours_with_cpython_policy, false, true},
};
enum { NALLOCATORS = sizeof allocators / sizeof allocators[0] };

static bool
load_symbol(void *handle, const char *name, void *fn_pointer)
{
    void *symbol = dlsym(handle, name);
    memcpy(fn_pointer, &symbol, sizeof symbol); /* ISO C: no cast */
    return symbol != NULL;
}

static void *
open_library(const char *path)
{
    if (path == NULL || *path == '\0') {
        return NULL;
    }
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        fprintf(stderr, "bench_alloc: cannot load %s: %s\n", path, dlerror());
    }
    return handle;
}

static void
load_cpython(const char *path)
{
    allocator *a = &allocators[1];
    void *handle = open_library(path);
    const char *(*get_version)(void);
    void (*initialize)(int);
    if (handle == NULL) {
        return;
    }
    if (!load_symbol(handle, "PyObject_Malloc", &a->malloc) ||
        !load_symbol(handle, "PyObject_Free", &a->free) ||
        !load_symbol(handle, "Py_GetVersion", &get_version) ||
        !load_symbol(handle, "Py_InitializeEx", &initialize)) {
        fprintf(stderr, "bench_alloc: %s lacks the allocator API\n", path);
        return;
    }
    load_symbol(handle, "_PyObject_DebugMallocStats", &cpython.stats);
    snprintf(cpython.path, sizeof cpython.path, "%s", path);
    sscanf(get_version(), "%63s", cpython.version);
    int major = 0, minor = 0;
    sscanf(cpython.version, "%d.%d", &major, &minor);
    if (major > 3 || (major == 3 && minor >= 12)) {
        initialize(0); /* its allocator state is per interpreter */
    }
    a->available = true;
}

static void
load_mimalloc(const char *path)
{
    allocator *a = &allocators[2];
    void *handle = open_library(path);
    int (*version)(void);
    if (handle == NULL) {
        return;
    }
    if (!load_symbol(handle, "mi_malloc", &a->malloc) ||
        !load_symbol(handle, "mi_free", &a->free) ||
        !load_symbol(handle, "mi_version", &version) ||
        !load_symbol(handle, "mi_process_info", &mimalloc.process_info)) {
        fprintf(stderr, "bench_alloc: %s is not mimalloc\n", path);
        return;
    }
    snprintf(mimalloc.path, sizeof mimalloc.path, "%s", path);
    mimalloc.version = version();
    a->available = true;
}

/* ------------------------------------------------------- workloads */

static uint64_t rng;

static inline uint64_t
next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* A number in [lo, hi], without a division. */
static inline size_t
random_between(size_t lo, size_t hi)
{
    return lo + (size_t)(((next_random() >> 32) * (hi - lo + 1)) >> 32);
}

/* A new object gets its header written: refcount and type, say. */
static inline void *
new_object(const allocator *a, size_t size)
{
    void *p = a->malloc(size);
    memset(p, 0xAB, 16);
    return p;
}

/* The peak of an allocator that keeps no count of it, sampled where a
   workload holds the most; the time the sample takes is not charged. */
static double sampled_peak, sampling_time;

static double
cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void
high_point(const allocator *a)
{
    if (a->sampled) {
        double start = cpu_now();
        double now = a->held().now;
        sampled_peak = now > sampled_peak ? now : sampled_peak;
        sampling_time += cpu_now() - start;
    }
}

typedef struct {
    const char *name;
    void (*setup)(const allocator *a); /* untimed, or NULL */
    size_t (*run)(const allocator *a); /* returns operations done */
    void (*teardown)(const allocator *a);
} workload;

/* Churn is timed in its steady state: filling the 100k slots first
   and emptying them afterwards is not part of it. */
static void
churn_fill(const allocator *a)
{
    rng = 0x9E3779B97F4A7C15u;
    for (size_t i = 0; i < CHURN_LIVE; i++) {
        blocks[i] = new_object(a, random_between(16, 512));
    }
}

static size_t
churn(const allocator *a)
{
    for (size_t step = 0; step < CHURN_STEPS; step++) {
        size_t i = random_between(0, CHURN_LIVE - 1);
        a->free(blocks[i]);
        blocks[i] = new_object(a, random_between(16, 512));
    }
    high_point(a);
    return 2 * CHURN_STEPS;
}

static void
free_blocks(const allocator *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        a->free(blocks[i]);
    }
}

static void
churn_empty(const allocator *a)
{
    free_blocks(a, CHURN_LIVE);
}

static size_t
bursts(const allocator *a)
{
    for (size_t round = 0; round < BURSTS; round++) {
        for (size_t i = 0; i < BURST_SIZE; i++) {
            blocks[i] = new_object(a, 32);
        }
        high_point(a);
        free_blocks(a, BURST_SIZE);
    }
    return 2 * BURSTS * BURST_SIZE;
}

static size_t
fragmentation(const allocator *a)
{
    rng = 0x2545F4914F6CDD1Du;
    for (size_t round = 0; round < FRAG_ROUNDS; round++) {
        for (size_t i = 0; i < FRAG_BLOCKS; i++) {
            blocks[i] = new_object(a, random_between(16, 256));
        }
        for (size_t i = 1; i < FRAG_BLOCKS; i += 2) {
            a->free(blocks[i]);
        }
        for (size_t i = 1; i < FRAG_BLOCKS; i += 2) {
            blocks[i] = new_object(a, random_between(16, 512));
        }
        high_point(a);
        free_blocks(a, FRAG_BLOCKS);
    }
    return 3 * FRAG_ROUNDS * FRAG_BLOCKS;
}

/* A million live 32-byte objects: the peak is the memory they cost. */
static size_t
hold(const allocator *a)
{
    for (size_t i = 0; i < HOLD_BLOCKS; i++) {
        blocks[i] = new_object(a, 32);
    }
    high_point(a);
    return HOLD_BLOCKS;
}

static void
hold_free(const allocator *a)
{
    free_blocks(a, HOLD_BLOCKS);
}

static const workload workloads[] = {
    {"churn", churn_fill, churn, churn_empty},
    {"bursts", NULL, bursts, NULL},
    {"fragmentation", NULL, fragmentation, NULL},
    {"hold", NULL, hold, hold_free},
};
enum { NWORKLOADS = sizeof workloads / sizeof workloads[0] };

/* ------------------------------------------------------------ a run */

typedef struct {
    double cpu, wall; /* seconds */
    double ops;
    double held_peak, held_end; /* by the allocator's count, bytes */
    double rss_peak, rss_end;   /* resident set growth, bytes */
    double faults;              /* minor page faults while timed */
} run_result;

static double
wall_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* "VmRSS:" or "VmHWM:" of /proc/self/status, in bytes. */
static double
status_bytes(const char *field)
{
    char line[256];
    double kib = 0;
    FILE *f = fopen("/proc/self/status", "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, field, strlen(field)) == 0) {
            kib = atof(line + strlen(field));
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    return kib * 1024;
}

/* Page faults this process has taken that needed no disk: each is a
   page touched for the first time since it was mapped. */
static double
minor_faults(void)
{
    struct rusage u;
    return getrusage(RUSAGE_SELF, &u) == 0 ? (double)u.ru_minflt : 0;
}

/* Start counting the peak resident set from here (Linux 4.0 and up). */
static void
reset_peak_rss(void)
{
    FILE *f = fopen("/proc/self/clear_refs", "w");
    if (f != NULL) {
        fputs("5", f);
        fclose(f);
    }
}

static run_result
run_in_this_process(const workload *w, const allocator *a)
{
    run_result r = {0};
    memset(blocks, 0, sizeof blocks); /* fault its pages in now */
    if (a->prepare != NULL) {
        a->prepare();
    }
    held_bytes before = a->held();
    reset_peak_rss();
    double rss_before = status_bytes("VmRSS:");
    sampled_peak = before.now;
    if (w->setup != NULL) {
        w->setup(a);
    }
    double faults = minor_faults();
    double cpu = cpu_now(), wall = wall_now();
    r.ops = (double)w->run(a);
    r.cpu = cpu_now() - cpu - sampling_time;
    r.wall = wall_now() - wall - sampling_time;
    r.faults = minor_faults() - faults;
    held_bytes peak = a->held();
    r.rss_peak = status_bytes("VmHWM:") - rss_before;
    if (w->teardown != NULL) {
        w->teardown(a);
    }
    held_bytes end = a->held();
    double peak_held = a->sampled ? sampled_peak : end.peak;
    if (peak.now > peak_held) {
        peak_held = peak.now;
    }
    r.held_peak = peak_held - before.now;
    r.held_end = end.now - before.now;
    r.rss_end = status_bytes("VmRSS:") - rss_before;
    return r;
}

static bool
run_in_child(const workload *w, const allocator *a, run_result *r)
{
    int fds[2];
    if (pipe(fds) != 0) {
        return false;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        run_result result = run_in_this_process(w, a);
        bool ok = write(fds[1], &result, sizeof result) == sizeof result;
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    bool ok = pid > 0 && read(fds[0], r, sizeof *r) == sizeof *r;
    close(fds[0]);
    int status = 0;
    if (pid > 0) {
        ok = waitpid(pid, &status, 0) == pid && ok && WIFEXITED(status) &&
             WEXITSTATUS(status) == 0;
    }
    return ok;
}

/* ----------------------------------------------------- the machine */

static void
print_cpu_model(void)
{
    char line[256], model[200] = "unknown CPU";
    FILE *f = fopen("/proc/cpuinfo", "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        char *colon = strchr(line, ':');
        if (strncmp(line, "model name", 10) == 0 && colon != NULL) {
            snprintf(model, sizeof model, "%s", colon + 2);
            model[strcspn(model, "\n")] = '\0';
            break;
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    printf("# cpu\t%s\n", model);
}

static const char *
compiler(void)
{
#if defined(__clang__)
    return "clang " __clang_version__;
#elif defined(__GNUC__)
    return "gcc " __VERSION__;
#else
    return "an unknown compiler";
#endif
}

static void
print_machine(int reps)
{
    print_cpu_model();
    printf("# cores\t%ld\n", sysconf(_SC_NPROCESSORS_ONLN));
    printf("# compiler\t%s, -O2\n", compiler());
    printf("# glibc\t%s\n", gnu_get_libc_version());
    if (allocators[1].available) {
        printf("# cpython\t%s\n# libpython\t%s\n", cpython.version,
               cpython.path);
    }
    if (allocators[2].available) {
        printf("# mimalloc\t%d.%d.%d\n# libmimalloc\t%s\n",
               mimalloc.version / 100, mimalloc.version / 10 % 10,
               mimalloc.version % 10, mimalloc.path);
    }
    printf("# reps\t%d\n", reps);
    printf("workload\tallocator\trep\tcpu_s\twall_s\tops\t"
           "held_peak\theld_end\trss_peak\trss_end\tfaults\n");
}

/* ------------------------------------------------------------- main */

static int
usage(const char *program)
{
    fprintf(stderr,
            "usage: %s [--libpython PATH] [--mimalloc PATH] [--reps N]\n",
            program);
    return 2;
}

int
main(int argc, char **argv)
{
    const char *libpython = NULL, *libmimalloc = NULL;
    int reps = 7;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc) {
            return usage(argv[0]);
        } else if (strcmp(argv[i], "--libpython") == 0) {
            libpython = argv[i + 1];
        } else if (strcmp(argv[i], "--mimalloc") == 0) {
            libmimalloc = argv[i + 1];
        } else if (strcmp(argv[i], "--reps") == 0 && atoi(argv[i + 1]) > 0) {
            reps = atoi(argv[i + 1]);
        } else {
            return usage(argv[0]);
        }
    }
    if (PyMem_SetupAllocator("pymalloc") != 0) {
        return 1;
    }
    load_cpython(libpython);
    load_mimalloc(libmimalloc);
    print_machine(reps);
    int available[NALLOCATORS], n = 0;
    for (int a = 0; a < NALLOCATORS; a++) {
        if (allocators[a].available) {
            available[n++] = a;
        } else {
            fprintf(stderr, "bench_alloc: %s not measured (no library)\n",
                    allocators[a].name);
        }
    }
    for (int rep = 0; rep < reps; rep++) {
        for (int w = 0; w < NWORKLOADS; w++) {
            for (int k = 0; k < n; k++) {
                const allocator *a = &allocators[available[(k + rep) % n]];
                run_result r;
                if (!run_in_child(&workloads[w], a, &r)) {
                    fprintf(stderr, "bench_alloc: %s with %s failed\n",
                            workloads[w].name, a->name);
                    return 1;
                }
                printf("%s\t%s\t%d\t%.6f\t%.6f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f"
                       "\t%.0f\n",
                       workloads[w].name, a->name, rep, r.cpu, r.wall, r.ops,
                       r.held_peak, r.held_end, r.rss_peak, r.rss_end,
                       r.faults);
            }
        }
        fprintf(stderr, "\rbench_alloc: repetition %d of %d", rep + 1, reps);
    }
    fprintf(stderr, "\n");
    return 0;
}
