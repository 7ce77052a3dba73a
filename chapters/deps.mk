# Tools the build needs, as command:debian-package pairs.  `cmocka` is
# checked through pkg-config, a name ending in .h by compiling an
# #include of it.  When one is missing, make installs the
# package (as root or through passwordless sudo), saying so; otherwise, or
# with NO_INSTALL=1, it prints the exact command and stops.
DEPS_CODE := cc:gcc make:make
DEPS_TEST := $(DEPS_CODE) pkg-config:pkg-config cmocka:libcmocka-dev \
             python3:python3 dot:graphviz
DEPS_BOOK := $(DEPS_TEST) pandoc:pandoc weasyprint:weasyprint
DEPS_VALGRIND := $(DEPS_TEST) valgrind:valgrind
DEPS_BENCH := $(DEPS_BOOK) mimalloc.h:libmimalloc-dev

CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

define check_deps
missing=""; \
for pair in $(1); do \
  cmd=$${pair%%:*}; pkg=$${pair##*:}; \
  if [ "$$cmd" = cmocka ]; then \
    pkg-config --exists cmocka 2>/dev/null || missing="$$missing $$pkg"; \
  elif [ "$${cmd%.h}" != "$$cmd" ]; then \
    echo "#include <$$cmd>" | $(CC) -E -x c - >/dev/null 2>&1 || \
      missing="$$missing $$pkg"; \
  else \
    command -v "$$cmd" >/dev/null 2>&1 || missing="$$missing $$pkg"; \
  fi; \
done; \
if [ -n "$$missing" ]; then \
  line="apt-get install -y$$missing"; \
  if [ -n "$(NO_INSTALL)" ]; then sudo=stop; \
  elif [ "$$(id -u)" = 0 ]; then sudo=""; \
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
    sudo="sudo "; \
  else sudo=stop; fi; \
  if [ "$$sudo" = stop ]; then \
    echo "Missing Debian packages:$$missing"; \
    echo "Install them with:  sudo apt-get update && sudo $$line"; \
    exit 1; \
  fi; \
  echo "Installing missing Debian packages:$$missing"; \
  $${sudo}apt-get update -qq; \
  DEBIAN_FRONTEND=noninteractive $${sudo}apt-get install -y -qq$$missing \
    >/dev/null; \
fi
endef

deps-code:
	@$(call check_deps,$(DEPS_CODE))
deps-test:
	@$(call check_deps,$(DEPS_TEST))
deps-book:
	@$(call check_deps,$(DEPS_BOOK))
deps-valgrind:
	@$(call check_deps,$(DEPS_VALGRIND))
deps-bench:
	@$(call check_deps,$(DEPS_BENCH))
.PHONY: deps-code deps-test deps-book deps-valgrind deps-bench
