#!/usr/bin/env python3
"""bench/timed.py: run scripts that time themselves, interleaved.

  timed.py [--reps N] [--limit-mib M] [--timeout S]
           NAME=SCRIPT... -- LABEL=PROGRAM...

Each script reads the clock around the one thing it measures
(time.perf_counter_ns(), which minipy has from chapter 1) and prints
what it found as lines "KEY VALUE" on standard output: bench/gc/*.py
print "collect_ns", "collected" and "objects".  Repetition r runs every
script with every program, in an order rotated by r, as
tests/03-reference-counting/bench_minipy.c does, so that a busy moment
on a shared machine is spread over all of them.

A script may call sys._debugmallocstats() (CPython's and minipy's from
chapter 2 print the same "# bytes in allocated blocks" line on standard
error): the first two such lines become alloc_before and alloc_after,
what the interpreter's small-object allocator handed out before and
after the script built what it measures.

Prints one tab-separated line per run: the script's name, the program's
label, the repetition, how the run ended (ok, memory, timeout, failed),
the run's wall and CPU time (s) and peak resident set (KiB), then every
KEY=VALUE the script printed.  bench/report.py takes the medians.
Standard library only.
"""

import os
import resource
import signal
import sys
import tempfile
import time


def run_once(program, script, limit_mib, timeout):
    """Fork, limit, exec; wait4 gives this child's own resource usage."""
    program, script = os.path.abspath(program), os.path.abspath(script)
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(os.path.dirname(script))
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            size = limit_mib << 20
            resource.setrlimit(resource.RLIMIT_AS, (size, size))
            signal.alarm(timeout)  # survives the exec
            os.execv(program, [program, script])
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    cpu = usage.ru_utime + usage.ru_stime
    out.seek(0)
    err.seek(0)
    stdout = out.read().decode("utf-8", "replace")
    stderr = err.read().decode("utf-8", "replace")
    out.close()
    err.close()
    values = {}
    for line in stdout.splitlines():
        fields = line.split()
        if len(fields) == 2 and fields[1].lstrip("-").isdigit():
            values[fields[0]] = fields[1]
    blocks = [line.split("=")[1].strip().replace(",", "")
              for line in stderr.splitlines()
              if line.startswith("# bytes in allocated blocks")]
    if len(blocks) >= 2:
        values["alloc_before"], values["alloc_after"] = blocks[0], blocks[1]
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM:
        state = "timeout"
    elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        state = "ok"
    elif "MemoryError" in stderr or "out of memory" in stderr or \
            os.WIFSIGNALED(status):
        state = "memory"
    else:
        state = "failed"
        sys.stderr.write(f"\ntimed.py: {program} {script} failed:\n"
                         + "".join(stderr.splitlines(True)[-5:]))
    return state, wall, cpu, usage.ru_maxrss, values


def usage():
    sys.exit("usage: timed.py [--reps N] [--limit-mib M] [--timeout S] "
             "NAME=SCRIPT... -- LABEL=PROGRAM...")


def pairs(args):
    out = []
    for a in args:
        name, eq, path = a.partition("=")
        if not eq or not name or not path:
            usage()
        out.append((name, path))
    return out


def main(argv):
    opts = {"--reps": 7, "--limit-mib": 2048, "--timeout": 120}
    while len(argv) >= 2 and argv[0] in opts:
        if not argv[1].isdigit() or int(argv[1]) <= 0:
            usage()
        opts[argv[0]] = int(argv[1])
        argv = argv[2:]
    if "--" not in argv:
        usage()
    cut = argv.index("--")
    scripts, programs = pairs(argv[:cut]), pairs(argv[cut + 1:])
    if not scripts or not programs:
        usage()
    reps = opts["--reps"]
    print(f"# reps\t{reps}")
    print(f"# limit_mib\t{opts['--limit-mib']}")
    print(f"# timeout_s\t{opts['--timeout']}")
    for label, path in programs:
        print(f"# program\t{label}\t{path}")
    print("workload\tprogram\trep\tstatus\twall_s\tcpu_s\trss_kib\tvalues")
    for rep in range(reps):
        for name, script in scripts:
            for k in range(len(programs)):
                label, program = programs[(k + rep) % len(programs)]
                status, wall, cpu, rss, values = run_once(
                    program, script, opts["--limit-mib"], opts["--timeout"])
                print(f"{name}\t{label}\t{rep}\t{status}\t{wall:.4f}\t"
                      f"{cpu:.4f}\t{rss}\t"
                      + " ".join(f"{k}={v}" for k, v in sorted(
                          values.items())), flush=True)
        sys.stderr.write(f"\rtimed.py: repetition {rep + 1} of {reps}")
    sys.stderr.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
