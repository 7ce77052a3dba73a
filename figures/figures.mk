# Figures: each script in figures/NN-slug/ runs under chapter NN's minipy
# with --dot; every "# figure: NAME" marker in it becomes
# build/figures/NN-slug/NAME.svg.  A stamp per script records the run;
# SCRIPT.figures changes only when one of the script's figures does
# (figures/draw compares each .dot with the last one), and it is what the
# book depends on, so that a change to minipy that draws the same
# figures re-renders nothing downstream.
FIGURE_DIRS := $(sort $(wildcard figures/[0-9][0-9]-*))

define FIGURE_RULES
# -- figures of chapter $(2)
$(B)/figures/$(notdir $(1))/%.stamp: $(1)/%.py $(B)/ch$(2)/minipy \
                                     figures/draw | deps-test
	@mkdir -p $$(@D)
	@figures/draw $$< $(B)/ch$(2)/minipy $$(@D)
	@touch $$@
$(B)/figures/$(notdir $(1))/%.figures: $(B)/figures/$(notdir $(1))/%.stamp
	@test -f $$@ || { rm -f $$<; echo "$$@ was lost: run make again" >&2; \
	  exit 1; }
FIGURE_STAMPS_$(2) := $(patsubst $(1)/%.py,$(B)/figures/$(notdir $(1))/%.stamp,\
                        $(wildcard $(1)/*.py))
figures-ch$(2): $$(FIGURE_STAMPS_$(2))
.PHONY: figures-ch$(2)
endef
$(foreach d,$(FIGURE_DIRS),$(eval $(call FIGURE_RULES,$(d),$(firstword \
  $(subst -, ,$(notdir $(d)))))))

# The book depends on the .figures files: they change when a figure does.
FIGURE_SVGS := $(foreach d,$(FIGURE_DIRS),$(patsubst %.stamp,%.figures,\
  $(FIGURE_STAMPS_$(firstword $(subst -, ,$(notdir $(d)))))))
figures: $(FIGURE_SVGS)
.PHONY: figures

# The README shows one figure; it must stay what minipy draws.
figures-readme: $(B)/figures/01-stack-frames/call.stamp
	@cmp -s figures/readme-call.dot $(B)/figures/01-stack-frames/call-in-progress.dot \
	  || { echo "figures/readme-call.dot is stale: copy it from" \
	       "$(B)/figures/01-stack-frames/call-in-progress.dot and remake" \
	       "figures/readme-call.svg with dot -Tsvg" >&2; exit 1; }
figures-ch01: figures-readme
.PHONY: figures-readme

# make test: the figures hold still from one state of a script to the next
# and can be read where the book shows them (tests/figures-stable,
# tests/figures-legible: the figures the build drew, laid out again with
# dot -Tjson; a few seconds).
figures-layout: figures $(B)/bench/book/stamp
	@tests/figures-stable $(B)
	@tests/figures-legible $(B)
test: figures-layout
.PHONY: figures-layout
