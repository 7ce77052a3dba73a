#!/usr/bin/env python3
"""bench/report.py: the results of `make bench`, and the book's view of them.

  report.py collect --alloc A.tsv --interp I.tsv [--build B.tsv]
                    [--gc G.tsv] [--names N.tsv]
                    [--load "BEFORE|AFTER"] [--load-samples "L1 L2 ..."]
                    -o RESULTS.json
      Read what bench_alloc, bench_minipy, bench/timed.py (the heap
      shapes of bench/gc/) and bench/timeshell wrote, add the machine and
      the date, and write one results file: every run, and per figure
      its median, minimum and maximum.  N.tsv is bench_minipy's run of
      bench/names/ by chapters 3 and 4.
  report.py text RESULTS.json
      Print every table, and each target of issue 13 as met or missed.
  report.py book RESULTS.json TABLES_DIR PLOTS_DIR
      Write the book's tables (TABLES_DIR/NAME.md), the values its
      sentences quote (TABLES_DIR/values.tsv, read by
      chapters/filters/bench.lua) and the plots (PLOTS_DIR/NAME.svg).

A ratio is the median of per-repetition ratios: repetition r of two
allocators (or programs) ran within seconds of each other, so their
ratio is less disturbed by the machine's load than a ratio of medians.
Standard library only.
"""

import datetime
import json
import os
import platform
import statistics
import subprocess
import sys

ALLOCATORS = ["glibc", "CPython", "mimalloc", "ours",
              "ours, CPython's arena policy"]
SPEED_WORKLOADS = ["churn", "bursts", "fragmentation"]
ALLOC_WORKLOADS = SPEED_WORKLOADS + ["hold"]
HOLD_LIVE_BYTES = 32 * 1000000
BURSTS = 20
ALLOC_LABELS = {
    "churn": "churn: 100k live, 16-512 B, 2M free+malloc",
    "bursts": "bursts: 1M x 32 B, all freed, 20 times",
    "fragmentation": "fragmentation: 200k, every other freed, refilled, x5",
    "hold": "hold: 1M live 32-byte blocks",
}
INTERP_WORKLOADS = ["loop", "fib", "lists", "dict", "instances", "concat",
                    "concat_local", "refcount"]
INTERP_LABELS = {
    "loop": "integer loop (3M additions)",
    "fib": "fib(27), recursive",
    "lists": "1M small lists built and dropped",
    "dict": "dict of 200,000 string keys",
    "instances": "300k instances, attribute access",
    "concat": "s = s + 'ab', 50,000 times",
    "concat_local": "s += 'ab' in a function, 100,000 times",
    "refcount": "chapter 3's script (bench_workload.py)",
}
# bench/gc/: gc.collect() alone, timed by the script (bench/timed.py).
GC_WORKLOADS = ["cycles", "live", "chain", "listchain", "mix"]
GC_TARGETS = ["cycles", "live", "chain", "mix"]  # issue 11's shapes
GC_LABELS = {
    "cycles": "500,000 two-list cycles",
    "live": "1,000,000 live lists",
    "chain": "100,000-deep instance chain",
    "listchain": "the same chain, of lists",
    "mix": "mix: live records, garbage cycles",
}
# bench/names/: chapter 3 against chapter 4, whole runs (bench_minipy).
NAMES_WORKLOADS = ["globals", "builtins", "attributes", "methods",
                   "strkeys"]
NAMES_LABELS = {
    "globals": "4 globals read in a function, 6M times",
    "builtins": "5 builtin names read in a function, 4M times",
    "attributes": "5 attribute reads and writes, 5M times",
    "methods": "2 method calls, 3M times",
    "strkeys": "4 dict items by str literal, 6M times",
}
NAMES_PROGRAMS = ("ch03", "ch04")
MIB = 1 << 20


# ------------------------------------------------------------ reading

def read_tsv(path):
    """The '# key<TAB>value' lines and the rows (dicts) of a TSV file."""
    meta, rows, header = {}, [], None
    with open(path) as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#"):
                key = fields[0][1:].strip()
                value = fields[1:] if len(fields) > 2 else fields[1]
                if key == "program":
                    meta.setdefault("programs", []).append(value)
                else:
                    meta[key] = value
            elif header is None:
                header = fields
            elif len(fields) == len(header):
                rows.append(dict(zip(header, fields)))
    return meta, rows


def spread(values):
    values = sorted(values)
    return {"median": statistics.median(values), "min": values[0],
            "max": values[-1], "n": len(values)}


def paired(runs, key, a, b, inverse=False):
    """Per-repetition ratios a/b of runs[(name, rep)][key]."""
    ratios = []
    for (name, rep), run in runs.items():
        other = runs.get((b, rep))
        if name == a and other and run[key] > 0 and other[key] > 0:
            ratios.append(other[key] / run[key] if inverse
                          else run[key] / other[key])
    return spread(ratios) if ratios else None


def command_output(*argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True,
                              check=False).stdout.strip()
    except OSError:
        return ""


def summarise_alloc(rows):
    out = {}
    for w in ALLOC_WORKLOADS:
        runs = {}
        for r in rows:
            if r["workload"] != w:
                continue
            # Results written before bench_alloc counted page faults
            # have no "faults" column.
            run = {k: float(r[k]) for k in ("cpu_s", "wall_s", "ops",
                                            "held_peak", "held_end",
                                            "rss_peak", "rss_end", "faults")
                   if k in r}
            run["mops_cpu"] = run["ops"] / run["cpu_s"] / 1e6
            run["mops_wall"] = run["ops"] / run["wall_s"] / 1e6
            runs[(r["allocator"], int(r["rep"]))] = run
        per = {}
        for a in ALLOCATORS:
            mine = [v for (name, _), v in runs.items() if name == a]
            if not mine:
                continue
            per[a] = {k: spread([m[k] for m in mine]) for k in mine[0]}
            if w == "hold":
                per[a]["bytes_per_live_byte"] = spread(
                    [m["held_peak"] / HOLD_LIVE_BYTES for m in mine])
                per[a]["rss_per_live_byte"] = spread(
                    [m["rss_peak"] / HOLD_LIVE_BYTES for m in mine])
        ratios = {}
        for other in ALLOCATORS:
            for mine in ("ours", "ours, CPython's arena policy"):
                if other == mine or other not in per or mine not in per:
                    continue
                for clock in ("cpu", "wall"):
                    ratios[f"{mine}/{other}/{clock}"] = paired(
                        runs, "mops_" + clock, mine, other)
        out[w] = {"allocators": per, "ratios": ratios}
    return out


