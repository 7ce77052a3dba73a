-- page: turn one filtered chapter JSON into a page of the HTML site.
-- Sets the metadata the page template uses: book-title, lang, prev and
-- next (href, label, title), from the nav file named by the metadata
-- field `nav` (see nav.lua); and points links to other pages,
-- [text](02-heap-allocator.md#arenas), at their HTML files.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function site_link(link)
  local slug, fragment = link.target:match('^([%w_-]+)%.md(#?.*)$')
  if slug then
    link.target = slug .. '.html' .. fragment
    return link
  end
end

function Pandoc(doc)
  local path = pandoc.utils.stringify(doc.meta.nav or '')
  local text = book.read_file(path) or error('cannot read ' .. path, 0)
  local nav = pandoc.read(text, 'json').meta
  for i, page in ipairs(nav.pages) do
    if pandoc.utils.stringify(page.slug) == book.page then
      doc.meta.prev, doc.meta.next = nav.pages[i - 1], nav.pages[i + 1]
    end
  end
  doc.meta['book-title'] = nav.title
  doc.meta.lang = doc.meta.lang or nav.lang
  doc.meta.nav = nil
  return doc:walk({ Link = site_link })
end
