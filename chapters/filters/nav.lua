-- nav: the list of the book's pages, for the previous/next links of each
-- page of the site.  Run on an empty document with the book's metadata
-- and `pages` (the filtered JSON of every page, in order); write as JSON.
-- It holds only labels and titles, so that it changes (and every page is
-- rebuilt) only when one of those does.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

function Pandoc(doc)
  local pages = pandoc.List()
  for _, page in ipairs(book.read_pages(doc.meta)) do
    pages:insert(pandoc.MetaMap({
      slug = pandoc.MetaString(page.slug),
      href = pandoc.MetaString(page.slug .. '.html'),
      label = page.doc.meta.label,
      title = page.doc.meta.title,
    }))
  end
  doc.meta.pages = pages
  return doc
end
