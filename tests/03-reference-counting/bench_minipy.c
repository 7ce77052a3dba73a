/* bench_minipy RUNS SCRIPT LABEL=PROGRAM...
   Run each program on the script RUNS times; print the best wall-clock
   time, the CPU time of that run, and the peak resident set size, each
   program's ratio to the first, and a Markdown table with --markdown. */
#define _DEFAULT_SOURCE

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    const char *label;
    const char *program;
    double wall, cpu; /* seconds, of the fastest run */
    long rss_kib;     /* the largest peak of any run */
} Result;

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One run, its output thrown away; -1 if it did not exit with 0. */
static int
run_once(Result *r, const char *script)
{
    double start = now();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (freopen("/dev/null", "w", stdout) == NULL)
            _exit(127);
        execl(r->program, r->program, script, (char *)NULL);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return -1;
    double wall = now() - start;
    double cpu = (double)usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
                 (double)usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    if (r->wall == 0 || wall < r->wall) {
        r->wall = wall;
        r->cpu = cpu;
    }
    if (usage.ru_maxrss > r->rss_kib)
        r->rss_kib = usage.ru_maxrss;
    return 0;
}

int
main(int argc, char **argv)
{
    const char *markdown = NULL;
    if (argc > 2 && strcmp(argv[1], "--markdown") == 0) {
        markdown = argv[2];
        argc -= 2;
        argv += 2;
    }
    if (argc < 4) {
        fprintf(stderr, "usage: bench_minipy [--markdown FILE] RUNS SCRIPT "
                        "LABEL=PROGRAM...\n");
        return 2;
    }
    int runs = atoi(argv[1]), n = argc - 3;
    const char *script = argv[2];
    Result *results = calloc((size_t)n, sizeof *results);
    if (results == NULL)
        return 1;
    for (int i = 0; i < n; i++) {
        char *eq = strchr(argv[i + 3], '=');
        if (eq == NULL) {
            fprintf(stderr, "bench_minipy: %s is not LABEL=PROGRAM\n",
                    argv[i + 3]);
            return 2;
        }
        *eq = '\0';
        results[i].label = argv[i + 3];
        results[i].program = eq + 1;
        for (int k = 0; k < runs; k++) {
            if (run_once(&results[i], script) < 0) {
                fprintf(stderr, "bench_minipy: %s failed on %s\n",
                        results[i].program, script);
                return 1;
            }
        }
    }
    FILE *md = markdown ? fopen(markdown, "w") : NULL;
    printf("%-28s %10s %10s %12s %10s\n", script, "wall (s)", "cpu (s)",
           "peak RSS", "time ratio");
    if (md != NULL)
        fprintf(md,
                "| program | best wall time (s) | its CPU time (s) | "
                "peak resident memory | time vs. %s |\n|---|---:|---:|"
                "---:|---:|\n",
                results[0].label);
    for (int i = 0; i < n; i++) {
        Result *r = &results[i];
        double ratio = r->wall / results[0].wall;
        printf("%-28s %10.3f %10.3f %9ld KiB %10.2f\n", r->label, r->wall,
               r->cpu, r->rss_kib, ratio);
        if (md != NULL)
            fprintf(md, "| %s | %.3f | %.3f | %ld KiB | %.2f |\n", r->label,
                    r->wall, r->cpu, r->rss_kib, ratio);
    }
    if (md != NULL)
        fclose(md);
    free(results);
    return 0;
}
