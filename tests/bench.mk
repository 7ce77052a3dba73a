# make bench: every figure the book states about speed and memory,
# measured again on this machine, in one run (a few minutes).
#
#  1. a clean build of everything, in $(B)/bench/clean/, each step timed
#     (bench/timeshell); BENCH_BUILD=no skips it;
#  2. chapter 2's allocator against glibc's malloc, CPython's
#     PyObject_Malloc and mimalloc (tests/02-heap-allocator/bench_alloc.c);
#  3. the interpreter workloads of bench/workloads/ and chapter 3's
#     script, run by every chapter's minipy and by CPython
#     (tests/03-reference-counting/bench_minipy.c);
#  4. gc.collect() alone on the heap shapes of bench/gc/, timed inside
#     each script, by the newest chapter's minipy and by CPython 3.11,
#     3.12 and 3.13 (those found; bench/timed.py);
#  5. the name lookups of bench/names/, chapter 3's program against
#     chapter 4's (bench_minipy).
# bench/report.py gathers them, with the machine and the date, into
# bench/results/$(BENCH_MACHINE).json and prints every table and target.
#
# CPython's allocator comes from the shared libpython of $(PYTHON), found
# through sysconfig; LIBPYTHON=/path/to/libpython3.X.so picks another,
# and LIBPYTHON= (empty) leaves it out.  BENCH_REPS sets the repetitions.
#
# The book's tables, plots and quoted numbers are made from one results
# file, BENCH_BOOK_RESULTS (the committed one of the machine that wrote
# the text); `make book BENCH_BOOK_RESULTS=bench/results/X.json` shows
# another machine's.

BENCH_DIR := $(B)/bench
BENCH_REPS ?= 9
BENCH_BUILD ?= yes
BENCH_MACHINE ?= $(shell { awk -F': *' '/^model name/ {print $$2; exit}' \
  /proc/cpuinfo; echo $$(nproc) cores; } | tr 'A-Z' 'a-z' | \
  tr -cs 'a-z0-9' '-' | sed 's/-$$//')
BENCH_RESULTS = bench/results/$(BENCH_MACHINE).json
BENCH_BOOK_RESULTS ?= bench/results/amd-epyc-2-cores.json

BENCH_ALLOCATOR := $(addprefix $(B)/ch02/src/,obmalloc.c obmalloc_inspect.c \
                     debugmalloc.c mem.c memfault.c)
BENCH_HEADERS := $(addprefix $(B)/ch02/src/,obmalloc.h obmalloc_internal.h \
                   debugmalloc.h pymem.h)
# Always -O2 and never a sanitizer, whatever CFLAGS the chapters use.
BENCH_CFLAGS := -std=c11 -Wall -Wextra -Werror -pedantic -O2

# The first of LIBDIR/LDLIBRARY and LIBDIR/INSTSONAME (also under the
# multiarch directory) that exists and is a shared library.
FIND_LIBPYTHON := import os, sysconfig; v = sysconfig.get_config_var; \
  d = v("LIBDIR") or ""; \
  dirs = [d, os.path.join(d, v("MULTIARCH") or "")]; \
  names = [n for n in (v("LDLIBRARY"), v("INSTSONAME")) if n and ".so" in n]; \
  found = [os.path.join(x, n) for n in names for x in dirs]; \
  print(next((p for p in found if os.path.isfile(p)), ""))
ifeq ($(origin LIBPYTHON),undefined)
LIBPYTHON = $(shell $(PYTHON) -c '$(FIND_LIBPYTHON)' 2>/dev/null)
endif
# mimalloc (Debian's libmimalloc-dev), loaded with dlopen: linked in,
# it would replace glibc's malloc in the whole program.
MIMALLOC_LIB = $(shell readlink -e $$($(CC) -print-file-name=libmimalloc.so))

