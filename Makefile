# The book and its programs.  `make help` lists the targets.
#
# A chapter is a directory code/NN-slug/.  Its program is built from a
# snapshot, build/chNN/src/, which is code/01-*/ overlaid by every later
# chapter directory up to NN.  Nothing below names a chapter: adding
# code/NN-slug/ (and tests/NN-slug/, figures/NN-slug/, chapters/NN-slug.md)
# is all it takes for the rules to pick it up.

SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules

# `make` and `make book` alone run one job per core, as `make -jN` would;
# a -j on the command line (-j1: one at a time) says otherwise.
ifeq ($(filter-out all book%,$(or $(MAKECMDGOALS),all)),)
ifeq ($(filter -j%,$(MAKEFLAGS)),)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1)
endif
endif

CC ?= cc
PYTHON ?= python3
export PYTHON
CFLAGS_STRICT := -std=c11 -Wall -Wextra -Werror -pedantic
CFLAGS ?= -O2 -g
B := build
# make sanitize: clang if there is one (its UBSan checks more), else CC.
SAN_CC = $(shell command -v clang >/dev/null 2>&1 && echo clang || echo $(CC))
SAN_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
              -fno-sanitize-recover=all

# ---------------------------------------------------------------- chapters
CODE_DIRS := $(sort $(wildcard code/[0-9][0-9]-*))
CHAPTERS := $(foreach d,$(CODE_DIRS),$(firstword $(subst -, ,$(notdir $(d)))))
slug = $(notdir $(filter code/$(1)-%,$(CODE_DIRS)))
# The code directories that make up chapter $(1)'s snapshot, oldest first.
layers = $(foreach d,$(CODE_DIRS),$(if $(call le,$(firstword \
         $(subst -, ,$(notdir $(d)))),$(1)),$(d)))
