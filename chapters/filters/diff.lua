-- diff: show how a file changed between two chapters' snapshots.
--
--   ```{.diff file="mem.c"}
--   ```
--
-- file=NAME    a file of the snapshots build/chNN/src/ (required)
-- to=N         the newer chapter (default: this page's chapter)
-- from=N       the older chapter (default: to - 1)
-- context=N    lines of context around each change (default 3)
--
-- A file that is new in `to` shows whole, as added.  A file missing from
-- `to`, or the same in both chapters, stops the build.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('diff', message) end

function CodeBlock(el)
  if not el.classes:includes('diff') or el.attributes.file == nil then
    return nil
  end
  local file = el.attributes.file
  local to, to2 = book.chapter(el.attributes.to, 'to', 'diff')
  local from = tonumber(el.attributes.from or (to - 1))
  if not from or from < 1 or from >= to then
    fail(('from=%s must be a chapter before %d'):format(tostring(from), to))
  end
  local from2 = ('%02d'):format(from)
  local context = tonumber(el.attributes.context or 3)
  if not context then fail('context= must be a number') end

  local old = book.snapshot(from2) .. '/' .. file
  local new = book.snapshot(to2) .. '/' .. file
  if not book.exists(new) then fail('no file ' .. new) end
  local is_new = not book.exists(old)
  if is_new then old = '/dev/null' end
  local old_label = is_new and old or ('chapter %d/%s'):format(from, file)
  local new_label = ('chapter %d/%s'):format(to, file)
  local q = book.shell_quote
  local out, status = book.capture(('diff -U %d --label %s --label %s %s %s')
    :format(context, q(old_label), q(new_label), q(old), q(new)))
  if status == 0 then
    fail(('%s is the same in chapters %d and %d: nothing to show')
      :format(file, from, to))
  elseif status ~= 1 then
    fail('diff failed on ' .. old .. ' and ' .. new)
  end

  local caption = is_new and (', new in chapter %d'):format(to)
    or (', chapter %d → chapter %d'):format(from, to)
  return pandoc.Div({
    book.caption(file, caption),
    pandoc.CodeBlock(book.chomp(out), pandoc.Attr('', { 'diff' })),
  }, pandoc.Attr(el.identifier ~= '' and el.identifier
    or ('lst-diff-' .. file:gsub('[^%w_-]', '-')),
    { 'listing', 'listing-diff' }))
end
