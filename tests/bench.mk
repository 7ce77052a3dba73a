# make bench: chapter 2's allocator against glibc's malloc and CPython's
# PyObject_Malloc.  Included by the top Makefile, which defines B, CC and
# PYTHON and the rules that materialise $(B)/ch02/src/.
#
# CPython's allocator comes from the shared libpython of $(PYTHON), found
# through sysconfig; LIBPYTHON=/path/to/libpython3.X.so picks another,
# and LIBPYTHON= (empty) leaves CPython out.  The table the book shows is
# written to $(B)/bench/alloc.md.

BENCH_DIR := $(B)/bench
BENCH_SRC := tests/02-heap-allocator/bench_alloc.c
BENCH_ALLOCATOR := $(addprefix $(B)/ch02/src/,obmalloc.c obmalloc_inspect.c \
                     debugmalloc.c mem.c)
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

$(BENCH_DIR)/bench_alloc: $(BENCH_SRC) $(BENCH_ALLOCATOR) $(BENCH_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(BENCH_CFLAGS) -I$(B)/ch02/src -o $@ $(BENCH_SRC) \
	  $(BENCH_ALLOCATOR) -ldl

$(BENCH_DIR)/bench_minipy: tests/03-reference-counting/bench_minipy.c
	@mkdir -p $(@D)
	$(CC) $(BENCH_CFLAGS) -o $@ $<

# What reference counting costs and saves: the same script on chapter
# 2's program, which frees nothing, and on chapter 3's, and on CPython.
bench-minipy: $(BENCH_DIR)/bench_minipy $(B)/ch02/minipy $(B)/ch03/minipy
	$(BENCH_DIR)/bench_minipy --markdown $(BENCH_DIR)/refcount.md 5 \
	  tests/03-reference-counting/bench_workload.py \
	  "minipy, chapter 2=$(B)/ch02/minipy" \
	  "minipy, chapter 3=$(B)/ch03/minipy" \
	  "CPython $$($(PYTHON) -c 'import platform; print(platform.python_version())')=$$($(PYTHON) -c 'import sys; print(sys.executable)')"

bench: bench-minipy
bench: $(BENCH_DIR)/bench_alloc
	@if [ -z "$(LIBPYTHON)" ]; then \
	  echo "bench: no shared libpython found for $(PYTHON):" \
	       "CPython's column is skipped" \
	       "(set LIBPYTHON=/path/to/libpython3.X.so)"; \
	fi
	$(BENCH_DIR)/bench_alloc --libpython "$(LIBPYTHON)" \
	  --markdown $(BENCH_DIR)/alloc.md

.PHONY: bench bench-minipy
