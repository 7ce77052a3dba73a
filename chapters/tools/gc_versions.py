#!/usr/bin/env python3
"""Measure, on every CPython this machine has, what chapter 5 says about
the collector's numbers, and print one Markdown table row per version.

    gc_versions.py CACHE_DIR

One row per CPython 3.6+ found (cpythons.py says where it looks), oldest
first; the answers are kept in CACHE_DIR."""

import sys

import cpythons

# Counts are read into names before anything is printed: print itself
# can leave a container alive (a text file's pending output).
PROBE = r'''
import gc
import json


class A:
    pass


class D:
    def __del__(self):
        pass


def pair():
    a = A()
    b = A()
    a.b = b
    b.a = a


gc.collect()
gc.disable()
before = gc.get_count()
keep = []
i = 0
while i < 100:
    keep.append([])
    i += 1
made = gc.get_count()
del keep
freed = gc.get_count()
gc.enable()
l = []
l.append(l)
del l
self_list = gc.collect()
pair()
two = gc.collect()
d = D()
d.me = d
del d
with_del = gc.collect()
t = tuple([1, 2])
tracked = gc.is_tracked(t)
gc.collect()
print(json.dumps({
    "threshold": gc.get_threshold(),
    "made": made[0] - before[0],
    "freed": freed[0] - before[0],
    "self_list": self_list,
    "pair": two,
    "with_del": with_del,
    "garbage": len(gc.garbage),
    "tuple": [tracked, gc.is_tracked(t)],
}))
'''


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gc_versions.py CACHE_DIR")
    yes = cpythons.yes
    print("| CPython | thresholds | 100 lists made | then freed "
          "| self-list | A/B pair | with `__del__` | garbage "
          "| tuple tracked |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for r in cpythons.rows(sys.argv[1], PROBE, "gc_versions.py"):
        print("| %s | %s | %+d | %+d | %d | %d | %d | %d | %s, %s |" % (
            r["version"], ", ".join(map(str, r["threshold"])), r["made"],
            r["freed"], r["self_list"], r["pair"], r["with_del"],
            r["garbage"], yes(r["tuple"][0]), yes(r["tuple"][1])))


main()
