-- search: the site's search index, as a script that defines
-- window.BOOK_SEARCH (a script, not a JSON file to fetch, so that search
-- works from file:// as well as from a server).  Run on an empty document
-- with the book's metadata and `pages` (the filtered JSON of every page,
-- in order); write as HTML: the output is the script alone.
--
-- One entry per section (each heading of levels 2 and 3, and the text of
-- a page before its first heading): {p = page label and title, t = the
-- section's title, h = its address, x = its text, code and outputs
-- included}.  chapters/js/search.js reads it.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function json_string(s)
  s = s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == '\\' then return '\\\\'
    elseif c == '\n' then return '\\n' elseif c == '\t' then return ' '
    else return ('\\u%04x'):format(c:byte()) end
  end)
  return '"' .. s:gsub('</', '<\\/') .. '"'
end

-- The plain text of a list of blocks, code included, one space between
-- words and between blocks.
local function unhtml(text)
  return (text:gsub('<[^>]*>', ''):gsub('&lt;', '<'):gsub('&gt;', '>')
    :gsub('&quot;', '"'):gsub('&amp;', '&'))
end

local function text_of(blocks)
  local parts = {}
  local function walk(list)
    for _, b in ipairs(list) do
      if b.t == 'CodeBlock' then
        parts[#parts + 1] = b.text
      elseif b.t == 'RawBlock' then
        parts[#parts + 1] = unhtml(b.text)
      elseif b.t == 'Div' or b.t == 'BlockQuote' then
        walk(b.content)
      elseif b.t == 'BulletList' or b.t == 'OrderedList' then
        for _, item in ipairs(b.content) do walk(item) end
      else
        parts[#parts + 1] = pandoc.utils.stringify(b)
      end
    end
  end
  walk(blocks)
  return (table.concat(parts, ' '):gsub('%s+', ' '))
end

function Pandoc(doc)
  local entries = {}
  for _, page in ipairs(book.read_pages(doc.meta)) do
    local meta = page.doc.meta
    local label = pandoc.utils.stringify(meta.label or '')
    local title = pandoc.utils.stringify(meta.title or '')
    local page_name = label ~= '' and (label .. ': ' .. title) or title
    local href = page.slug .. '.html'
    local current = { t = title, h = href, blocks = pandoc.List() }
    local sections = { current }
    for _, block in ipairs(page.doc.blocks) do
      if block.t == 'Div' and block.classes:includes('stepper-data') then
        -- the steppers' hidden copies of figure scripts: not text
      elseif block.t == 'Header' and block.level <= 3 then
        current = { t = pandoc.utils.stringify(block.content),
          h = href .. '#' .. block.identifier, blocks = pandoc.List() }
        sections[#sections + 1] = current
      else
        current.blocks:insert(block)
      end
    end
    for _, s in ipairs(sections) do
      local text = text_of(s.blocks)
      if text:match('%S') then
        entries[#entries + 1] = ('{"p":%s,"t":%s,"h":%s,"x":%s}'):format(
          json_string(page_name), json_string(s.t), json_string(s.h),
          json_string(text))
      end
    end
  end
  local script = '/* The book\'s search index (filters/search.lua). */\n'
    .. 'window.BOOK_SEARCH = [\n' .. table.concat(entries, ',\n') .. '\n];'
  return pandoc.Pandoc({ pandoc.RawBlock('html', script) }, pandoc.Meta({}))
end
