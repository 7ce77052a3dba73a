/* Our allocator against glibc's malloc and CPython's own PyObject_Malloc,
   on the same workloads in one run (make bench).

   bench_alloc [--libpython PATH] [--markdown FILE] [--reps N]

   CPython's allocator is loaded with dlopen from PATH; without it, its
   column is skipped.  Each workload runs once to warm up, then --reps
   times (default 5) per allocator, interleaved; the best time counts.
   Time is the process's CPU time, so that other programs on the machine
   disturb the figures less.
   Memory is measured in a fresh child process per allocator. */
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
    MEMORY_BLOCKS = 1000000,
    MAX_BLOCKS = 1000000,
};

static void *blocks[MAX_BLOCKS];

/* ------------------------------------------------------- allocators */

typedef struct allocator allocator;
struct allocator {
    const char *name;
    void *(*malloc)(size_t size);
    void (*free)(void *ptr);
    double (*footprint)(void); /* bytes the allocator holds, by its count */
    const char *method;        /* how footprint() counts */
    void (*prepare)(void);     /* before each timed run, or NULL */
    bool available;
};

static double
ours_footprint(void)
{
    pymalloc_stats stats;
    pymalloc_get_stats(&stats);
    return (double)(stats.mapped_bytes + stats.metadata_bytes);
}

static void
ours_with_cpython_policy(void)
{
    pymalloc_set_empty_arena_limits(1, 1);
}

static double
glibc_footprint(void)
{
    struct mallinfo2 info = mallinfo2();
    return (double)(info.arena + info.hblkhd);
}

static struct {
    void *handle;
    char path[512];
    char version[64];
    int (*stats)(FILE *out);
} cpython;

/* The value after '=' on the line of CPython's report starting label. */
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

/* Its arenas plus its arena map (the radix tree), as it reports them. */
static double
cpython_footprint(void)
{
    static char text[65536];
    FILE *f = tmpfile();
    if (f == NULL || cpython.stats == NULL) {
        return 0;
    }
    cpython.stats(f);
    rewind(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    double arenas = stats_value(text, "# arenas allocated current");
    const char *map = strstr(text, "arena map counts");
    double map_bytes = map != NULL ? stats_value(map, "Total") : 0;
    return arenas * ARENA_SIZE + map_bytes;
}

static allocator allocators[] = {
    {"ours", PyObject_Malloc, PyObject_Free, ours_footprint,
     "mapped arenas + metadata (pymalloc_get_stats)", NULL, true},
    {"glibc", malloc, free, glibc_footprint,
     "mallinfo2() arena + hblkhd, delta", NULL, true},
    {"CPython", NULL, NULL, cpython_footprint,
     "arenas x 1 MiB + arena map (_PyObject_DebugMallocStats), delta", NULL,
     false},
    {"ours, CPython's arena policy", PyObject_Malloc, PyObject_Free,
     ours_footprint, "as ours", ours_with_cpython_policy, true},
};
enum { OURS, GLIBC, CPYTHON, OURS_CPYTHON_POLICY, NALLOCATORS };

static bool
load_symbol(void *handle, const char *name, void *fn_pointer)
{
    void *symbol = dlsym(handle, name);
    memcpy(fn_pointer, &symbol, sizeof symbol); /* ISO C: no cast */
    return symbol != NULL;
}

static void
load_cpython(const char *path)
{
    allocator *a = &allocators[CPYTHON];
    if (path == NULL || *path == '\0') {
        return;
    }
    cpython.handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (cpython.handle == NULL) {
        fprintf(stderr, "bench: cannot load %s: %s\n", path, dlerror());
        return;
    }
    const char *(*get_version)(void);
    void (*initialize)(int);
    if (!load_symbol(cpython.handle, "PyObject_Malloc", &a->malloc) ||
        !load_symbol(cpython.handle, "PyObject_Free", &a->free) ||
        !load_symbol(cpython.handle, "Py_GetVersion", &get_version) ||
        !load_symbol(cpython.handle, "Py_InitializeEx", &initialize)) {
        fprintf(stderr, "bench: %s lacks the allocator API\n", path);
        return;
    }
    load_symbol(cpython.handle, "_PyObject_DebugMallocStats", &cpython.stats);
    snprintf(cpython.path, sizeof cpython.path, "%s", path);
    sscanf(get_version(), "%63s", cpython.version);
    int major = 0, minor = 0;
    sscanf(cpython.version, "%d.%d", &major, &minor);
    if (major > 3 || (major == 3 && minor >= 12)) {
        initialize(0); /* its allocator state is per interpreter */
    }
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

typedef struct {
    const char *name;
    const char *label;                 /* for the tables */
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
    return 2 * CHURN_STEPS;
}

static void
churn_empty(const allocator *a)
{
    for (size_t i = 0; i < CHURN_LIVE; i++) {
        a->free(blocks[i]);
    }
}

static size_t
bursts(const allocator *a)
{
    for (size_t round = 0; round < BURSTS; round++) {
        for (size_t i = 0; i < BURST_SIZE; i++) {
            blocks[i] = new_object(a, 32);
        }
        for (size_t i = 0; i < BURST_SIZE; i++) {
            a->free(blocks[i]);
        }
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
        for (size_t i = 0; i < FRAG_BLOCKS; i++) {
            a->free(blocks[i]);
        }
    }
    return 3 * FRAG_ROUNDS * FRAG_BLOCKS;
}

static const workload workloads[] = {
    {"churn", "churn: 16-512 B, 100k live, 2M free+malloc", churn_fill, churn,
     churn_empty},
    {"bursts", "bursts: 1M x 32 B, then 1M frees, 20 times", NULL, bursts,
     NULL},
    {"fragmentation", "fragmentation: 200k, free every other, refill, free, x5",
     NULL, fragmentation, NULL},
};
enum { NWORKLOADS = sizeof workloads / sizeof workloads[0] };

/* CPU time of the process, kernel time included (page faults count):
   on a shared machine, time spent waiting for a CPU is not ours. */
static double
now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Operations per second of one run. */
static double
time_run(const workload *w, const allocator *a)
{
    if (a->prepare != NULL) {
        a->prepare();
    }
    if (w->setup != NULL) {
        w->setup(a);
    }
    double start = now();
    size_t ops = w->run(a);
    double elapsed = now() - start;
    if (w->teardown != NULL) {
        w->teardown(a);
    }
    return (double)ops / elapsed;
}

/* ---------------------------------------------------------- memory */

typedef struct {
    double accounted; /* by the allocator's own count, per live byte */
    double rss;       /* by resident set growth, per live byte */
} memory_use;

static double
resident_bytes(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f != NULL) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2) {
            resident = 0;
        }
        fclose(f);
    }
    return (double)resident * (double)sysconf(_SC_PAGESIZE);
}