def summarise_interp(rows, programs, workloads=INTERP_WORKLOADS):
    out = {}
    labels = [p[0] for p in programs]
    for w in workloads:
        runs, statuses = {}, {}
        for r in rows:
            if r["workload"] != w:
                continue
            statuses.setdefault(r["program"], set()).add(r["status"])
            if r["status"] == "ok":
                runs[(r["program"], int(r["rep"]))] = {
                    k: float(r[k]) for k in ("wall_s", "cpu_s", "rss_kib",
                                             "faults") if k in r}
        if not statuses:
            continue
        per = {}
        for p in labels:
            mine = [v for (name, _), v in runs.items() if name == p]
            status = statuses.get(p, {"missing"})
            entry = {"status": "ok" if status == {"ok"}
                     else "/".join(sorted(status - {"ok"}))}
            if mine and status == {"ok"}:
                entry.update({k: spread([m[k] for m in mine])
                              for k in mine[0]})
            per[p] = entry
        ratios = {}
        for p in labels:
            for base in labels:
                if p == base or per[p]["status"] != "ok" or \
                        per[base]["status"] != "ok":
                    continue
                for key in ("wall_s", "cpu_s", "rss_kib"):
                    ratios[f"{p}/{base}/{key}"] = paired(runs, key, p, base)
        out[w] = {"programs": per, "ratios": ratios}
    return out


def summarise_gc(rows, programs):
    """bench/timed.py's runs of bench/gc/: per shape and program, the
    collection's time, the bytes the allocator handed out per object
    the shape built, and what gc.collect() returned."""
    out = {}
    labels = [p[0] for p in programs]
    for w in GC_WORKLOADS:
        runs, statuses, returned = {}, {}, {}
        for r in rows:
            if r["workload"] != w:
                continue
            statuses.setdefault(r["program"], set()).add(r["status"])
            v = dict(kv.split("=", 1) for kv in r.get("values", "").split())
            if r["status"] != "ok" or "collect_ns" not in v:
                continue
            run = {"collect_ms": int(v["collect_ns"]) / 1e6,
                   "wall_s": float(r["wall_s"]), "cpu_s": float(r["cpu_s"]),
                   "rss_kib": float(r["rss_kib"])}
            if "alloc_after" in v and int(v.get("objects", 0)) > 0:
                run["bytes_per_object"] = (
                    (int(v["alloc_after"]) - int(v["alloc_before"]))
                    / int(v["objects"]))
            runs[(r["program"], int(r["rep"]))] = run
            returned.setdefault(r["program"], set()).add(int(v["collected"]))
        if not statuses:
            continue
        per = {}
        for p in labels:
            mine = [m for (name, _), m in runs.items() if name == p]
            status = statuses.get(p, {"missing"})
            entry = {"status": "ok" if status == {"ok"} and mine
                     else "/".join(sorted(status - {"ok"})) or "failed"}
            if entry["status"] == "ok":
                entry.update({k: spread([m[k] for m in mine if k in m])
                              for k in mine[0]})
                entry["collected"] = sorted(returned[p])
            per[p] = entry
        ratios = {}
        for p in labels:
            for base in labels:
                if p != base and per[p]["status"] == "ok" and \
                        per[base]["status"] == "ok":
                    ratios[f"{p}/{base}"] = paired(runs, "collect_ms", p,
                                                   base)
        out[w] = {"programs": per, "ratios": ratios}
    return out


def build_steps(path):
    """Wall time of each step of a clean build, from bench/timeshell."""
    rows = []
    with open(path) as f:
        for line in f:
            start, end, target = line.rstrip("\n").split("\t", 2)
            rows.append((float(start), float(end), target))
    if not rows:
        return None

    def step(target):
        if target.endswith(".pdf") or "/print/" in target:
            return "PDF (print page, then WeasyPrint)"
        if target.endswith(".epub"):
            return "EPUB"
        if "/ast/" in target:
            return "filter the pages (includes, runs, figures)"
        if target.endswith(".html") or "nav." in target:
            return "HTML pages"
        if "figures/" in target and target.endswith(".stamp"):
            return "figures (minipy --dot, dot -Tsvg)"
        if target.endswith((".o", ".a", "/minipy", "minipy")):
            return "compile every chapter's program"
        return "other (snapshots, copies, checks)"

    t0 = min(r[0] for r in rows)
    steps = {}
    for start, end, target in rows:
        s = steps.setdefault(step(target), {"first": 1e18, "last": 0,
                                             "busy": 0.0, "commands": 0})
        s["first"] = min(s["first"], start - t0)
        s["last"] = max(s["last"], end - t0)
        if not target.endswith("/minipy"):  # its sub-make's lines count
            s["busy"] += end - start
        s["commands"] += 1
    total = max(r[1] for r in rows) - t0
    slowest = sorted(((end - start, target) for start, end, target in rows
                      if not target.endswith("/minipy")), reverse=True)[:5]
    return {"total_s": total, "steps": steps,
            "slowest": [{"target": t, "s": s} for s, t in slowest]}


