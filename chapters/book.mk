# The book: chapters/*.md, rendered by pandoc with the Lua filters of
# chapters/filters/, into build/book/: an HTML site, an EPUB and a PDF.
# Included by the top-level Makefile, which defines B, CHAPTERS, PROGRAMS,
# CH<n>_SRC, PYTHON, FIGURE_SVGS (the figures, or stamps that change with
# them; the SVGs are build/figures/NN-slug/NAME.svg) and deps-book.
#
# Each page is filtered once, into build/book/ast/NN-slug.json: that is
# where source is included, diffs made, programs run and figures numbered.
# The site's pages, its index, the EPUB and the PDF are all rendered from
# those JSON files, so touching one chapter re-filters only that chapter.

BOOK := $(B)/book
# Where the pages are; a test may point BOOK_SRC (and BOOK) elsewhere.
BOOK_SRC ?= chapters
BOOK_MD := $(sort $(wildcard $(BOOK_SRC)/[0-9][0-9]-*.md))
BOOK_PAGES := $(basename $(notdir $(BOOK_MD)))
BOOK_AST := $(BOOK_PAGES:%=$(BOOK)/ast/%.json)
BOOK_SITE := $(BOOK)/html
BOOK_HTML := $(BOOK_PAGES:%=$(BOOK_SITE)/%.html)
BOOK_SITE_CSS := $(addprefix $(BOOK_SITE)/css/,book.css site.css dark.css)
BOOK_SITE_JS := $(addprefix $(BOOK_SITE)/js/,search.js stepper.js)
BOOK_SEARCH := $(BOOK_SITE)/search-index.js
BOOK_SITE_FIGURES := $(BOOK)/figures.stamp
BOOK_EPUB := $(BOOK)/python-memory.epub
BOOK_PDF := $(BOOK)/python-memory.pdf
BOOK_PRINT := $(BOOK)/print/python-memory.html

BOOK_META := chapters/book.yaml
# The version and date of the book, from git; rewritten only when they
# change, so that a build that changes nothing rebuilds nothing.
BOOK_VERSION := $(BOOK)/version.yaml
BOOK_COVER := $(BOOK)/cover/cover.png
BOOK_FILTERS := chapters/filters
BOOK_TEMPLATES := chapters/templates
BOOK_CONTENT_FILTERS := $(addprefix $(BOOK_FILTERS)/,\
  include.lua diff.lua run.lua bench.lua figures.lua table.lua crossref.lua)