/* 1M live 32-byte objects, in a fresh child so that no other workload
   has left memory behind. */
static void
measure_in_child(const allocator *a, int fd)
{
    memset(blocks, 0, sizeof blocks); /* its pages, resident already */
    double held = a == &allocators[OURS] ? 0 : a->footprint();
    double rss = resident_bytes();
    for (size_t i = 0; i < MEMORY_BLOCKS; i++) {
        blocks[i] = new_object(a, 32);
    }
    double live = 32.0 * MEMORY_BLOCKS;
    memory_use use = {(a->footprint() - held) / live,
                      (resident_bytes() - rss) / live};
    if (write(fd, &use, sizeof use) != sizeof use) {
        _exit(1);
    }
    _exit(0);
}

static bool
measure_memory(const allocator *a, memory_use *use)
{
    int fds[2];
    if (pipe(fds) != 0) {
        return false;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        measure_in_child(a, fds[1]);
    }
    close(fds[1]);
    bool ok = pid > 0 && read(fds[0], use, sizeof *use) == sizeof *use;
    close(fds[0]);
    int status;
    if (pid > 0) {
        waitpid(pid, &status, 0);
    }
    return ok;
}

/* ------------------------------------------------------- reporting */

static void
read_cpu_model(char *out, size_t len)
{
    snprintf(out, len, "unknown CPU");
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[256];
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        char *colon = strchr(line, ':');
        if (strncmp(line, "model name", 10) == 0 && colon != NULL) {
            snprintf(out, len, "%s", colon + 2);
            out[strcspn(out, "\n")] = '\0';
            break;
        }
    }
    if (f != NULL) {
        fclose(f);
    }
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

typedef struct {
    double ops[NWORKLOADS][NALLOCATORS];
    memory_use memory[NALLOCATORS];
    bool have_memory[NALLOCATORS];
    char machine[512];
    int reps;
} results;