def collect(args):
    alloc_meta, alloc_rows = read_tsv(args["alloc"])
    interp_meta, interp_rows = read_tsv(args["interp"])
    programs = interp_meta.get("programs", [])
    gc_meta, gc_rows = read_tsv(args["gc"]) if args.get("gc") else ({}, [])
    names_meta, names_rows = (read_tsv(args["names"]) if args.get("names")
                              else ({}, []))
    gc_programs = gc_meta.get("programs", [])
    names_programs = names_meta.get("programs", [])
    machine = {
        "cpu": alloc_meta.get("cpu", platform.processor()),
        "cores": int(alloc_meta.get("cores", os.cpu_count() or 0)),
        "compiler": alloc_meta.get("compiler", ""),
        "glibc": alloc_meta.get("glibc", ""),
        "cpython_allocator": alloc_meta.get("cpython", ""),
        "libpython": alloc_meta.get("libpython", ""),
        "mimalloc": alloc_meta.get("mimalloc", ""),
        "kernel": platform.release(),
        "programs": {label: {"path": path, "version": version_of(path)}
                     for label, path in programs + gc_programs
                     + names_programs},
    }
    load = args.get("load", "").split("|")
    cores = os.cpu_count() or 1
    samples = [float(x.split()[0]) for x in load if x.strip()]
    samples += [float(x) for x in args.get("load-samples", "").split()]
    busiest = max(samples, default=0.0)
    results = {
        "machine_name": args["name"],
        "machine": machine,
        "date": datetime.datetime.now(datetime.timezone.utc)
        .strftime("%Y-%m-%d %H:%M UTC"),
        "load_average": {"before": load[0] if load else "",
                         "after": load[1] if len(load) > 1 else ""},
        # The 1-minute load average, read between the stages: above half
        # the cores, other jobs shared the machine and spreads are wider.
        "load_samples": samples,
        "load_note": (f"shared machine: 1-minute load average up to "
                      f"{busiest:.2f} on {cores} cores during the run"
                      if busiest > cores / 2 else
                      f"quiet machine: 1-minute load average at most "
                      f"{busiest:.2f} on {cores} cores"),
        "alloc": {"reps": int(alloc_meta.get("reps", 0)),
                  "workloads": summarise_alloc(alloc_rows),
                  "runs": alloc_rows},
        "interp": {"reps": int(interp_meta.get("reps", 0)),
                   "limit_mib": int(interp_meta.get("limit_mib", 0)),
                   "programs": [p[0] for p in programs],
                   "workloads": summarise_interp(interp_rows, programs),
                   "runs": interp_rows},
        "build": build_steps(args["build"]) if args.get("build") else None,
    }
    if gc_rows:
        results["gc"] = {"reps": int(gc_meta.get("reps", 0)),
                         "programs": [p[0] for p in gc_programs],
                         "workloads": summarise_gc(gc_rows, gc_programs),
                         "runs": gc_rows}
    # Concatenation once more, glibc's trim threshold fixed (bench.mk).
    trim_meta, trim_rows = (read_tsv(args["trim"]) if args.get("trim")
                            else ({}, []))
    if trim_rows:
        trim_programs = trim_meta.get("programs", [])
        results["trim"] = {"reps": int(trim_meta.get("reps", 0)),
                           "trim_threshold": int(args.get("trim-bytes", 0)),
                           "programs": [p[0] for p in trim_programs],
                           "workloads": summarise_interp(
                               trim_rows, trim_programs, ["concat"]),
                           "runs": trim_rows}
    if names_rows:
        results["names"] = {"reps": int(names_meta.get("reps", 0)),
                            "programs": [p[0] for p in names_programs],
                            "workloads": summarise_interp(
                                names_rows, names_programs, NAMES_WORKLOADS),
                            "runs": names_rows}
    with open(args["o"], "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, sort_keys=True)
        f.write("\n")


def version_of(path):
    out = command_output(path, "--version")
    return out.split()[-1] if out.startswith("Python") else ""


# ------------------------------------------------------------ naming

def program_name(results, label):
    """'minipy, chapter 3' for ch03, 'CPython 3.11.7' for py3.11."""
    info = results["machine"]["programs"].get(label, {})
    if label.startswith("ch"):
        return f"minipy, chapter {int(label[2:])}"
    return "CPython " + (info.get("version") or label)


def cpython_labels(results):
    return [p for p in results["interp"]["programs"] if not p.startswith("ch")]


def chapter_labels(results):
    return [p for p in results["interp"]["programs"] if p.startswith("ch")]


def reference_cpython(results):
    """The CPython the interpreter ratios are against: the oldest found
    (python3, 3.11 on Debian 12), which issue 13's targets name."""
    labels = cpython_labels(results)
    return labels[0] if labels else None


def machine_line(results):
    m = results["machine"]
    return f"{m['cpu']}, {m['cores']} cores"


def machine_caption(results, what, reps,
                    spread="each with the range of the runs in the row "
                    "below"):
    m = results["machine"]
    return (f"{what} Median of {reps} interleaved runs, {spread}; "
            f"measured on {results['date'][:10]} on "
            f"{machine_line(results)} ({m['compiler']}; glibc {m['glibc']}; "
            f"CPython {m['cpython_allocator']}; mimalloc {m['mimalloc']}). "
            f"`make bench` measures again and writes "
            f"`bench/results/{results['machine_name']}.json`.")


# ------------------------------------------------------------ numbers

def fmt(x, digits=2):
    return f"{x:.{digits}f}"


def with_range(s, digits=2, scale=1.0):
    """A table cell: the median, and under it (see two_rows) the range."""
    if s is None:
        return ("-", "")
    return (fmt(s["median"] * scale, digits),
            f"{fmt(s['min'] * scale, digits)}\u2013"
            f"{fmt(s['max'] * scale, digits)}")


def two_rows(label, cells):
    """A row of medians and, below it, a row of their ranges, so that
    narrow columns need not wrap."""
    cells = [c if isinstance(c, tuple) else (c, "") for c in cells]
    return [[label] + [c[0] for c in cells],
            ["range"] + [c[1] for c in cells]]


def values(results):
    """Every number a sentence of the book may quote, by key."""
    v = {"machine": machine_line(results),
         "date": results["date"][:10],
         "alloc.reps": str(results["alloc"]["reps"]),
         "interp.reps": str(results["interp"]["reps"]),
         "cpython": results["machine"]["cpython_allocator"],
         "mimalloc": results["machine"]["mimalloc"]}
    short = {"ours, CPython's arena policy": "keep1"}
    for w, data in results["alloc"]["workloads"].items():
        for a, d in data["allocators"].items():
            k = f"alloc.{w}.{short.get(a, a)}"
            v[k + ".mops"] = fmt(d["mops_cpu"]["median"], 1)
            v[k + ".held_end_mib"] = fmt(d["held_end"]["median"] / MIB, 1)
            v[k + ".held_peak_mib"] = fmt(d["held_peak"]["median"] / MIB, 1)
            v[k + ".rss_end_mib"] = fmt(d["rss_end"]["median"] / MIB, 1)
            if "faults" in d:
                v[k + ".faults"] = f"{round(d['faults']['median']):,}"
            if "bytes_per_live_byte" in d:
                v[k + ".bpb"] = fmt(d["bytes_per_live_byte"]["median"], 3)
                v[k + ".rss_bpb"] = fmt(d["rss_per_live_byte"]["median"], 3)
        for key, s in data["ratios"].items():
            if s is None:
                continue
            mine, other, clock = key.split("/")
            k = f"alloc.{w}.{short.get(mine, mine)}/{short.get(other, other)}"
            if clock == "wall":
                k += ".wall"
            v[k] = fmt(s["median"])
            v[k + ".range"] = f"{fmt(s['min'])}\u2013{fmt(s['max'])}"
    # Chapter 2's page-fault arithmetic: with one empty arena kept, each
    # burst after the first maps 30 of its 31 arenas again, 256 pages each.
    bursts = results["alloc"]["workloads"]["bursts"]["allocators"]
    if "ours" in bursts and "ours, CPython's arena policy" in bursts:
        extra = (bursts["ours, CPython's arena policy"]["cpu_s"]["median"]
                 - bursts["ours"]["cpu_s"]["median"])
        pages = (BURSTS - 1) * 30 * 256
        v["alloc.bursts.policy_cost_s"] = fmt(extra, 2)
        v["alloc.bursts.remapped_pages"] = f"{pages:,}"
        v["alloc.bursts.us_per_page"] = fmt(extra / pages * 1e6, 1)
        v["alloc.bursts.ours.cpu_s"] = fmt(
            bursts["ours"]["cpu_s"]["median"], 2)
        v["alloc.bursts.keep1.cpu_s"] = fmt(
            bursts["ours, CPython's arena policy"]["cpu_s"]["median"], 2)
        # The page faults ours takes beyond mimalloc's, priced at the
        # cost per page the policy column gives, against the time
        # between the two.
        work = results["alloc"]["workloads"]
        for w in ("bursts", "fragmentation"):
            mine, theirs = (work[w]["allocators"].get(a, {})
                            for a in ("ours", "mimalloc"))
            if "faults" not in mine or "faults" not in theirs:
                continue
            faults = mine["faults"]["median"] - theirs["faults"]["median"]
            gap = mine["cpu_s"]["median"] - theirs["cpu_s"]["median"]
            v[f"alloc.{w}.ours-mimalloc.faults"] = f"{round(faults):,}"
            v[f"alloc.{w}.ours-mimalloc.fault_s"] = fmt(
                faults * extra / pages, 3)
            v[f"alloc.{w}.ours-mimalloc.cpu_s"] = fmt(gap, 3)
            if gap > 0:
                v[f"alloc.{w}.ours-mimalloc.fault_share"] = fmt(
                    faults * extra / pages / gap, 2)
    base = reference_cpython(results)
    for label in results["interp"]["programs"]:
        v[f"program.{label}"] = program_name(results, label)
    for w, data in results["interp"]["workloads"].items():
        for p, d in data["programs"].items():
            if d["status"] != "ok":
                v[f"interp.{w}.{p}.wall"] = d["status"]
                continue
            v[f"interp.{w}.{p}.wall"] = fmt(d["wall_s"]["median"], 3)
            v[f"interp.{w}.{p}.rss_mib"] = fmt(d["rss_kib"]["median"] / 1024,
                                               1)
    v.update(interp_ratio_values("interp", results["interp"], base))
    if "trim" in results:
        v.update(interp_ratio_values("trim", results["trim"], base))
        v["trim.threshold_mib"] = fmt(
            results["trim"]["trim_threshold"] / MIB, 0)
    if results.get("build"):
        v["build.total_s"] = fmt(results["build"]["total_s"], 0)
    v.update(gc_values(results))
    v.update(names_values(results))
    return v


def interp_ratio_values(prefix, section, base):
    """Per workload and program: wall time and page faults, and the
    ratios to every other program (to the reference CPython as
    "cpython")."""
    v = {}
    for w, data in section["workloads"].items():
        for p, d in data["programs"].items():
            if d["status"] == "ok" and "faults" in d:
                v[f"{prefix}.{w}.{p}.faults"] = \
                    f"{round(d['faults']['median']):,}"
            if prefix != "interp" and d["status"] == "ok":
                v[f"{prefix}.{w}.{p}.wall"] = fmt(d["wall_s"]["median"], 3)
        for key, s in data["ratios"].items():
            p, other, what = key.split("/")
            if s is None or what not in ("wall_s", "cpu_s", "rss_kib"):
                continue
            name = {"wall_s": "wall", "cpu_s": "time", "rss_kib": "rss"}[what]
            other_key = "cpython" if other == base else other
            k = f"{prefix}.{w}.{p}/{other_key}.{name}"
            v[k] = fmt(s["median"])
            v[k + ".range"] = f"{fmt(s['min'])}\u2013{fmt(s['max'])}"
    return v


def gc_reference(results):
    """The CPython the collector is measured against: 3.13 (issue 11's
    target), else the newest found."""
    labels = [p for p in results["gc"]["programs"] if not p.startswith("ch")]
    return "py3.13" if "py3.13" in labels else (labels[-1] if labels
                                                else None)


def gc_values(results):
    """gc.SHAPE.LABEL.ms, .bpo (bytes per object), gc.SHAPE.LABEL/py3.13
    (time ratio) and its .range, gc.SHAPE.collected, gc.reps."""
    if "gc" not in results:
        return {}
    v = {"gc.reps": str(results["gc"]["reps"])}
    for label in results["gc"]["programs"]:
        v[f"program.{label}"] = program_name(results, label)
    for w, data in results["gc"]["workloads"].items():
        for p, d in data["programs"].items():
            if d["status"] != "ok":
                v[f"gc.{w}.{p}.ms"] = d["status"]
                continue
            v[f"gc.{w}.{p}.ms"] = fmt(d["collect_ms"]["median"], 1)
            v[f"gc.{w}.{p}.ms.range"] = (
                f"{fmt(d['collect_ms']['min'], 1)}\u2013"
                f"{fmt(d['collect_ms']['max'], 1)}")
            if "bytes_per_object" in d:
                v[f"gc.{w}.{p}.bpo"] = fmt(d["bytes_per_object"]["median"],
                                           0)
            v[f"gc.{w}.{p}.collected"] = f"{d['collected'][0]:,}"
        for key, s in data["ratios"].items():
            if s is not None:
                v[f"gc.{w}.{key}"] = fmt(s["median"])
                v[f"gc.{w}.{key}.range"] = (f"{fmt(s['min'])}\u2013"
                                            f"{fmt(s['max'])}")
    return v


def names_values(results):
    """names.W.LABEL.cpu (s), names.W.ch04/ch03 (CPU time ratio) and its
    .range, names.reps."""
    if "names" not in results:
        return {}
    v = {"names.reps": str(results["names"]["reps"])}
    for w, data in results["names"]["workloads"].items():
        for p, d in data["programs"].items():
            if d["status"] == "ok":
                v[f"names.{w}.{p}.cpu"] = fmt(d["cpu_s"]["median"], 3)
        for key, s in data["ratios"].items():
            p, other, what = key.split("/")
            if s is not None and what == "cpu_s":
                v[f"names.{w}.{p}/{other}"] = fmt(s["median"])
                v[f"names.{w}.{p}/{other}.range"] = (
                    f"{fmt(s['min'])}\u2013{fmt(s['max'])}")
    return v


# ------------------------------------------------------------ tables

def md_table(header, rows, align):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---:" if a == "r" else "---" for a in align)
             + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def alloc_names(results):
    w = results["alloc"]["workloads"]["churn"]["allocators"]
    return [a for a in ALLOCATORS if a in w]


def alloc_speed_table(results):
    names = alloc_names(results)
    rows = []
    for w in SPEED_WORKLOADS:
        per = results["alloc"]["workloads"][w]["allocators"]
        rows += two_rows(w, [with_range(per[a]["mops_cpu"], 1)
                             for a in names])
    table = md_table(["M ops per CPU second"] + names, rows,
                     "l" + "r" * len(names))
    return table + "\n: " + machine_caption(
        results, "A `malloc` or a `free` is an operation; more is faster.",
        results["alloc"]["reps"]) + "\n"


RATIO_COLUMNS = [("ours", "glibc"), ("ours", "CPython"), ("ours", "mimalloc"),
                 ("ours, CPython's arena policy", "CPython")]


def alloc_ratio_table(results):
    names = alloc_names(results)
    columns = [(m, o) for m, o in RATIO_COLUMNS if m in names and o in names]
    rows = []
    for w in SPEED_WORKLOADS:
        ratios = results["alloc"]["workloads"][w]["ratios"]
        for clock in ("cpu", "wall"):
            rows += two_rows(f"{w}, {clock.upper()} time" if clock == "cpu"
                             else f"{w}, wall time",
                             [with_range(ratios.get(f"{m}/{o}/{clock}"))
                              for m, o in columns])
    header = [("ours" if m == "ours" else "CPython's policy") + " / " + o
              for m, o in columns]
    table = md_table(["speed ratio"] + header, rows, "l" + "r" * len(columns))
    return table + "\n: " + machine_caption(
        results, "Above 1, the first is faster. \"CPython's policy\" is ours "
        "keeping one empty arena. Each ratio pairs the runs of one "
        "repetition; process CPU time and wall time both.",
        results["alloc"]["reps"]) + "\n"


def alloc_memory_table(results):
    names = alloc_names(results)
    rows = []
    for w in ALLOC_WORKLOADS:
        per = results["alloc"]["workloads"][w]["allocators"]
        for what, key in (("peak", "held_peak"), ("end", "held_end")):
            rows.append([f"{w}, {what}"] + [
                f"{fmt(per[a][key]['median'] / MIB, 1)} "
                f"({fmt(per[a]['rss_' + key[5:]]['median'] / MIB, 1)})"
                for a in names])
    hold = results["alloc"]["workloads"]["hold"]["allocators"]
    rows.append(["hold, bytes per live byte"] + [
        f"{fmt(hold[a]['bytes_per_live_byte']['median'], 3)} "
        f"({fmt(hold[a]['rss_per_live_byte']['median'], 3)})" for a in names])
    table = md_table(["MiB held (resident)"] + names, rows,
                     "l" + "r" * len(names))
    worst = max((d[k]["max"] - d[k]["min"]) / d[k]["median"]
                for w in ALLOC_WORKLOADS
                for d in
                results["alloc"]["workloads"][w]["allocators"].values()
                for k in ("held_peak", "held_end") if d[k]["median"] > 0)
    return table + "\n: " + machine_caption(
        results, "Memory each allocator holds mapped, by its own count, at "
        "the workload's peak and at its end, once everything is freed (empty "
        "arenas it keeps included); in brackets, the growth of the resident "
        "set. Own counts: glibc, `mallinfo2()` arena + hblkhd (sampled at "
        "the peak); CPython, arenas and arena map from "
        "`_PyObject_DebugMallocStats`; mimalloc, committed bytes from "
        "`mi_process_info`; ours, mapped arenas and metadata.",
        results["alloc"]["reps"],
        f"whose spread is at most {100 * worst:.0f}% of the median") + "\n"


def interp_cell(data, p, base, key, digits, scale=1.0):
    """The reference program's median (range); the others' ratio to it."""
    d = data["programs"].get(p)
    if d is None or d["status"] != "ok":
        return "did not finish" if d is None else {
            "memory": "out of memory", "timeout": "timed out"}.get(
                d["status"], d["status"])
    if p == base:
        return with_range(d[key], digits, scale)
    ratio = data["ratios"].get(f"{p}/{base}/{key}")
    if ratio is None:
        return "-"
    return (f"{fmt(ratio['median'])}x",
            f"{fmt(ratio['min'])}\u2013{fmt(ratio['max'])}")


def interp_table(results, key, title, digits, scale=1.0):
    base = reference_cpython(results)
    labels = results["interp"]["programs"]
    rows = []
    for w in INTERP_WORKLOADS:
        data = results["interp"]["workloads"].get(w)
        if data:
            rows += two_rows(w, [interp_cell(data, p, base, key, digits,
                                             scale) for p in labels])
    table = md_table([title] + [program_name(results, p) for p in labels],
                     rows, "l" + "r" * len(labels))
    limit = results["interp"]["limit_mib"]
    return table + "\n: " + machine_caption(
        results, f"{program_name(results, base)}'s column is its own "
        f"figure; the others are ratios to it (below 1 is less), each the "
        f"median of the ratios of runs made side by side. Each run may use "
        f"{limit} MiB of address space: a "
        f"program that frees nothing runs out of it on the concatenation.",
        results["interp"]["reps"]) + "\n"


def refcount_table(results):
    data = results["interp"]["workloads"]["refcount"]
    labels = [p for p in results["interp"]["programs"]
              if p in ("ch02", "ch03") or not p.startswith("ch")]
    rows = []
    for p in labels:
        d = data["programs"][p]
        ratio = data["ratios"].get(f"{p}/ch02/cpu_s")
        rows += two_rows(program_name(results, p), [
            with_range(d["cpu_s"], 3), with_range(d["wall_s"], 3),
            with_range(d["rss_kib"], 1, 1 / 1024),
            with_range(ratio) if ratio else "1"])
    table = md_table(["program", "CPU time (s)", "wall time (s)",
                      "peak resident memory (MiB)", "CPU time vs. chapter 2"],
                     rows,
                     "lrrrr")
    return table + "\n: " + machine_caption(
        results, "`tests/03-reference-counting/bench_workload.py`.",
        results["interp"]["reps"]) + "\n"


def gc_time_table(results):
    data = results["gc"]
    labels = data["programs"]
    base = gc_reference(results)
    minipy = [p for p in labels if p.startswith("ch")]
    rows = []
    for w in GC_WORKLOADS:
        d = data["workloads"].get(w)
        if not d:
            continue
        cells = []
        for p in labels:
            e = d["programs"][p]
            cells.append(with_range(e["collect_ms"], 1) if e["status"] == "ok"
                         else e["status"])
        for p in minipy:
            r = d["ratios"].get(f"{p}/{base}")
            cells.append((f"{fmt(r['median'])}x",
                          f"{fmt(r['min'])}\u2013{fmt(r['max'])}")
                         if r else "-")
        found = sorted({c for e in d["programs"].values()
                        if e["status"] == "ok" for c in e["collected"]})
        cells.append(", ".join(f"{c:,}" for c in found) or "-")
        rows += two_rows(GC_LABELS[w], cells)
    header = (["gc.collect() (ms)"] + [program_name(results, p)
                                        for p in labels]
              + [f"{program_name(results, p).split(', ')[0]} / "
                 f"{program_name(results, base)}" for p in minipy]
              + ["it returned"])
    table = md_table(header, rows, "l" + "r" * (len(header) - 1))
    return table + "\n: " + machine_caption(
        results, "The time of `gc.collect()` alone, read with "
        "`time.perf_counter_ns()` around the call by the same script "
        "(`bench/gc/`) in each program, the heap built beforehand with "
        "the collector disabled. The ratio pairs the runs of one "
        "repetition (below 1, minipy is faster). The last column is "
        "what `gc.collect()` returned in every program (one number when "
        "they agree).", data["reps"]) + "\n"


def gc_memory_table(results):
    data = results["gc"]
    labels = data["programs"]
    rows, worst = [], 0.0
    for w in GC_WORKLOADS:
        d = data["workloads"].get(w)
        if not d:
            continue
        cells = []
        for p in labels:
            e = d["programs"][p]
            b = e.get("bytes_per_object") if e["status"] == "ok" else None
            cells.append(fmt(b["median"], 0) if b else "-")
            if b and b["median"] > 0:
                worst = max(worst, (b["max"] - b["min"]) / b["median"])
        rows.append([GC_LABELS[w]] + cells)
    table = md_table(["bytes per object"] + [program_name(results, p)
                                             for p in labels],
                     rows, "l" + "r" * len(labels))
    return table + "\n: " + machine_caption(
        results, "What the small-object allocator handed out for each "
        "container the shape built: `sys._debugmallocstats()` (CPython's, "
        "and minipy's from chapter 2) prints its \"bytes in allocated "
        "blocks\" before the script builds the heap and after; the "
        "difference over the containers built (lists, dicts, instances, "
        "as the script counts them). The collector's header, the object, "
        "its item array or attribute table are in it; the one big list "
        "that holds the live objects is not (a large block, from "
        "`malloc`).", data["reps"],
        "the same in every run" if worst < 0.005 else
        f"whose spread is at most {100 * worst:.1f}% of the median") + "\n"


def names_table(results):
    data = results["names"]
    a, b = NAMES_PROGRAMS
    rows = []
    for w in NAMES_WORKLOADS:
        d = data["workloads"].get(w)
        if not d:
            continue
        cells = []
        for p in (a, b):
            e = d["programs"].get(p, {"status": "missing"})
            cells.append(with_range(e["cpu_s"], 3) if e["status"] == "ok"
                         else e["status"])
        r = d["ratios"].get(f"{b}/{a}/cpu_s")
        cells.append((f"{fmt(r['median'])}x",
                      f"{fmt(r['min'])}\u2013{fmt(r['max'])}") if r else "-")
        rows += two_rows(NAMES_LABELS[w], cells)
    table = md_table(["CPU time (s)", program_name(results, a),
                      program_name(results, b),
                      "chapter 4 / chapter 3"], rows, "lrrr")
    return table + "\n: " + machine_caption(
        results, "Whole runs of `bench/names/`, each a loop in a "
        "function whose work is mostly looking names up. Chapter 4 "
        "interns names and name-like constants, so a lookup usually "
        "finds its key at the first pointer comparison; chapter 3 "
        "compares the characters. The ratio pairs the runs of one "
        "repetition (below 1, chapter 4 is faster).", data["reps"]) + "\n"


def build_table(results):
    b = results.get("build")
    if not b:
        return "(no build timings in this results file)\n"
    rows = [[name, fmt(s["first"], 1), fmt(s["last"], 1), fmt(s["busy"], 1)]
            for name, s in sorted(b["steps"].items(),
                                  key=lambda kv: kv[1]["first"])]
    rows.append(["the whole clean build, make -j2", "0", fmt(b["total_s"], 1),
                 ""])
    return md_table(["step", "starts at (s)", "ends at (s)",
                     "command time (s)"], rows, "lrrr")


# ------------------------------------------------------------ plots

COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
           "#9c755f"]


