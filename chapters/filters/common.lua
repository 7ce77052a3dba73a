-- common.lua: helpers shared by the book's filters.  Not a filter itself:
-- each filter loads it from its own directory with
--   dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')
--
-- The chapter of a page comes from its file name: chapters/01-stack-frames.md
-- is page "01-stack-frames", chapter 1.  The preface (00) and appendices (90
-- and up) have no chapter of their own.

local M = {}

-- Where the Makefile puts generated files (its $(B)).
M.build = os.getenv('BOOK_BUILD') or 'build'

local input = PANDOC_STATE.input_files[1] or ''
M.page = input:match('([^/]+)%.%w+$') or ''
local number = tonumber(M.page:match('^(%d%d)%-') or '')
M.page_chapter = (number and number >= 1 and number < 90) and number or nil

-- Stop the build with a message that names the page and the filter.
function M.fail(filter, message)
  error(('%s: %s: %s'):format(input, filter, message), 0)
end

-- The chapter a block refers to: `value` (an attribute such as chapter=,
-- named `name` in messages) when given, else the page's chapter.  Returns
-- the number and its two-digit form ("01").
function M.chapter(value, name, filter)
  local n
  if value then
    n = tonumber(value)
    if not n or n < 1 or n > 89 or n ~= math.floor(n) then
      M.fail(filter, ('%s= must be a chapter number, not "%s"')
        :format(name, value))
    end
  else
    n = M.page_chapter
    if not n then
      M.fail(filter, 'this page is not a chapter: say which one with '
        .. name .. '=N')
    end
  end
  return n, ('%02d'):format(n)
end

function M.snapshot(ch2) return M.build .. '/ch' .. ch2 .. '/src' end

function M.read_file(path)
  local f = io.open(path, 'rb')
  if not f then return nil end
  local text = f:read('a')
  f:close()
  return text
end

function M.write_file(path, text)
  local f = assert(io.open(path, 'wb'))
  f:write(text)
  f:close()
end

function M.exists(path)
  local f = io.open(path, 'rb')
  if f then f:close() end
  return f ~= nil
end

-- Split text into lines (a final newline does not start an empty line).
function M.lines(text)
  local lines = {}
  for line in (text .. '\n'):gmatch('(.-)\r?\n') do lines[#lines + 1] = line end
  if text:sub(-1) == '\n' then lines[#lines] = nil end
  return lines
end

function M.chomp(text) return (text:gsub('\n$', '')) end

-- Quote a string for /bin/sh.
function M.shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- Run a shell command; returns its stdout and exit status.
function M.capture(command)
  local pipe = assert(io.popen(command, 'r'))
  local out = pipe:read('a')
  local _, _, status = pipe:close()
  return out, status
end

-- The highlighting language of a source file, from its name.
function M.language(file)
  local name = file:match('[^/]+$')
  if name:match('%.[ch]$') then return 'c' end
  if name == 'Makefile' or name:match('%.mk$') then return 'makefile' end
  if name:match('%.py$') then return 'python' end
  if name:match('%.sh$') then return 'bash' end
  return nil
end

-- A small caption line above a listing: the file name in code, then text.
function M.caption(file, text)
  return pandoc.Div(pandoc.Plain({ pandoc.Code(file), pandoc.Str(text) }),
    pandoc.Attr('', { 'listing-caption' }))
end

-- The pages of the whole book: the metadata field `pages` lists the
-- filtered JSON of each page, in order.  Returns {slug=, doc=} records.
function M.read_pages(meta)
  local pages = {}
  for path in pandoc.utils.stringify(meta.pages or ''):gmatch('%S+') do
    local text = M.read_file(path) or error('cannot read ' .. path, 0)
    pages[#pages + 1] = {
      slug = path:match('([^/]+)%.json$'),
      doc = pandoc.read(text, 'json'),
    }
  end
  return pages
end

return M
