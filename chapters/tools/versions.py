#!/usr/bin/env python3
"""Measure, on every CPython this machine has, what chapter 4 says about
identity, and print one Markdown table row per version.

    versions.py CACHE_DIR

The CPythons: $PYTHON (default python3), /usr/bin/python3, and every
pyenv version (`pyenv root`/versions/*/bin/python3), 3.6 and later; one
row per version, oldest first.  Each interpreter runs PROBE from a file
(so that its constants are a script's, not the prompt's); its answers
are kept in CACHE_DIR, one file per interpreter and version, and asked
again only when PROBE changes."""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

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


def interpreters():
    """Every CPython 3.6+ found, as paths (a version may appear twice)."""
    found = []
    first = shutil.which(os.environ.get("PYTHON") or "python3")
    if first:
        found.append(first)
    if os.path.exists("/usr/bin/python3"):
        found.append("/usr/bin/python3")
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True,
                              text=True, check=True).stdout.strip()
        found += sorted(glob.glob(os.path.join(root, "versions", "*",
                                               "bin", "python3")))
    except (OSError, subprocess.CalledProcessError):
        pass
    return found


def measure(python, cache):
    """The probe's answers from python, from the cache when it has them."""
    key = hashlib.sha256((os.path.realpath(python) + "\0" +
                          PROBE).encode()).hexdigest()[:16]
    path = os.path.join(cache, key + ".json")
    # A launcher (pyenv's shim) can change version: its answers are only
    # kept for the version it reports now.
    version = subprocess.run(
        [python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
        capture_output=True, text=True).stdout.strip()
    if not version or int(version.split(".")[0]) < 3 or \
            tuple(map(int, version.split(".")[:2])) < (3, 6):
        return None
    if os.path.exists(path):
        with open(path) as f:
            row = json.load(f)
        if row.get("version") == version:
            return row
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "probe.py")
        with open(script, "w") as f:
            f.write(PROBE)
        out = subprocess.run([python, "-W", "ignore", script],
                             capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        sys.exit("versions.py: %s failed:\n%s" % (python, out.stderr))
    row = json.loads(out.stdout)
    # The same two names at the prompt: each statement compiled alone.
    prompt = subprocess.run([python, "-i", "-q"],
                            input="a = 500\nb = 500\nprint(a is b)\n",
                            capture_output=True, text=True, timeout=60)
    row["prompt_500"] = prompt.stdout.strip() == "True"
    with open(path, "w") as f:
        json.dump(row, f)
    return row


def yes(value):
    return "True" if value else "False"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: versions.py CACHE_DIR")
    cache = sys.argv[1]
    os.makedirs(cache, exist_ok=True)
    rows = {}
    for python in interpreters():
        row = measure(python, cache)
        if row is not None:
            rows.setdefault(row["version"], row)
    if not rows:
        sys.exit("versions.py: no CPython 3.6 or later found")
    print("| CPython | small ints | file | prompt | `None` "
          "| `s[0]` | `s[1:2]` | interned | `\"a\" * 2` |")
    print("|---|---|---|---|---:|---|---|---|---|")
    order = sorted(rows, key=lambda v: tuple(map(int, v.split("."))))
    for version in order:
        r = rows[version]
        interned = "immortal" if r["intern"] >= 1 << 30 else "mortal"
        print("| %s | %d..%d | %s | %s | %d | %s | %s | %s | %s |" % (
            version, r["low"], r["high"], yes(r["file_500"]),
            yes(r["prompt_500"]), r["none"],
            yes(r["index"]), yes(r["slice"]), interned, yes(r["twice"])))


main()