static void
describe_machine(results *r)
{
    char cpu[200];
    read_cpu_model(cpu, sizeof cpu);
    char python[600] = "CPython: not measured";
    if (allocators[CPYTHON].available) {
        snprintf(python, sizeof python, "CPython %s (%s)", cpython.version,
                 cpython.path);
    }
    snprintf(r->machine, sizeof r->machine,
             "%s, %ld cores; %s, -O2; glibc %s; %s; best of %d runs, "
             "timed in process CPU time",
             cpu, sysconf(_SC_NPROCESSORS_ONLN), compiler(),
             gnu_get_libc_version(), python, r->reps);
}

static void
print_ratio(FILE *out, double ours, double other, const char *sep)
{
    if (other > 0) {
        fprintf(out, "%s%.2f", sep, ours / other);
    } else {
        fprintf(out, "%s-", sep);
    }
}

static void
print_text(const results *r)
{
    printf("\n%-52s %10s %10s %10s %10s  %s  %s\n", "workload (M ops/s)",
           "ours", "glibc", "CPython", "ours-keep1", "ours/glibc",
           "ours/CPython");
    for (size_t w = 0; w < NWORKLOADS; w++) {
        const double *ops = r->ops[w];
        printf("%-52s %10.1f %10.1f %10.1f %10.1f", workloads[w].label,
               ops[OURS] / 1e6, ops[GLIBC] / 1e6, ops[CPYTHON] / 1e6,
               ops[OURS_CPYTHON_POLICY] / 1e6);
        print_ratio(stdout, ops[OURS], ops[GLIBC], "  ");
        print_ratio(stdout, ops[OURS], ops[CPYTHON], "        ");
        putchar('\n');
    }
    printf("(ours-keep1: ours keeping only 1 empty arena, as CPython "
           "does)\n");
    printf("\nmemory for 1M live 32-byte objects, bytes held per live "
           "byte:\n");
    for (size_t a = 0; a < NALLOCATORS - 1; a++) {
        if (r->have_memory[a]) {
            printf("  %-8s %6.3f by %s; %6.3f by resident set growth\n",
                   allocators[a].name, r->memory[a].accounted,
                   allocators[a].method, r->memory[a].rss);
        } else {
            printf("  %-8s not measured\n", allocators[a].name);
        }
    }
    printf("\nmachine: %s\n", r->machine);
}

static void
print_markdown(FILE *out, const results *r)
{
    fprintf(out, "| workload | ours | glibc | CPython | "
                 "ours, CPython's arena policy | ours/glibc | "
                 "ours/CPython |\n");
    fprintf(out, "|---|---:|---:|---:|---:|---:|---:|\n");
    for (size_t w = 0; w < NWORKLOADS; w++) {
        const double *ops = r->ops[w];
        fprintf(out, "| %s (M ops/s) | %.1f | %.1f | ", workloads[w].label,
                ops[OURS] / 1e6, ops[GLIBC] / 1e6);
        if (ops[CPYTHON] > 0) {
            fprintf(out, "%.1f", ops[CPYTHON] / 1e6);
        } else {
            fprintf(out, "-");
        }
        fprintf(out, " | %.1f |", ops[OURS_CPYTHON_POLICY] / 1e6);
        print_ratio(out, ops[OURS], ops[GLIBC], " ");
        print_ratio(out, ops[OURS], ops[CPYTHON], " | ");
        fprintf(out, " |\n");
    }
    fprintf(out, "| memory: 1M live 32-byte objects (bytes held per live "
                 "byte; resident set growth in brackets) |");
    for (size_t a = 0; a < NALLOCATORS - 1; a++) {
        if (r->have_memory[a]) {
            fprintf(out, " %.3f (%.3f) |", r->memory[a].accounted,
                    r->memory[a].rss);
        } else {
            fprintf(out, " - |");
        }
    }
    fprintf(out, " | | |\n\n");
    fprintf(out, "Bytes held: ours, %s; glibc, %s; CPython, %s.\n\n",
            allocators[OURS].method, allocators[GLIBC].method,
            allocators[CPYTHON].method);
    fprintf(out, "Measured on %s.\n", r->machine);
}

