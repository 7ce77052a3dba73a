"""What the book's version tables share: finding every CPython on the
machine, and running a probe script on one, its answers kept in a cache
directory and asked again only when the probe or the interpreter changes.
Used by the `table` scripts in this directory (chapters/filters/table.lua
runs them)."""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile


def interpreters():
    """Every CPython 3.6+ found, as paths (a version may appear twice):
    $PYTHON (default python3), /usr/bin/python3, pyenv's versions."""
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


def measure(python, cache, probe, tool, extra=None):
    """The JSON object probe prints when python runs it from a file (so
    that its constants are a script's, not the prompt's), from the cache
    when it has it; None for a Python older than 3.6.  extra(python, row)
    may add answers that need more than one run.  tool names the caller
    in errors."""
    key = hashlib.sha256((os.path.realpath(python) + "\0" +
                          probe).encode()).hexdigest()[:16]
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
            f.write(probe)
        out = subprocess.run([python, "-W", "ignore", script],
                             capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        sys.exit("%s: %s failed:\n%s" % (tool, python, out.stderr))
    row = json.loads(out.stdout)
    row["version"] = version
    if extra is not None:
        extra(python, row)
    with open(path, "w") as f:
        json.dump(row, f)
    return row


def rows(cache, probe, tool, extra=None):
    """One answer per version found, oldest version first."""
    os.makedirs(cache, exist_ok=True)
    found = {}
    for python in interpreters():
        row = measure(python, cache, probe, tool, extra)
        if row is not None:
            found.setdefault(row["version"], row)
    if not found:
        sys.exit("%s: no CPython 3.6 or later found" % tool)
    order = sorted(found, key=lambda v: tuple(map(int, v.split("."))))
    return [found[v] for v in order]


def yes(value):
    return "True" if value else "False"
