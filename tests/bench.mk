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

bench: $(BENCH_DIR)/bench_alloc
	@if [ -z "$(LIBPYTHON)" ]; then \
	  echo "bench: no shared libpython found for $(PYTHON):" \
	       "CPython's column is skipped" \
	       "(set LIBPYTHON=/path/to/libpython3.X.so)"; \
	fi
	$(BENCH_DIR)/bench_alloc --libpython "$(LIBPYTHON)" \
	  --markdown $(BENCH_DIR)/alloc.md

.PHONY: bench
