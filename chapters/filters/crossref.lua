-- crossref: numbers and links that connect the book to itself and to
-- CPython's source.  Runs on each page after include, diff, run and
-- figures.
--
-- Listings.  Every listing (a Div of class "listing", made by include.lua
-- or diff.lua) is numbered: "Listing 1.4" in chapter 1, "Listing A.2" in
-- appendix A (the preface's are not numbered).  An empty link to it,
-- [](#lst-frame_push), becomes "Listing 1.4" (include.lua names a listing lst-SYMBOL, lst-REGION or
-- lst-FILE; diff.lua lst-diff-FILE; the first of two with one name keeps
-- it, the second gets -2).
--
-- Exercises and answers.  An exercise (::: exercise, starting with
-- **1.2**) gets the id ex-1-2 and a link to its answer; on the answers
-- page (the page whose file starts with 99-), a paragraph starting with
-- **1.2** gets the id ans-1-2 and its number links back to the exercise.
--
-- CPython's source.  Inline code that is a path of CPython's repository
-- (`Objects/obmalloc.c`, `Include/internal/pycore_frame.h`, `Lib/gc.py`,
-- a directory ending in /) links to that file on GitHub, at the version
-- the sentence cites ("in 3.11", "since 3.12", "3.11.7") or, when it
-- cites none, at DEFAULT_VERSION, the version minipy follows.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('crossref', message) end

local DEFAULT_VERSION = '3.13.0'
local CPYTHON = 'https://github.com/python/cpython/'
local TOP_DIRS = { Objects = true, Python = true, Include = true, Lib = true,
  Modules = true, Parser = true, Programs = true, PC = true, Tools = true,
  Misc = true, Doc = true }

local prefix = ''
local function read_label(meta)
  local label = pandoc.utils.stringify(meta.label or '')
  local n = label:match('^Chapter%s+(%S+)$')
    or label:match('^Appendix%s+(%S+)$')
  prefix = n and (n .. '.') or ''
end

-- ---------------------------------------------------------------- listings
local listing_numbers, listing_count, seen_ids = {}, 0, {}

local function number_listing(div)
  if not div.classes:includes('listing') then return nil end
  local id = div.identifier
  if id ~= '' then
    local n = 1
    while seen_ids[id] do n = n + 1; id = div.identifier .. '-' .. n end
    seen_ids[id] = true
    div.identifier = id
  end
  if prefix == '' then return div end  -- the preface numbers nothing
  listing_count = listing_count + 1
  local number = ('Listing\u{A0}%s%d'):format(prefix, listing_count)
  if id ~= '' then listing_numbers[id] = number end
  local caption = div.content[1]
  if caption and caption.t == 'Div'
    and caption.classes:includes('listing-caption') then
    local plain = caption.content[1]
    plain.content:insert(1, pandoc.Space())
    plain.content:insert(1,
      pandoc.Span(number, pandoc.Attr('', { 'listing-number' })))
  end
  return div
end

local function listing_reference(link)
  local id = link.target:match('^#(lst%-.+)$')
  if #link.content == 0 and id then
    link.content = { pandoc.Str(listing_numbers[id]
      or fail('no listing #' .. id)) }
    return link
  end
end

-- ---------------------------------------------------------------- exercises
local directory = (PANDOC_STATE.input_files[1] or ''):match('^(.*)/') or '.'
local page_files  -- the .md files beside this page, by two-digit number
local function pages_here()
  if not page_files then
    page_files = {}
    local names = book.capture('ls ' .. book.shell_quote(directory))
    for name in names:gmatch('[^\n]+') do
      local n = name:match('^(%d%d)%-.*%.md$')
      if n then page_files[n] = name end
    end
  end
  return page_files
end
local function answers_page() return pages_here()['99'] end
local is_answers = book.page:match('^99%-') ~= nil

-- The exercise number at the start of a block: "1.2" from **1.2**.
local function leading_number(block)
  if not block or (block.t ~= 'Para' and block.t ~= 'Plain') then return end
  local first = block.content[1]
  if first and first.t == 'Strong' then
    return pandoc.utils.stringify(first):match('^(%d+)%.(%d+)$')
  end
end

local answers_text
local function has_answer(n, m)
  if answers_text == nil then
    local file = answers_page()
    answers_text = file and book.read_file(directory .. '/' .. file) or ''
  end
  return answers_text:find('\n%*%*' .. n .. '%.' .. m .. '%*%*') ~= nil
end

local function exercise(div)
  if not div.classes:includes('exercise') then return nil end
  local n, m = leading_number(div.content[1])
  if not n then fail('an exercise must start with its number, **N.M**') end
  div.identifier = ('ex-%s-%s'):format(n, m)
  if has_answer(n, m) then
    local slug = answers_page():gsub('%.md$', '')
    div.content:insert(pandoc.Plain({ pandoc.Link('Answer',
      ('%s.md#ans-%s-%s'):format(slug, n, m), '',
      pandoc.Attr('', { 'answer-link' })) }))
  end
  return div
end

local function answer(block)
  local n, m = leading_number(block)
  if not n then return nil end
  local chapter = pages_here()[('%02d'):format(tonumber(n))]
  if not chapter then return nil end
  local target = ('%s#ex-%s-%s'):format(chapter, n, m)
  block.content[1] = pandoc.Link({ block.content[1] }, target,
    'Exercise ' .. n .. '.' .. m, pandoc.Attr('', { 'exercise-link' }))
  return pandoc.Div({ block }, pandoc.Attr(('ans-%s-%s'):format(n, m),
    { 'answer' }))
end

-- ---------------------------------------------------------------- CPython
local function cpython_path(text)
  local top = text:match('^(%u%a+)/[%w_%-%./]*$')
  if top and TOP_DIRS[top] and not text:find('%.%.') then return true end
  return false
end

local NUMBERED = { exercise = true, figure = true, listing = true,
  chapter = true, table = true }

-- A version that a word cites: "3.11" in "3.11,", "(3.11", "3.12+".
local function version_in(text)
  local v = text:match('%f[%d]3%.(1?%d)%f[^%d]')
  if not v then return nil end
  local n = tonumber(v)
  if n < 6 or n > 14 then return nil end
  local micro = text:match('%f[%d]3%.' .. v .. '%.(%d+)')
  return ('3.%d.%s'):format(n, micro or '0')
end

-- The words of a block, in order, as {kind=, value=, el=}: a version word,
-- a sentence end, or a path to link.  Exercise numbers (Strong), links and
-- code other than paths are not words here.
local function scan(inlines, out)
  for i, el in ipairs(inlines) do
    if el.t == 'Str' then
      local previous = inlines[i - 2]
      local after_name = previous and previous.t == 'Str'
        and NUMBERED[previous.text:lower()]  -- "exercise 3.5"
      local v = not after_name and version_in(el.text)
      if v then out[#out + 1] = { kind = 'version', value = v } end
      local next_el = inlines[i + 1]
      if el.text:match('[%.%?!]%)?$') and (not next_el or next_el.t == 'Space'
        or next_el.t == 'SoftBreak') then
        out[#out + 1] = { kind = 'end' }
      end
    elseif el.t == 'Code' and cpython_path(el.text) then
      out[#out + 1] = { kind = 'path', el = el, parent = inlines, index = i }
    elseif el.t == 'Emph' or el.t == 'Span' or el.t == 'Quoted' then
      scan(el.content, out)
    end
  end
  return out
end

-- Link every path of one block's inlines at the version its citation
-- gives: the first version after it, before the next path or the end of
-- the sentence ("`Python/ceval.c` in 3.11, `Python/bytecodes.c` from
-- 3.12"), else the nearest before it in its sentence ("Python 3.12 moved
-- ... to `Include/...`"), else DEFAULT_VERSION.
local function cited_version(words, i)
  local j = i + 1
  while words[j] and words[j].kind ~= 'end' and words[j].kind ~= 'path' do
    if words[j].kind == 'version' then return words[j].value end
    j = j + 1
  end
  j = i - 1
  while words[j] and words[j].kind ~= 'end' do
    if words[j].kind == 'version' then return words[j].value end
    j = j - 1
  end
  return DEFAULT_VERSION
end

local function link_paths(inlines)
  local words = scan(inlines, {})
  local any = false
  for i, w in ipairs(words) do
    if w.kind == 'path' then
      local version = cited_version(words, i)
      local kind = w.el.text:match('/$') and 'tree' or 'blob'
      local url = ('%s%s/v%s/%s'):format(CPYTHON, kind, version,
        (w.el.text:gsub('/$', '')))
      w.parent[w.index] = pandoc.Link({ w.el }, url,
        'CPython ' .. version .. ': ' .. w.el.text,
        pandoc.Attr('', { 'cpython-source' }))
      any = true
    end
  end
  return any
end

local function inline_block(block)
  if link_paths(block.content) then return block end
end

return {
  { Meta = read_label },
  { Div = function(div)
      return number_listing(div) or (not is_answers and exercise(div)) or nil
    end },
  { Para = function(p)
      local changed = inline_block(p)
      if is_answers then return answer(changed or p) end
      return changed
    end,
    Plain = inline_block,
    Link = listing_reference },
}