def esc(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;"))


def svg_panels(title, unit, panels, series, digits=None):
    """Small multiples: one panel per workload, one bar per series, the
    bar at the median and a line from the minimum to the maximum.
    panels: [(label, {series: spread or a string})].  612 px wide (the
    PDF's text width, 459 pt) in 12 px type: more than three panels go
    two to a row, to keep the plot within a page's height (figures-legible
    checks both)."""
    width, row_h = 612, 18
    cols = 1 if len(panels) <= 3 else 2
    panel_w = width // cols
    label_w, value_w = (210, 112) if cols == 1 else (112, 80)
    bar_w = panel_w - label_w - value_w
    parts = [f'<text x="4" y="18" class="t">{esc(title)}</text>']
    bottom = 28
    for k in range(0, len(panels), cols):
        top_y = bottom
        for c, (label, data) in enumerate(panels[k:k + cols]):
            x0, y = c * panel_w, top_y
            top = max((d["max"] for d in data.values()
                       if isinstance(d, dict)), default=1) or 1
            y += 8
            parts.append(f'<text x="{x0 + 4}" y="{y + 12}" class="h">'
                         f'{esc(label)}</text>')
            y += 18
            for i, name in enumerate(series):
                d = data.get(name)
                parts.append(f'<text x="{x0 + label_w - 6}" y="{y + 13}" '
                             f'text-anchor="end">{esc(name)}</text>')
                bx = x0 + label_w
                if isinstance(d, dict):
                    w = bar_w * d["median"] / top
                    lo = bx + bar_w * d["min"] / top
                    hi = bx + bar_w * d["max"] / top
                    parts.append(f'<rect x="{bx}" y="{y + 3}" '
                                 f'width="{w:.1f}" height="{row_h - 6}" '
                                 f'fill="{COLOURS[i % len(COLOURS)]}"/>')
                    parts.append(f'<path d="M{lo:.1f} {y + row_h / 2}'
                                 f'H{hi:.1f}M{lo:.1f} {y + 5}'
                                 f'v{row_h - 10}M{hi:.1f} {y + 5}'
                                 f'v{row_h - 10}" stroke="#222" '
                                 'stroke-width="1.2"/>')
                    text = fmt(d["median"], digits if digits is not None
                               else 2 if d["median"] < 10 else 1)
                else:  # no bar: the words where the bar would be
                    text, bx = d or "-", bx - bar_w - 2
                parts.append(f'<text x="{bx + bar_w + 6}" y="{y + 13}">'
                             f'{esc(text)}</text>')
                y += row_h
            bottom = max(bottom, y)
    y = bottom + 22
    parts.append(f'<text x="4" y="{y - 6}" class="n">{esc(unit)}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
            f'height="{y}" viewBox="0 0 {width} {y}" '
            'font-family="sans-serif" font-size="12">\n'
            '<style>.t{font-weight:bold;font-size:14px}'
            '.h{font-weight:bold}.n{fill:#555}</style>\n'
            f'<rect width="{width}" height="{y}" fill="white"/>\n'
            + "\n".join(parts) + "\n</svg>\n")


def alloc_plots(results):
    names = alloc_names(results)
    speed = svg_panels(
        "Allocator speed, M operations per CPU second (more is faster)",
        f"bar: median of {results['alloc']['reps']} runs; line: fastest to "
        f"slowest; {machine_line(results)}, {results['date'][:10]}",
        [(ALLOC_LABELS[w], {a: results["alloc"]["workloads"][w]["allocators"]
                            [a]["mops_cpu"] for a in names})
         for w in SPEED_WORKLOADS], names)

    def mib(s):
        return {k: (s[k] / MIB if k != "n" else s[k]) for k in s}
    memory = svg_panels(
        "Memory held at the end, once everything is freed (MiB)",
        "by the allocator's own count, empty arenas it keeps included; "
        f"{machine_line(results)}, {results['date'][:10]}",
        [(ALLOC_LABELS[w] if w != "hold" else
          "hold: 1M live 32-byte blocks, at the peak",
          {a: mib(results["alloc"]["workloads"][w]["allocators"][a]
                  ["held_peak" if w == "hold" else "held_end"])
           for a in names}) for w in ALLOC_WORKLOADS], names, digits=1)
    return {"alloc-speed": speed, "alloc-memory": memory}


def interp_plots(results):
    labels = results["interp"]["programs"]
    names = [program_name(results, p) for p in labels]
    base = reference_cpython(results)
    panels_time, panels_rss = [], []
    for w in INTERP_WORKLOADS:
        data = results["interp"]["workloads"].get(w)
        if not data:
            continue
        t, r = {}, {}
        for p, name in zip(labels, names):
            d = data["programs"][p]
            if d["status"] != "ok":
                t[name] = r[name] = {"memory": "out of memory"}.get(
                    d["status"], d["status"])
                continue
            t[name] = d["cpu_s"]
            r[name] = {k: (d["rss_kib"][k] / 1024 if k != "n" else 1)
                       for k in d["rss_kib"]}
        panels_time.append((INTERP_LABELS[w], t))
        panels_rss.append((INTERP_LABELS[w], r))
    foot = (f"bar: median of {results['interp']['reps']} runs; line: fastest "
            f"to slowest; {machine_line(results)}, {results['date'][:10]}")
    return {"interp-time": svg_panels("CPU time per workload, seconds "
                                      "(less is faster)", foot, panels_time,
                                      names),
            "interp-memory": svg_panels("Peak resident memory, MiB",
                                        foot, panels_rss, names, digits=1)}


def gc_plots(results):
    if "gc" not in results:
        return {}
    data = results["gc"]
    labels = data["programs"]
    names = [program_name(results, p) for p in labels]
    panels = []
    for w in GC_WORKLOADS:
        d = data["workloads"].get(w)
        if not d:
            continue
        panels.append((GC_LABELS[w], {
            name: d["programs"][p]["collect_ms"]
            if d["programs"][p]["status"] == "ok"
            else d["programs"][p]["status"]
            for p, name in zip(labels, names)}))
    foot = (f"bar: median of {data['reps']} runs; line: fastest to slowest; "
            f"{machine_line(results)}, {results['date'][:10]}")
    memory = []
    for w in GC_WORKLOADS:
        d = data["workloads"].get(w)
        if not d:
            continue
        memory.append((GC_LABELS[w], {
            name: d["programs"][p].get("bytes_per_object", "-")
            if d["programs"][p]["status"] == "ok"
            else d["programs"][p]["status"]
            for p, name in zip(labels, names)}))
    return {"gc-time": svg_panels("gc.collect() alone, milliseconds (less "
                                  "is faster)", foot, panels, names,
                                  digits=1),
            "gc-memory": svg_panels(
                "Bytes per container, by each allocator's own count",
                "what sys._debugmallocstats() says the heap's building "
                f"took, over the containers built; {machine_line(results)}, "
                f"{results['date'][:10]}", memory, names, digits=0)}


def names_plots(results):
    if "names" not in results:
        return {}
    data = results["names"]
    labels = [p for p in NAMES_PROGRAMS if p in data["programs"]]
    names = [program_name(results, p) for p in labels]
    panels = []
    for w in NAMES_WORKLOADS:
        d = data["workloads"].get(w)
        if d:
            panels.append((NAMES_LABELS[w], {
                name: d["programs"][p]["cpu_s"]
                if d["programs"][p]["status"] == "ok"
                else d["programs"][p]["status"]
                for p, name in zip(labels, names)}))
    foot = (f"bar: median of {data['reps']} runs; line: fastest to slowest; "
            f"{machine_line(results)}, {results['date'][:10]}")
    return {"names": svg_panels("Name lookups: CPU time, seconds (less "
                                     "is faster)", foot, panels, names,
                                     digits=3)}


# ------------------------------------------------------------ targets

def targets(results):
    """(description, value, limit, met) for each target of issue 13."""
    out = []
    for w in SPEED_WORKLOADS:
        ratios = results["alloc"]["workloads"][w]["ratios"]
        for other in ("glibc", "CPython", "mimalloc"):
            s = ratios.get(f"ours/{other}/cpu")
            if s:
                out.append((f"allocator: ours >= {other} on {w}",
                            s["median"], ">= 1.00", s["median"] >= 1.0))
    hold = results["alloc"]["workloads"]["hold"]["allocators"].get("ours")
    if hold:
        b = hold["bytes_per_live_byte"]["median"]
        out.append(("allocator: bytes held per live byte, 1M x 32 B", b,
                    "<= 1.02", b <= 1.02))
    chapters = chapter_labels(results)
    base = reference_cpython(results)
    if chapters and base:
        newest = chapters[-1]
        limits = {"lists": 1.0, "instances": 1.0, "dict": 1.0,
                  "concat": 1.0, "loop": 1.5, "fib": 1.5}
        for w, limit in limits.items():
            data = results["interp"]["workloads"].get(w)
            s = data and data["ratios"].get(f"{newest}/{base}/cpu_s")
            name = (f"interpreter: {program_name(results, newest)} / "
                    f"{program_name(results, base)} on {w}")
            if s:
                out.append((name, s["median"], f"<= {limit:.2f}",
                            s["median"] <= limit))
            else:
                out.append((name, None, f"<= {limit:.2f}", False))
        # The same target with glibc's trim threshold fixed for both
        # programs: reported beside the target, not instead of it.
        trim = results.get("trim", {}).get("workloads", {}).get("concat")
        s = trim and trim["ratios"].get(f"{newest}/{base}/cpu_s")
        if s:
            mib = results["trim"]["trim_threshold"] / MIB
            out.append((f"  (concat, both with glibc's trim threshold at "
                        f"{mib:.0f} MiB)", s["median"], "<= 1.00",
                        s["median"] <= 1.0))
    if "gc" in results:
        base = gc_reference(results)
        for p in [p for p in results["gc"]["programs"] if p.startswith("ch")]:
            for w in GC_TARGETS:
                d = results["gc"]["workloads"].get(w)
                s = d and d["ratios"].get(f"{p}/{base}")
                name = (f"gc.collect(): {program_name(results, p)} / "
                        f"{program_name(results, base)} on {w} (issue 11)")
                out.append((name, s["median"] if s else None, "<= 1.00",
                            bool(s) and s["median"] <= 1.0))
    return out


def text(path):
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    m = results["machine"]
    print(f"machine: {machine_line(results)}; {m['compiler']}; glibc "
          f"{m['glibc']}; mimalloc {m['mimalloc']}; CPython allocator "
          f"{m['cpython_allocator']}; kernel {m['kernel']}")
    print(f"date: {results['date']}; load average before "
          f"{results['load_average']['before']}, after "
          f"{results['load_average']['after']}"
          + (f" ({results['load_note']})" if "load_note" in results
             else ""))
    sections = [("allocator speed", alloc_speed_table(results)),
                ("allocator ratios", alloc_ratio_table(results)),
                ("allocator memory", alloc_memory_table(results)),
                ("interpreter CPU time (s)",
                 interp_table(results, "cpu_s", "CPU time (s)", 3)),
                ("interpreter wall time (s)",
                 interp_table(results, "wall_s", "wall time (s)", 3)),
                ("interpreter memory", interp_table(
                    results, "rss_kib", "peak RSS (MiB)", 1, 1 / 1024)),
                ("build", build_table(results))]
    if "gc" in results:
        sections += [("gc.collect()", gc_time_table(results)),
                     ("gc memory", gc_memory_table(results))]
    if "names" in results:
        sections.append(("name lookups", names_table(results)))
    for title, table in sections:
        print(f"\n== {title}\n" + table.split("\n: ")[0])
    print("\n== targets (issues 11 and 13)")
    for name, value, limit, met in targets(results):
        shown = "not measured" if value is None else f"{value:.3f}"
        print(f"{'MET   ' if met else 'MISSED'} {name}: {shown} "
              f"(target {limit})")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def book(path, tables_dir, plots_dir):
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    os.makedirs(tables_dir, exist_ok=True)
    os.makedirs(plots_dir, exist_ok=True)
    tables = {
        "alloc-speed": alloc_speed_table(results),
        "alloc-ratios": alloc_ratio_table(results),
        "alloc-memory": alloc_memory_table(results),
        "interp-time": interp_table(results, "cpu_s", "CPU time (s)", 3),
        "interp-wall": interp_table(results, "wall_s", "wall time (s)", 3),
        "interp-memory": interp_table(results, "rss_kib",
                                      "peak resident memory (MiB)", 1,
                                      1 / 1024),
        "refcount": refcount_table(results),
        "build": build_table(results),
    }
    if "gc" in results:
        tables["gc-time"] = gc_time_table(results)
        tables["gc-memory"] = gc_memory_table(results)
    if "names" in results:
        tables["names"] = names_table(results)
    for name, table in tables.items():
        write(os.path.join(tables_dir, name + ".md"), table)
    write(os.path.join(tables_dir, "values.tsv"),
          "".join(f"{k}\t{v}\n" for k, v in sorted(values(results).items())))
    for name, svg in {**alloc_plots(results), **interp_plots(results),
                      **gc_plots(results), **names_plots(results)}.items():
        write(os.path.join(plots_dir, name + ".svg"), svg)


def main(argv):
    if len(argv) >= 2 and argv[0] == "text":
        text(argv[1])
    elif len(argv) == 4 and argv[0] == "book":
        book(argv[1], argv[2], argv[3])
    elif argv and argv[0] == "collect":
        args, i = {}, 1
        while i + 1 < len(argv):
            args[argv[i].lstrip("-")] = argv[i + 1]
            i += 2
        if not {"alloc", "interp", "o", "name"} <= args.keys():
            sys.exit("usage: report.py collect --alloc A --interp I "
                     "--name MACHINE [--build B] [--load L] -o OUT")
        collect(args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
