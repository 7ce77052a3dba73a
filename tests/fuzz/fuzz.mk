# make fuzz: every chapter's minipy under libFuzzer, with AddressSanitizer
# and UBSan, for FUZZ_SECONDS each.  Seeds: tests/conformance/ and
# tests/regressions/; the corpus grows in build/fuzz/chNN/corpus/.  What
# makes it fail (a crash, a sanitizer report, a leak, a hang) is
# minimized into tests/regressions/chNN-fuzz-HASH.py, which make test
# then runs against CPython from there on, and make fuzz fails.
FUZZ_SECONDS ?= 60
FUZZ_CC ?= clang
FUZZ_FLAGS ?=
FUZZ_MALLOC ?= malloc
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS := -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) \
               -fsanitize=fuzzer-no-link
DEPS_FUZZ := $(DEPS_CODE) $(FUZZ_CC):clang

deps-fuzz:
	@$(call check_deps,$(DEPS_FUZZ))
	@echo 'int LLVMFuzzerTestOneInput(const char *d, long n)' \
	  '{ (void)d; (void)n; return 0; }' | \
	  $(FUZZ_CC) -fsanitize=fuzzer -x c -o /dev/null - 2>/dev/null || { \
	  echo "$(FUZZ_CC) cannot link -fsanitize=fuzzer: install" \
	       "libclang-rt-14-dev (apt-get install libclang-rt-14-dev)"; \
	  exit 1; }

define FUZZ_RULES
$(B)/fuzz/ch$(1)/libminipy.a: $$(CH$(1)_SRC) $(B)/ch$(1)/src/.files
	@$$(MAKE) -s --no-print-directory -C $(B)/ch$(1)/src \
	  O=$(CURDIR)/$(B)/fuzz/ch$(1) CC="$(FUZZ_CC)" CFLAGS="$(FUZZ_CFLAGS)" \
	  $(CURDIR)/$(B)/fuzz/ch$(1)/libminipy.a
$(B)/fuzz/ch$(1)/fuzz_minipy: tests/fuzz/fuzz_minipy.c \
                              $(B)/fuzz/ch$(1)/libminipy.a
	@echo "  CC      $$@"
	@$(FUZZ_CC) $(CFLAGS_STRICT) -Wno-gnu-statement-expression \
	  $(FUZZ_CFLAGS) -fsanitize=fuzzer -I$(B)/ch$(1)/src -o $$@ $$< \
	  $(B)/fuzz/ch$(1)/libminipy.a -lm -pthread
fuzz-ch$(1): deps-fuzz $(B)/fuzz/ch$(1)/fuzz_minipy
	@tests/fuzz/run $(1) $(B)/fuzz/ch$(1)/fuzz_minipy "$(FUZZ_SECONDS)" \
	  "$(FUZZ_MALLOC)" $(FUZZ_FLAGS)
.PHONY: fuzz-ch$(1)
endef
$(foreach n,$(CHAPTERS),$(eval $(call FUZZ_RULES,$(n))))

fuzz: $(foreach n,$(CHAPTERS),fuzz-ch$(n))
.PHONY: fuzz deps-fuzz