le = $(filter $(1),$(firstword $(sort $(1) $(2))))
# The newest layer up to chapter $(1) that has file $(2).
source_of = $(lastword $(wildcard $(addsuffix /$(2),$(call layers,$(1)))))
snapshot_names = $(sort $(notdir $(wildcard $(addsuffix /*,$(call layers,$(1))))))

# Most of a chapter's files compile to what they did in the chapter
# before.  When make builds every program (any goal but chNN, test-chNN
# and the like), chapter NN's is built after NN-1's, and the chapter
# Makefile copies an object of NN-1 whose .c, headers and command are
# the same (REUSE) rather than compile it again.
prev = $(lastword $(foreach m,$(CHAPTERS),$(if $(call le,$(m),$(1)),$(if \
  $(filter-out $(1),$(m)),$(m)))))
before = $(addprefix $(B)/ch,$(addsuffix /minipy,$(call prev,$(1))))
reuse = $(if $(IN_ORDER),$(addprefix REUSE=$(abspath $(B))/ch,$(call \
  prev,$(1))))
IN_ORDER := $(filter-out ch% test-ch% sanitize-ch% valgrind-ch% fuzz-ch% \
  figures-ch%,$(or $(MAKECMDGOALS),all))

include chapters/deps.mk

define CHAPTER_RULES
# -- chapter $(1): snapshot, program, tests
$(B)/ch$(1)/src/.files: $(call layers,$(1)) | $(B)/ch$(1)/src
	@for f in $$$$(ls -A $(B)/ch$(1)/src); do \
	  case " $(call snapshot_names,$(1)) " in *" $$$$f "*) ;; \
	  *) [ "$$$$f" = .files ] || rm -f "$(B)/ch$(1)/src/$$$$f";; esac; \
	done; touch $$@
$(B)/ch$(1)/src:
	@mkdir -p $$@
$(foreach f,$(call snapshot_names,$(1)),
$(B)/ch$(1)/src/$(f): $(call source_of,$(1),$(f)) | $(B)/ch$(1)/src
	@cp $$< $$@)
CH$(1)_SRC := $(addprefix $(B)/ch$(1)/src/,$(call snapshot_names,$(1)))
$(B)/ch$(1)/minipy: $$(CH$(1)_SRC) $(B)/ch$(1)/src/.files | deps-code \
                    $(if $(IN_ORDER),$(call before,$(1)))
	@$$(MAKE) -s --no-print-directory -C $(B)/ch$(1)/src O=.. CC="$$(CC)" \
	  CFLAGS="$$(CFLAGS)" EXTRA_CFLAGS="$$(EXTRA_CFLAGS)" $(call reuse,$(1))
ch$(1): deps-code $(B)/ch$(1)/minipy
CH$(1)_TESTS := $(patsubst tests/$(call slug,$(1))/%.c,$(B)/ch$(1)/tests/%,\
  $(wildcard tests/$(call slug,$(1))/test_*.c))
$(B)/ch$(1)/tests/%: tests/$(call slug,$(1))/%.c $(B)/ch$(1)/minipy \
                     $(wildcard tests/$(call slug,$(1))/*.h) | deps-test
	@mkdir -p $$(@D)
	@echo "  CC      $$@"
	@$$(CC) $(CFLAGS_STRICT) $$(CFLAGS) $$(EXTRA_CFLAGS) \
	  -I$(B)/ch$(1)/src -Itests/$(call slug,$(1)) -o $$@ $$< \
	  $(B)/ch$(1)/libminipy.a $$(CMOCKA_LIBS) -lm -pthread
test-ch$(1): deps-test $(B)/ch$(1)/minipy $$(CH$(1)_TESTS) \
             $(B)/stress-deep/.written \
             $(if $(wildcard figures/$(call slug,$(1))),figures-ch$(1))
	@if command -v clang >/dev/null 2>&1; then \
	  clang $(CFLAGS_STRICT) -fsyntax-only $(B)/ch$(1)/src/*.c && \
	  echo "clang: chapter $(1) compiles without a warning"; \
	else echo "clang: not installed, skipping the second compiler"; fi
	@for t in $$(CH$(1)_TESTS); do \
	  echo "== $$$$t"; (cd tests/$(call slug,$(1)) && ../../$$$$t) || exit 1; \
	done
	@tests/conformance/run $(1) $(B)/ch$(1)/minipy
	@tests/prompt/run $(1) $(B)/ch$(1)/minipy
	@tests/compare $(1) $(B)/ch$(1)/minipy tests/stress
	@tests/compare $(1) $(B)/ch$(1)/minipy $(B)/stress-deep
	@tests/compare $(1) $(B)/ch$(1)/minipy tests/regressions
	@tests/oom/run $(1) $(B)/ch$(1)/minipy
# -- chapter $(1) under AddressSanitizer and UBSan, and under valgrind
$(B)/sanitize/ch$(1)/minipy: $$(CH$(1)_SRC) $(B)/ch$(1)/src/.files \
                             | deps-code
	@$$(MAKE) -s --no-print-directory -C $(B)/ch$(1)/src \
	  O=$(CURDIR)/$(B)/sanitize/ch$(1) CC="$$(SAN_CC)" CFLAGS="$(SAN_CFLAGS)"
sanitize-ch$(1): deps-test $(B)/sanitize/ch$(1)/minipy
	@tests/memcheck sanitize $(1) $(B)/sanitize/ch$(1)/minipy
valgrind-ch$(1): deps-valgrind $(B)/ch$(1)/minipy
	@tests/memcheck valgrind $(1) $(B)/ch$(1)/minipy
.PHONY: ch$(1) test-ch$(1) sanitize-ch$(1) valgrind-ch$(1)
endef
$(foreach n,$(CHAPTERS),$(eval $(call CHAPTER_RULES,$(n))))

# -- chapter $(2)'s cmocka suites against chapter $(1)'s later snapshot:
# a later chapter must not break what an earlier one tested.  A suite
# that cannot hold any more is named in tests/NN-slug/later-chapters.skip
# ("SUITE FIRST-CHAPTER REASON...": not run against FIRST-CHAPTER or later).
define LATER_RULES
LATER_SKIP_$(1)_$(2) := $(shell awk -v n=$(1) '!/^#/ && NF >= 3 && \
  n + 0 >= $$2 + 0 { print $$1 }' \
  tests/$(call slug,$(2))/later-chapters.skip 2>/dev/null)
LATER_TESTS_$(1)_$(2) := $$(patsubst tests/$(call slug,$(2))/%.c,\
  $(B)/ch$(1)/tests-ch$(2)/%,$$(filter-out $$(patsubst %,\
  tests/$(call slug,$(2))/%.c,$$(LATER_SKIP_$(1)_$(2))),\
  $(wildcard tests/$(call slug,$(2))/test_*.c)))
$(B)/ch$(1)/tests-ch$(2)/%: tests/$(call slug,$(2))/%.c $(B)/ch$(1)/minipy \
    $(wildcard tests/$(call slug,$(2))/*.h) | deps-test
	@mkdir -p $$(@D)
	@echo "  CC      $$@"
	@$$(CC) $(CFLAGS_STRICT) $$(CFLAGS) $$(EXTRA_CFLAGS) \
	  -DMINIPY_PROGRAM='"$(abspath $(B))/ch$(1)/minipy"' \
	  -I$(B)/ch$(1)/src -Itests/$(call slug,$(2)) -o $$@ $$< \
	  $(B)/ch$(1)/libminipy.a $$(CMOCKA_LIBS) -lm -pthread
test-ch$(1)-suites-ch$(2): deps-test $$(LATER_TESTS_$(1)_$(2))
	@awk -v n=$(1) '!/^#/ && NF >= 3 && n + 0 >= $$$$2 + 0 { \
	  printf "skip    chapter $(2)'"'"'s %s on chapter $(1):", $$$$1; \
	  for (i = 3; i <= NF; i++) printf " %s", $$$$i; print "" }' \
	  tests/$(call slug,$(2))/later-chapters.skip 2>/dev/null || true
	@for t in $$(LATER_TESTS_$(1)_$(2)); do \
	  echo "== $$$$t (chapter $(2)'s suite, chapter $(1)'s program)"; \
	  (cd tests/$(call slug,$(2)) && $(abspath $(B))/$$$${t#$(B)/}) || exit 1; \
	done
test-ch$(1): test-ch$(1)-suites-ch$(2)
.PHONY: test-ch$(1)-suites-ch$(2)
endef
lt = $(and $(call le,$(1),$(2)),$(filter-out $(1),$(2)))
$(foreach n,$(CHAPTERS),$(foreach m,$(CHAPTERS),$(if $(call lt,$(m),$(n)),\
  $(eval $(call LATER_RULES,$(n),$(m))))))

PROGRAMS := $(foreach n,$(CHAPTERS),$(B)/ch$(n)/minipy)

# ---------------------------------------------------------------- figures
include figures/figures.mk
# ---------------------------------------------------------------- the book
# Two builds of one commit give the same EPUB and PDF: pandoc (the EPUB's
# dates and zip times) and fontTools (the PDF's font subsets) take the
# time from SOURCE_DATE_EPOCH, the last commit's.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif
include chapters/book.mk
# Sources nested on each side of CPython's limits, written at build time
# (a few MB: tests/stress/deep-nesting.gen says what and why).
$(B)/stress-deep/.written: tests/stress/deep-nesting.gen
	@rm -rf $(@D) && $(PYTHON) $< $(@D) && touch $@

# ---------------------------------------------------------------- benchmarks
include tests/bench.mk
# ---------------------------------------------------------------- fuzzing
include tests/fuzz/fuzz.mk

# ---------------------------------------------------------------- targets
all: deps-book $(PROGRAMS) figures book compile_commands.json
test: $(foreach n,$(CHAPTERS),test-ch$(n)) style-check figures-twice overlay-check
	@echo "make test: every suite passed"
sanitize: $(foreach n,$(CHAPTERS),sanitize-ch$(n))
valgrind: $(foreach n,$(CHAPTERS),valgrind-ch$(n))

# How much of each chapter's code directory is copied forward unchanged;
# overlay-check fails when a chapter's share is over OVERLAY_MAX percent.
OVERLAY_MAX ?= 30
overlay-report:
	@tests/overlay-report --files
overlay-check:
	@tests/overlay-report --max $(OVERLAY_MAX)
style-check: deps-test
	@tests/style-check
# Every figure drawn twice: the two runs must write the same bytes.
figures-twice: deps-test $(PROGRAMS)
	@tests/figures-twice $(B)

compile_commands.json: $(MAKEFILE_LIST) $(CODE_DIRS)
	@{ echo "["; sep=""; \
	  for n in $(CHAPTERS); do \
	    for f in $(B)/ch$$n/src/*.c; do \
	      printf '%s{"directory":"%s","file":"%s","command":"%s %s -I%s -c %s"}\n' \
	        "$$sep" "$(CURDIR)" "$$f" "$(CC)" "$(CFLAGS_STRICT) $(CFLAGS)" \
	        "$(B)/ch$$n/src" "$$f"; sep=","; \
	    done; \
	  done; \
	  for d in $(CODE_DIRS); do \
	    inc=""; for l in $(CODE_DIRS); do \
	      [[ "$$l" > "$$d" ]] || inc="-I$$l $$inc"; done; \
	    for f in $$d/*.c; do \
	      printf '%s{"directory":"%s","file":"%s","command":"%s %s %s -c %s"}\n' \
	        "$$sep" "$(CURDIR)" "$$f" "$(CC)" "$(CFLAGS_STRICT) $(CFLAGS)" \
	        "$$inc" "$$f"; sep=","; \
	    done; \
	  done; echo "]"; } > $@

clean:
	rm -rf $(B) compile_commands.json

help:
	@echo "make              build everything: every chapter's minipy, the figures,"
	@echo "                  the HTML site, the EPUB and the PDF (in build/book/)"
	@echo "make test         every cmocka suite, conformance and figure check"
	@echo "make chNN         one chapter's program, e.g. make ch01 -> build/ch01/minipy"
	@echo "make test-chNN    one chapter's tests, e.g. make test-ch01"
	@echo "make figures      render every figure script to SVG (build/figures/)"
	@echo "make book         the HTML site, EPUB and PDF (build/book/)"
	@echo "make serve        the site on http://localhost:8000/ (PORT=N for another)"
	@echo "make sanitize     every chapter's minipy built with ASan and UBSan, over"
	@echo "                  every conformance and figure script: no error, no leak"
	@echo "make valgrind     the same scripts under valgrind's memcheck"
	@echo "make bench        allocators (ours, glibc, CPython's, mimalloc) and every"
	@echo "                  chapter's minipy against CPython, plus a timed clean"
	@echo "                  build; writes bench/results/MACHINE.json (a few minutes)"
	@echo "make overlay-report"
	@echo "                  per chapter: its files, lines new, changed and"
	@echo "                  copied forward unchanged (overlay-check: fail over"
	@echo "                  OVERLAY_MAX=$(OVERLAY_MAX)%)"
	@echo "make style-check  clang-format and 80 columns, every C file (in test)"
	@echo "make figures-twice"
	@echo "                  every figure drawn twice, the same bytes (in test)"
	@echo "make figures-layout"
	@echo "                  the figures hold still from state to state and can be"
	@echo "                  read at the size the book shows them (in test)"
	@echo "make fuzz         every chapter's minipy under libFuzzer (ASan, UBSan),"
	@echo "                  FUZZ_SECONDS=60 each; findings go to tests/regressions/"
	@echo "make clean        remove build/"
	@echo
	@echo "chapters found: $(CHAPTERS)"
	@echo "variables: CC=$(CC) PYTHON=$(PYTHON) NO_INSTALL=1 (never install packages)"

.PHONY: all test sanitize valgrind clean help overlay-report overlay-check \
        style-check figures-twice