# What the content filters read: every snapshot, program and figure, and
# the conformance scripts that `run` blocks may name with file=, and the
# scripts that `table` blocks run (chapters/tools/).
BOOK_INPUTS := $(PROGRAMS) $(foreach n,$(CHAPTERS),$(CH$(n)_SRC)) \
  $(FIGURE_SVGS) $(wildcard tests/conformance/*.py) \
  $(wildcard chapters/tools/*.py)

# pandoc over the whole book: an empty document, the book's metadata and
# the list of page JSON files, which the filter $(1) reads.
book_pandoc = pandoc /dev/null -f markdown --metadata-file=$(BOOK_META) \
  -M pages="$(BOOK_AST)" --lua-filter=$(BOOK_FILTERS)/$(1)
# The same with the version and date (title pages, cover, EPUB metadata).
book_pandoc_dated = $(call book_pandoc,$(1)) --metadata-file=$(BOOK_VERSION)

$(BOOK_VERSION): FORCE
	@mkdir -p $(@D)
	@v=$$(git describe --tags --always --dirty 2>/dev/null || echo unknown); \
	 d=$$(git log -1 --format=%cs 2>/dev/null || date +%F); \
	 printf 'version: "%s"\ndate: "%s"\nibooks:\n  version: "%s"\n' \
	   "$$v" "$$d" "$$v" > $@.new; \
	 if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi
FORCE:
.PHONY: FORCE

BOOK_SITE_ALL := $(BOOK_SITE)/index.html $(BOOK_HTML) $(BOOK_SITE_CSS) \
  $(BOOK_SITE_JS) $(BOOK_SEARCH) $(BOOK_SITE_FIGURES)
# The PDF first: its one WeasyPrint run is the longest step of a build, so
# make -j starts it as soon as the pages are filtered, the rest beside it.
book: deps-book $(BOOK_PDF) $(BOOK_SITE_ALL) $(BOOK_EPUB)
book-html: $(BOOK_SITE_ALL)
book-epub: $(BOOK_EPUB)
book-pdf: $(BOOK_PDF)
.PHONY: book book-html book-epub book-pdf

# -- one page: filter it once
$(BOOK)/ast/%.json: $(BOOK_SRC)/%.md $(BOOK_CONTENT_FILTERS) \
                    $(BOOK_FILTERS)/common.lua $(BOOK_INPUTS) | deps-book
	@mkdir -p $(@D)
	@echo "book: $@"
	@BOOK_BUILD=$(B) PYTHON="$(PYTHON)" pandoc $< -f markdown -t json \
	  $(BOOK_CONTENT_FILTERS:%=--lua-filter=%) -o $@.tmp
	@mv $@.tmp $@

# -- the site
# The previous/next links need every page's label and title.  nav.json is
# only rewritten when one of those changes, so that editing a chapter's
# text does not rebuild every page (nav.stamp records the check).
$(BOOK)/nav.stamp: $(BOOK_AST) $(BOOK_META) $(BOOK_FILTERS)/nav.lua \
                   $(BOOK_FILTERS)/common.lua | deps-book
	@$(call book_pandoc,nav.lua) -t json -o $(BOOK)/nav.new
	@if cmp -s $(BOOK)/nav.new $(BOOK)/nav.json; then rm $(BOOK)/nav.new; \
	 else mv $(BOOK)/nav.new $(BOOK)/nav.json; fi
	@touch $@
$(BOOK)/nav.json: $(BOOK)/nav.stamp
	@test -f $@ || { rm -f $<; echo "$@ was lost: run make again" >&2; exit 1; }

$(BOOK_SITE)/%.html: $(BOOK)/ast/%.json $(BOOK)/nav.json \
                     $(BOOK_FILTERS)/page.lua $(BOOK_FILTERS)/common.lua \
                     $(BOOK_TEMPLATES)/page.html | deps-book
	@mkdir -p $(@D)
	@echo "book: $@"
	@pandoc $< -f json -t html5 -s --template=$(BOOK_TEMPLATES)/page.html \
	  --lua-filter=$(BOOK_FILTERS)/page.lua -M nav=$(BOOK)/nav.json \
	  --toc --toc-depth=2 --wrap=none -o $@

$(BOOK_SITE)/index.html: $(BOOK_AST) $(BOOK_META) $(BOOK_VERSION) \
                         $(BOOK_FILTERS)/index.lua \
                         $(BOOK_FILTERS)/common.lua \
                         $(BOOK_TEMPLATES)/index.html | deps-book
	@mkdir -p $(@D)
	@echo "book: $@"
	@$(call book_pandoc_dated,index.lua) -t html5 -s \
	  --template=$(BOOK_TEMPLATES)/index.html --wrap=none -o $@

$(BOOK_SITE)/css/%.css: chapters/css/%.css
	@mkdir -p $(@D)
	@cp $< $@
$(BOOK_SITE)/js/%.js: chapters/js/%.js
	@mkdir -p $(@D)
	@cp $< $@

# The search index: a script, so that it loads from file:// too.
$(BOOK_SEARCH): $(BOOK_AST) $(BOOK_META) $(BOOK_FILTERS)/search.lua \
                $(BOOK_FILTERS)/common.lua | deps-book
	@mkdir -p $(@D)
	@echo "book: $@"
	@$(call book_pandoc,search.lua) -t html5 --wrap=none -o $@.tmp
	@mv $@.tmp $@

# Every SVG of build/figures/ is copied to the site, without Graphviz's
# DOCTYPE, whose external DTD an EPUB may not name.  The EPUB and the PDF
# take their figures from these copies too.
$(BOOK_SITE_FIGURES): $(FIGURE_SVGS) | deps-book
	@rm -rf $(BOOK_SITE)/figures && mkdir -p $(BOOK_SITE)/figures
	@for svg in $(B)/figures/*/*.svg; do \
	  [ -e "$$svg" ] || continue; \
	  copy=$(BOOK_SITE)/$${svg#$(B)/}; mkdir -p $${copy%/*}; \
	  sed '/<!DOCTYPE/{:a;/>/!{N;ba;};d;}' "$$svg" > "$$copy"; \
	done
	@touch $@

# -- the EPUB and the PDF: the whole book as one document (filters/book.lua)
# Figures are found by their paths relative to the site: figures/...
$(BOOK_EPUB): $(BOOK_AST) $(BOOK_META) $(BOOK_VERSION) $(BOOK_COVER) \
              $(BOOK_FILTERS)/book.lua \
              $(BOOK_FILTERS)/common.lua $(BOOK_TEMPLATES)/epub.xhtml \
              chapters/css/book.css chapters/css/epub.css \
              chapters/css/dark.css \
              $(BOOK_SITE_FIGURES) | deps-book
	@echo "book: $@"
	@$(call book_pandoc_dated,book.lua) -t epub3 \
	  --template=$(BOOK_TEMPLATES)/epub.xhtml --epub-cover-image=$(BOOK_COVER) \
	  --css=chapters/css/book.css --css=chapters/css/epub.css \
	  --css=chapters/css/dark.css --toc --toc-depth=2 \
	  --epub-chapter-level=1 --resource-path=$(BOOK_SITE) -o $@.tmp
	@$(PYTHON) chapters/zip-dates $@.tmp
	@mv $@.tmp $@

# pandoc gives each line of highlighted code an empty link to itself,
# for the site; on paper it would only be styled and hidden, so the print
# page is written without them (WeasyPrint takes less time).
CODE_LINE_LINK := <a href="\#cb[0-9]+-[0-9]+" aria-hidden="true" tabindex="-1"></a>
$(BOOK_PRINT): $(BOOK_AST) $(BOOK_META) $(BOOK_VERSION) \
               $(BOOK_FILTERS)/book.lua \
               $(BOOK_FILTERS)/common.lua $(BOOK_TEMPLATES)/print.html \
               | deps-book
	@mkdir -p $(@D)
	@$(call book_pandoc_dated,book.lua) -t html5 -s --section-divs \
	  --template=$(BOOK_TEMPLATES)/print.html --toc --toc-depth=2 -o $@.tmp
	@sed -E 's|$(CODE_LINE_LINK)||g' $@.tmp > $@
	@rm $@.tmp

# The EPUB's cover: the title over a figure, printed and rasterised.
$(BOOK_COVER): $(BOOK_META) $(BOOK_VERSION) $(BOOK_TEMPLATES)/cover.html \
               $(BOOK_SITE_FIGURES) | deps-book
	@mkdir -p $(@D)
	@echo "book: $@"
	@pandoc /dev/null -f markdown --metadata-file=$(BOOK_META) \
	  --metadata-file=$(BOOK_VERSION) -M pagetitle=cover \
	  --template=$(BOOK_TEMPLATES)/cover.html -t html5 -o $(@D)/cover.html
	@weasyprint --base-url $(BOOK_SITE)/ $(@D)/cover.html $(@D)/cover.pdf
	@pdftoppm -png -r 96 -singlefile $(@D)/cover.pdf $(@D)/cover

$(BOOK_PDF): $(BOOK_PRINT) chapters/css/book.css chapters/css/print.css \
             $(BOOK_SITE_FIGURES) | deps-book
	@echo "book: $@"
	@weasyprint --base-url $(BOOK_SITE)/ -s chapters/css/book.css \
	  -s chapters/css/print.css $< $@.tmp
	@mv $@.tmp $@

# -- the site in a browser: make test opens every page in headless
# Chromium (tests/browser/site.mjs), after building the whole book (the
# home page links to the EPUB and the PDF).  npm installs playwright-core,
# the only package of package.json, the first time.
NODE_MODULES := node_modules/.package-lock.json
$(NODE_MODULES): package.json package-lock.json | deps-browser
	@echo "npm ci: installing playwright-core for the browser test"
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@
test-browser: book $(NODE_MODULES) | deps-browser
	@node tests/browser/site.mjs $(BOOK_SITE)
test: test-browser

# -- make serve: the site on http://localhost:$(PORT)/ (it also works
# opened from the disk, file://).
PORT ?= 8000
serve: book-html
	@echo "serving $(BOOK_SITE) on http://localhost:$(PORT)/ (Ctrl-C stops)"
	@cd $(BOOK_SITE) && $(PYTHON) -m http.server $(PORT) --bind 127.0.0.1
.PHONY: test-browser serve
