-- book: assemble the whole book, for the EPUB and the PDF, from the
-- filtered JSON of each page.  Run on an empty document with the book's
-- metadata and `pages` (the JSON files, in order).
--
-- Each page becomes a level 1 heading (its label above its title) and its
-- body.  Identifiers are made unique across pages: page 01-stack-frames
-- gets id ch01-stack-frames and its #arenas becomes
-- #ch01-stack-frames--arenas; links between pages, written
-- [text](02-heap-allocator.md#arenas), follow.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function page_id(slug, fragment)
  if fragment == '' then return 'ch' .. slug end
  return 'ch' .. slug .. '--' .. fragment
end

-- A filter that renames the ids of one page and retargets its links.
local function renamer(slug)
  local function rename(el)
    if el.identifier ~= '' then
      el.identifier = page_id(slug, el.identifier)
      return el
    end
  end
  return {
    Header = rename, Div = rename, Span = rename, CodeBlock = rename,
    Code = rename, Image = rename, Table = rename,
    Link = function(link)
      local other, fragment = link.target:match('^([%w_-]+)%.md#?(.*)$')
      local local_fragment = link.target:match('^#(.+)$')
      if other then
        link.target = '#' .. page_id(other, fragment)
      elseif local_fragment then
        link.target = '#' .. page_id(slug, local_fragment)
      end
      return rename(link) or link
    end,
  }
end

-- The label and the title in spans of their own, for the stylesheets; the
-- plain "Chapter 1: Title" as attribute bookmark, for the PDF's outline.
local function heading(meta, slug)
  local label, title = meta.label or {}, meta.title or {}
  local text = pandoc.utils.stringify(label) .. ': '
    .. pandoc.utils.stringify(title)
  return pandoc.Header(1, {
    pandoc.Span(label, pandoc.Attr('', { 'chapter-label' })),
    pandoc.Span(': ', pandoc.Attr('', { 'chapter-sep' })),
    pandoc.Span(title, pandoc.Attr('', { 'chapter-title' })),
  }, pandoc.Attr(page_id(slug, ''), { 'chapter' }, { bookmark = text }))
end

function Pandoc(doc)
  local blocks = pandoc.List()
  for _, page in ipairs(book.read_pages(doc.meta)) do
    blocks:insert(heading(page.doc.meta, page.slug))
    local body = page.doc:walk(renamer(page.slug)).blocks
    -- The site's stepper data (figures.lua) has no place on paper.
    blocks:extend(body:filter(function(b)
      return not (b.t == 'Div' and b.classes:includes('stepper-data'))
    end))
  end
  doc.meta.pages = nil
  return pandoc.Pandoc(blocks, doc.meta)
end
