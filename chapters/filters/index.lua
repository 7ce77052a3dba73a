-- index: the table of contents of the site's home page.  Run on an empty
-- document with the book's metadata and `pages` (the filtered JSON of
-- every page, in order): the body becomes, for each page, a link to it
-- (label and title) and links to its sections (level 2 headings); the
-- metadata field `start` links to the first page.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

-- Heading text fit to sit inside a link: no links, no notes.
local function plain(inlines)
  return pandoc.Span(inlines):walk({
    Link = function(link) return link.content end,
    Note = function() return {} end,
  }).content
end

local function entry(page)
  local meta, href = page.doc.meta, page.slug .. '.html'
  local label = pandoc.utils.stringify(meta.label or '')
  local kind = label:match('^(%a+)') or 'page'
  local sections = pandoc.List()
  for _, block in ipairs(page.doc.blocks) do
    if block.t == 'Header' and block.level == 2 then
      sections:insert({ pandoc.Plain(pandoc.Link(plain(block.content),
        href .. '#' .. block.identifier)) })
    end
  end
  local blocks = { pandoc.Plain(pandoc.Link({
    pandoc.Span(label, pandoc.Attr('', { 'toc-label' })),
    pandoc.Span(plain(meta.title or {}), pandoc.Attr('', { 'toc-title' })),
  }, href)) }
  if #sections > 0 then blocks[2] = pandoc.BulletList(sections) end
  return pandoc.Div(blocks,
    pandoc.Attr('', { 'toc-entry', 'toc-' .. kind:lower() }))
end

function Pandoc(doc)
  local pages = book.read_pages(doc.meta)
  local entries = pandoc.List()
  for _, page in ipairs(pages) do entries:insert(entry(page)) end
  doc.meta.pages = nil
  doc.meta.start = pages[1] and (pages[1].slug .. '.html')
  local toc = pandoc.Div(entries, pandoc.Attr('contents', { 'book-toc' }))
  return pandoc.Pandoc({ toc }, doc.meta)
end