/* One line per target: MET, or MISSED and by how much. */
static void
print_targets(const results *r)
{
    printf("\n");
    for (size_t w = 0; w < NWORKLOADS; w++) {
        for (size_t a = GLIBC; a <= CPYTHON; a++) {
            double ours = r->ops[w][OURS], other = r->ops[w][a];
            if (other <= 0) {
                printf("target: ours >= %s on %s: SKIPPED (%s not "
                       "measured)\n",
                       allocators[a].name, workloads[w].name,
                       allocators[a].name);
            } else if (ours >= other) {
                printf("target: ours >= %s on %s: MET (%.2fx)\n",
                       allocators[a].name, workloads[w].name, ours / other);
            } else {
                printf("target: ours >= %s on %s: MISSED by %.1f%% "
                       "(%.2fx)\n",
                       allocators[a].name, workloads[w].name,
                       100 * (1 - ours / other), ours / other);
            }
        }
    }
    double bytes = r->memory[OURS].accounted;
    if (!r->have_memory[OURS]) {
        printf("target: < 1.03 bytes per live byte: NOT MEASURED\n");
    } else if (bytes < 1.03) {
        printf("target: < 1.03 bytes per live byte (1M x 32 B): MET "
               "(%.3f)\n",
               bytes);
    } else {
        printf("target: < 1.03 bytes per live byte (1M x 32 B): MISSED by "
               "%.3f (%.3f)\n",
               bytes - 1.03, bytes);
    }
}

/* ------------------------------------------------------------- main */

static void
measure_speed(results *r)
{
    for (int rep = 0; rep <= r->reps; rep++) { /* rep 0 warms up */
        for (size_t w = 0; w < NWORKLOADS; w++) {
            for (size_t a = 0; a < OURS_CPYTHON_POLICY; a++) {
                if (!allocators[a].available) {
                    continue;
                }
                double ops = time_run(&workloads[w], &allocators[a]);
                if (rep > 0 && ops > r->ops[w][a]) {
                    r->ops[w][a] = ops;
                }
            }
        }
        fprintf(stderr, "\rbench: run %d of %d", rep, r->reps);
    }
    /* Last, as it changes our allocator's settings for good. */
    for (int rep = 0; rep <= r->reps; rep++) {
        for (size_t w = 0; w < NWORKLOADS; w++) {
            double ops =
                time_run(&workloads[w], &allocators[OURS_CPYTHON_POLICY]);
            if (rep > 0 && ops > r->ops[w][OURS_CPYTHON_POLICY]) {
                r->ops[w][OURS_CPYTHON_POLICY] = ops;
            }
        }
    }
    fprintf(stderr, "\n");
}

int
main(int argc, char **argv)
{
    const char *libpython = NULL, *markdown = NULL;
    static results r = {.reps = 5};
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--libpython") == 0) {
            libpython = argv[i + 1];
        } else if (strcmp(argv[i], "--markdown") == 0) {
            markdown = argv[i + 1];
        } else if (strcmp(argv[i], "--reps") == 0) {
            r.reps = atoi(argv[i + 1]) > 0 ? atoi(argv[i + 1]) : 1;
        } else {
            fprintf(stderr,
                    "usage: %s [--libpython PATH] [--markdown FILE]"
                    " [--reps N]\n",
                    argv[0]);
            return 2;
        }
    }
    if (PyMem_SetupAllocator("pymalloc") != 0) {
        return 1;
    }
    load_cpython(libpython);
    if (!allocators[CPYTHON].available) {
        printf("CPython: skipped (no shared libpython%s%s; set "
               "LIBPYTHON=/path/to/libpython3.X.so)\n",
               libpython != NULL && *libpython ? " at " : " found",
               libpython != NULL ? libpython : "");
    }
    describe_machine(&r);
    for (size_t a = 0; a < OURS_CPYTHON_POLICY; a++) {
        r.have_memory[a] = allocators[a].available &&
                           measure_memory(&allocators[a], &r.memory[a]);
    }
    measure_speed(&r);
    print_text(&r);
    if (markdown != NULL) {
        FILE *f = fopen(markdown, "w");
        if (f == NULL) {
            perror(markdown);
            return 1;
        }
        print_markdown(f, &r);
        fclose(f);
        printf("table written to %s\n", markdown);
    }
    /* A report, not a test: a missed target is said, not failed. */
    print_targets(&r);
    return 0;
}
