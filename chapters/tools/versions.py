#!/usr/bin/env python3
"""Measure, on every CPython this machine has, what chapter 4 says about
identity, and print one Markdown table row per version.

    versions.py CACHE_DIR

One row per CPython 3.6+ found (cpythons.py says where it looks), oldest
first; the answers are kept in CACHE_DIR."""

import subprocess
import sys

import cpythons

# "a is b" after "a = 500" and "b = 500"; then the counts and identities.
PROBE = r'''
import json
import sys


def shared(n):
    return int(str(n)) is int(str(n))


low = 0
while shared(low - 1):
    low -= 1
high = 0
while shared(high + 1):
    high += 1
a = 500
b = 500
s = "".join(["hel", "lo"])
h = "h"
e = "e"
word = sys.intern("".join(["probe", "_word!"]))
aa = "aa"
twice = "a" * 2
print(json.dumps({
    "version": "%d.%d.%d" % sys.version_info[:3],
    "low": low,
    "high": high,
    "file_500": a is b,
    "none": sys.getrefcount(None),
    "index": s[0] is h,
    "slice": s[1:2] is e,
    "intern": sys.getrefcount(word) - 1,
    "twice": twice is aa,
}))
'''


def prompt(python, row):
    """The same two names at the prompt: each statement compiled alone."""
    out = subprocess.run([python, "-i", "-q"],
                         input="a = 500\nb = 500\nprint(a is b)\n",
                         capture_output=True, text=True, timeout=60)
    row["prompt_500"] = out.stdout.strip() == "True"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: versions.py CACHE_DIR")
    yes = cpythons.yes
    print("| CPython | small ints | file | prompt | `None` "
          "| `s[0]` | `s[1:2]` | interned | `\"a\" * 2` |")
    print("|---|---|---|---|---:|---|---|---|---|")
    for r in cpythons.rows(sys.argv[1], PROBE, "versions.py", prompt):
        interned = "immortal" if r["intern"] >= 1 << 30 else "mortal"
        print("| %s | %d..%d | %s | %s | %d | %s | %s | %s | %s |" % (
            r["version"], r["low"], r["high"], yes(r["file_500"]),
            yes(r["prompt_500"]), r["none"],
            yes(r["index"]), yes(r["slice"]), interned, yes(r["twice"])))


main()
