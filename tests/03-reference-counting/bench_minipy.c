/* bench_minipy [--reps N] [--limit-mib M] [--timeout S]
                NAME=SCRIPT... -- LABEL=PROGRAM...

   Run every script with every program, N times each (default 7),
   interleaved: repetition r runs each script with every program in an
   order rotated by r, so that a busy moment on a shared machine is
   spread over all of them.  Each run gets M MiB of address space
   (default 1024) and S seconds (default 60): a program that frees
   nothing may not finish a script that makes a lot of garbage, and the
   table says so rather than the machine swapping.

   Prints one tab-separated line per run: the script's name, the
   program's label, the repetition, how the run ended (ok, memory,
   timeout or failed), its wall and CPU time in seconds, its peak
   resident set in KiB and its minor page faults (pages touched for the
   first time since they were mapped).  bench/report.py takes the
   medians. */
#define _DEFAULT_SOURCE

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    const char *name;
    const char *path;
} Pair;

typedef struct {
    const char *status;
    double wall, cpu;
    long rss_kib;
    long faults;
} Run;

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A memory limit shows as a MemoryError (exit 1), a failed malloc
   (minipy says "out of memory" and exits 1) or a kill: stderr tells. */
static const char *
why_failed(int status, const char *errors)
{
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM)
        return "timeout";
    if (strstr(errors, "MemoryError") || strstr(errors, "out of memory") ||
        strstr(errors, "Cannot allocate") || WIFSIGNALED(status))
        return "memory";
    return "failed";
}

static Run
run_once(const char *program, const char *script, long limit_mib,
         unsigned timeout)
{
    Run r = {"failed", 0, 0, 0, 0};
    char errors[4096] = "";
    FILE *err = tmpfile();
    fflush(stdout); /* or the child's freopen writes it out again */
    double start = now();
    pid_t pid = err != NULL ? fork() : -1;
    if (pid < 0)
        return r;
    if (pid == 0) {
        struct rlimit limit = {(rlim_t)limit_mib << 20,
                               (rlim_t)limit_mib << 20};
        if (freopen("/dev/null", "w", stdout) == NULL ||
            dup2(fileno(err), 2) < 0 || setrlimit(RLIMIT_AS, &limit) != 0)
            _exit(127);
        alarm(timeout);
        execl(program, program, script, (char *)NULL);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        fclose(err);
        return r;
    }
    r.wall = now() - start;
    r.cpu = (double)usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
            (double)usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    r.rss_kib = usage.ru_maxrss;
    r.faults = usage.ru_minflt;
    rewind(err);
    errors[fread(errors, 1, sizeof errors - 1, err)] = '\0';
    fclose(err);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        r.status = "ok";
    else
        r.status = why_failed(status, errors);
    return r;
}

static int
usage_error(void)
{
    fprintf(stderr, "usage: bench_minipy [--reps N] [--limit-mib M] "
                    "[--timeout S] NAME=SCRIPT... -- LABEL=PROGRAM...\n");
    return 2;
}

static int
parse_pair(const char *arg, Pair *out)
{
    const char *eq = strchr(arg, '=');
    if (eq == NULL || eq == arg || eq[1] == '\0') {
        fprintf(stderr, "bench_minipy: %s is not NAME=PATH\n", arg);
        return -1;
    }
    char *name = strdup(arg);
    if (name == NULL)
        return -1;
    name[eq - arg] = '\0';
    out->name = name;
    out->path = eq + 1;
    return 0;
}

int
main(int argc, char **argv)
{
    int reps = 7, i = 1;
    long limit_mib = 1024;
    unsigned timeout = 60;
    for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0 && argv[i][2];
         i += 2) {
        long value = atol(argv[i + 1]);
        if (value <= 0)
            return usage_error();
        if (strcmp(argv[i], "--reps") == 0)
            reps = (int)value;
        else if (strcmp(argv[i], "--limit-mib") == 0)
            limit_mib = value;
        else if (strcmp(argv[i], "--timeout") == 0)
            timeout = (unsigned)value;
        else
            return usage_error();
    }
    Pair *scripts = calloc((size_t)argc, sizeof *scripts);
    Pair *programs = calloc((size_t)argc, sizeof *programs);
    int nscripts = 0, nprograms = 0;
    if (scripts == NULL || programs == NULL)
        return 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (parse_pair(argv[i], &scripts[nscripts++]) != 0)
            return 2;
    for (i++; i < argc; i++)
        if (parse_pair(argv[i], &programs[nprograms++]) != 0)
            return 2;
    if (nscripts == 0 || nprograms == 0)
        return usage_error();
    printf("# reps\t%d\n# limit_mib\t%ld\n# timeout_s\t%u\n", reps, limit_mib,
           timeout);
    for (int p = 0; p < nprograms; p++)
        printf("# program\t%s\t%s\n", programs[p].name, programs[p].path);
    printf("workload\tprogram\trep\tstatus\twall_s\tcpu_s\trss_kib\t"
           "faults\n");
    for (int rep = 0; rep < reps; rep++) {
        for (int s = 0; s < nscripts; s++) {
            for (int k = 0; k < nprograms; k++) {
                const Pair *p = &programs[(k + rep) % nprograms];
                Run r = run_once(p->path, scripts[s].path, limit_mib, timeout);
                printf("%s\t%s\t%d\t%s\t%.4f\t%.4f\t%ld\t%ld\n",
                       scripts[s].name, p->name, rep, r.status, r.wall, r.cpu,
                       r.rss_kib, r.faults);
                fflush(stdout);
            }
        }
        fprintf(stderr, "\rbench_minipy: repetition %d of %d", rep + 1, reps);
    }
    fprintf(stderr, "\n");
    return 0;
}
