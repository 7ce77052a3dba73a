-- table: a table measured when the book is built.
--
--   ```{.table script="chapters/tools/versions.py"}
--   ```
--
-- script=PATH  a Python script (a path from the top directory), run with
--              $PYTHON (default python3) and given a directory of its
--              own under the build, build/tables/PAGE/NAME/, to keep what
--              it measured; it prints a Markdown table on standard output,
--              which replaces the block.  The block's text, if any, is the
--              table's caption.  A script that fails stops the build.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('table', message) end
local q = book.shell_quote

function CodeBlock(el)
  if not el.classes:includes('table') then return nil end
  local script = el.attributes.script
  if not script then fail('a table block needs script=PATH') end
  if not book.exists(script) then fail('no script ' .. script) end
  local name = script:match('([^/]+)%.py$') or 'table'
  local dir = ('%s/tables/%s/%s'):format(book.build, book.page, name)
  local python = os.getenv('PYTHON') or 'python3'
  local out, status = book.capture(('mkdir -p %s && %s %s %s 2>%s')
    :format(q(dir), q(python), q(script), q(dir), q(dir .. '/stderr.txt')))
  if status ~= 0 then
    fail(script .. ' failed:\n' .. (book.read_file(dir .. '/stderr.txt') or ''))
  end
  local caption = book.chomp(el.text)
  local text = out .. (caption ~= '' and ('\n: ' .. caption .. '\n') or '')
  local doc = pandoc.read(text, 'markdown')
  if #doc.blocks ~= 1 or doc.blocks[1].t ~= 'Table' then
    fail(script .. ' did not print one Markdown table:\n' .. out)
  end
  return doc.blocks
end