# The interpreters: every chapter's minipy, the CPython $(PYTHON) names,
# and CPython 3.13 from pyenv (or python3.13 on PATH) when there is one.
BENCH_WORKLOADS := $(sort $(wildcard bench/workloads/*.py))
BENCH_SCRIPTS = $(foreach w,$(BENCH_WORKLOADS),\
  $(basename $(notdir $(w)))=$(w)) \
  refcount=tests/03-reference-counting/bench_workload.py
PYTHON_EXE = $(shell $(PYTHON) -c 'import sys; print(sys.executable)')
PYTHON313_EXE = $(shell { p=$$(pyenv prefix 3.13 2>/dev/null) && \
  echo $$p/bin/python3.13; } || command -v python3.13)
BENCH_PROGRAMS = $(foreach n,$(CHAPTERS),ch$(n)=$(B)/ch$(n)/minipy) \
  $(sort $(foreach p,$(PYTHON_EXE) $(PYTHON313_EXE),py$(shell $(p) -c \
  'import sys; print("%d.%d" % sys.version_info[:2])')=$(p)))
# The collector against CPython's: the newest chapter's program, and
# $(PYTHON) and every CPython 3.11, 3.12 and 3.13 found (pyenv's, or on
# PATH), one per version.
pyenv_exe = $(shell { p=$$(pyenv prefix $(1) 2>/dev/null) && \
  echo $$p/bin/python$(1); } || command -v python$(1))
BENCH_GC_SCRIPTS := $(foreach w,$(sort $(wildcard bench/gc/*.py)),\
  $(basename $(notdir $(w)))=$(w))
BENCH_GC_CHAPTER := $(lastword $(CHAPTERS))
BENCH_GC_PYTHONS = $(shell for p in $(PYTHON_EXE) \
  $(foreach v,3.11 3.12 3.13,$(call pyenv_exe,$(v))); do $$p -c 'import \
  sys; print("py%d.%d=%s" % (*sys.version_info[:2], sys.argv[1]))' $$p; \
  done 2>/dev/null | sort -s -t= -k1,1 -u)
BENCH_GC_PROGRAMS = ch$(BENCH_GC_CHAPTER)=$(B)/ch$(BENCH_GC_CHAPTER)/minipy \
  $(BENCH_GC_PYTHONS)
# Concatenation once more, with glibc's trim threshold fixed for every
# program (GLIBC_TUNABLES; glibc 2.26 and later): glibc gives the free
# top of its heap back to the kernel past 128 KiB, a line that a loop
# freeing a 100 KB string and making a longer one crosses each time,
# until a free of a bigger mmap'd block raises it (CPython's start-up
# makes such blocks; minipy's does not).  Chapters 3 and 5 and the
# CPythons.
BENCH_TRIM_BYTES ?= 4194304
BENCH_TRIM_PROGRAMS = $(filter ch03=% ch$(BENCH_GC_CHAPTER)=% py%,\
  $(BENCH_PROGRAMS))
# Name lookups: chapter 3 (no interning) against chapter 4.
BENCH_NAMES_SCRIPTS := $(foreach w,$(sort $(wildcard bench/names/*.py)),\
  $(basename $(notdir $(w)))=$(w))
BENCH_NAMES_PROGRAMS = ch03=$(B)/ch03/minipy ch04=$(B)/ch04/minipy

$(BENCH_DIR)/bench_alloc: tests/02-heap-allocator/bench_alloc.c \
                          $(BENCH_ALLOCATOR) $(BENCH_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(BENCH_CFLAGS) -I$(B)/ch02/src -o $@ $< $(BENCH_ALLOCATOR) -ldl

$(BENCH_DIR)/bench_minipy: tests/03-reference-counting/bench_minipy.c
	@mkdir -p $(@D)
	$(CC) $(BENCH_CFLAGS) -o $@ $<

# 1. A clean build, every recipe line timed.
bench-build: deps-book
	@rm -rf $(BENCH_DIR)/clean && mkdir -p $(BENCH_DIR)/clean
	@echo "bench: a clean build in $(BENCH_DIR)/clean, make -j2, timed"
	@start=$$(date +%s.%N); \
	BUILD_TIMES=$(CURDIR)/$(BENCH_DIR)/build-times.tsv; : >$$BUILD_TIMES; \
	export BUILD_TIMES; \
	$(MAKE) -s --no-print-directory -j2 B=$(BENCH_DIR)/clean/build \
	  SHELL=$(CURDIR)/bench/timeshell '.SHELLFLAGS=$$@ -eo pipefail -c' \
	  all >$(BENCH_DIR)/clean/log 2>&1 || \
	  { tail -20 $(BENCH_DIR)/clean/log; exit 1; }; \
	awk -v s=$$start -v e=$$(date +%s.%N) \
	  'BEGIN { printf "bench: the clean build took %.1f s\n", e - s }'

# 2 and 3, then the results file.
bench: deps-bench $(BENCH_DIR)/bench_alloc $(BENCH_DIR)/bench_minipy \
       $(PROGRAMS) $(if $(filter yes,$(BENCH_BUILD)),bench-build)
	@load_before=$$(cut -d' ' -f1-3 /proc/loadavg); \
	sample() { loads="$$loads $$(cut -d' ' -f1 /proc/loadavg)"; }; sample; \
	[ -n "$(LIBPYTHON)" ] || echo "bench: no shared libpython for" \
	  "$(PYTHON): CPython's allocator is skipped (set LIBPYTHON=...)"; \
	echo "bench: allocators, $(BENCH_REPS) repetitions"; \
	$(BENCH_DIR)/bench_alloc --reps $(BENCH_REPS) \
	  --libpython "$(LIBPYTHON)" --mimalloc "$(MIMALLOC_LIB)" \
	  >$(BENCH_DIR)/alloc.tsv; sample; \
	echo "bench: interpreters, $(BENCH_REPS) repetitions"; \
	$(BENCH_DIR)/bench_minipy --reps $(BENCH_REPS) $(BENCH_SCRIPTS) -- \
	  $(BENCH_PROGRAMS) >$(BENCH_DIR)/interp.tsv; sample; \
	echo "bench: concatenation, glibc's trim threshold at" \
	  "$(BENCH_TRIM_BYTES) bytes, $(BENCH_REPS) repetitions"; \
	GLIBC_TUNABLES=glibc.malloc.trim_threshold=$(BENCH_TRIM_BYTES) \
	  $(BENCH_DIR)/bench_minipy --reps $(BENCH_REPS) \
	  concat=bench/workloads/concat.py -- $(BENCH_TRIM_PROGRAMS) \
	  >$(BENCH_DIR)/trim.tsv; sample; \
	echo "bench: gc.collect() on $(words $(BENCH_GC_SCRIPTS)) heap" \
	  "shapes, $(BENCH_REPS) repetitions"; \
	$(PYTHON) bench/timed.py --reps $(BENCH_REPS) $(BENCH_GC_SCRIPTS) -- \
	  $(BENCH_GC_PROGRAMS) >$(BENCH_DIR)/gc.tsv; sample; \
	echo "bench: name lookups, chapters 3 and 4, $(BENCH_REPS) repetitions"; \
	$(BENCH_DIR)/bench_minipy --reps $(BENCH_REPS) $(BENCH_NAMES_SCRIPTS) \
	  -- $(BENCH_NAMES_PROGRAMS) >$(BENCH_DIR)/names.tsv; sample; \
	mkdir -p bench/results; \
	$(PYTHON) bench/report.py collect --name $(BENCH_MACHINE) \
	  --alloc $(BENCH_DIR)/alloc.tsv --interp $(BENCH_DIR)/interp.tsv \
	  --gc $(BENCH_DIR)/gc.tsv --names $(BENCH_DIR)/names.tsv \
	  --trim $(BENCH_DIR)/trim.tsv --trim-bytes $(BENCH_TRIM_BYTES) \
	  $(if $(filter yes,$(BENCH_BUILD)),--build $(BENCH_DIR)/build-times.tsv) \
	  --load "$$load_before|$$(cut -d' ' -f1-3 /proc/loadavg)" \
	  --load-samples "$${loads# }" \
	  -o $(BENCH_RESULTS); \
	$(PYTHON) bench/report.py text $(BENCH_RESULTS); \
	echo; echo "bench: results written to $(BENCH_RESULTS); the book" \
	  "shows $(BENCH_BOOK_RESULTS)"

# -- the book's view of a results file: tables and values for
# chapters/filters/bench.lua, plots as figures (fig:bench/NAME).
BENCH_BOOK := $(B)/bench/book
$(BENCH_BOOK)/stamp: $(BENCH_BOOK_RESULTS) bench/report.py
	@mkdir -p $(@D) $(B)/figures/bench
	@$(PYTHON) bench/report.py book $< $(@D) $(B)/figures/bench
	@touch $@
BENCH_PAGES := $(patsubst $(BOOK_SRC)/%.md,$(BOOK)/ast/%.json,\
  $(shell grep -l '{\.bench\|fig:bench/' $(BOOK_MD) 2>/dev/null))
$(BENCH_PAGES) $(BOOK_SITE_FIGURES): $(BENCH_BOOK)/stamp

.PHONY: bench bench-build
