# Tools the build needs, as command:debian-package pairs.  `cmocka` is
# checked through pkg-config, a name ending in .h by compiling an
# #include of it.  When one is missing, make installs the
# package (as root or through passwordless sudo), saying so; otherwise, or
# with NO_INSTALL=1, it prints the exact command and stops.
DEPS_CODE := cc:gcc make:make
DEPS_TEST := $(DEPS_CODE) pkg-config:pkg-config cmocka:libcmocka-dev \
             python3:python3 dot:graphviz clang-format:clang-format
DEPS_BOOK := $(DEPS_TEST) pandoc:pandoc weasyprint:weasyprint \
             pdftoppm:poppler-utils
# The browser test: Chromium driven by playwright-core (package.json),
# which npm installs into node_modules/.
DEPS_BROWSER := node:nodejs npm:npm chromium:chromium
DEPS_VALGRIND := $(DEPS_TEST) valgrind:valgrind
DEPS_BENCH := $(DEPS_BOOK) mimalloc.h:libmimalloc-dev
# What the one install step installs: every group (valgrind and the
# benchmark's only when a goal names them).  A new group goes here too.
DEPS_ALL := $(sort $(DEPS_BOOK) $(DEPS_BROWSER) \
            $(if $(filter valgrind%,$(MAKECMDGOALS)),$(DEPS_VALGRIND)) \
            $(if $(filter bench%,$(MAKECMDGOALS)),$(DEPS_BENCH)))

CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

# $(call check_deps,PAIRS,MODE): MODE install installs what is missing
# when it can (and else leaves it to the checks); MODE check names what is
# missing and stops.
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
  if [ "$(2)" = check ]; then sudo=stop; \
  elif [ -n "$(NO_INSTALL)" ]; then sudo=stop; \
  elif [ "$$(id -u)" = 0 ]; then sudo=""; \
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
    sudo="sudo "; \
  else sudo=stop; fi; \
  if [ "$$sudo" = stop ] && [ "$(2)" = install ]; then exit 0; fi; \
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

# Two apt-get runs at once fail on the dpkg lock, so apt-get runs once,
# in deps, before anything else, whatever -j is: every deps-GROUP target
# waits for it and then only checks its group.
deps:
	@$(call check_deps,$(DEPS_ALL),install)
deps-code: deps
	@$(call check_deps,$(DEPS_CODE),check)
deps-test: deps
	@$(call check_deps,$(DEPS_TEST),check)
deps-book: deps
	@$(call check_deps,$(DEPS_BOOK),check)
deps-valgrind: deps
	@$(call check_deps,$(DEPS_VALGRIND),check)
deps-browser: deps
	@$(call check_deps,$(DEPS_BROWSER),check)
deps-bench: deps
	@$(call check_deps,$(DEPS_BENCH),check)
.PHONY: deps deps-code deps-test deps-book deps-valgrind deps-browser \
        deps-bench
