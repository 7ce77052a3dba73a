-- include: show lines of a chapter's real source, with real line numbers.
--
--   ```{.include file="frame.c" symbol="frame_push"}
--   ```
--
-- file=NAME     a file of the snapshot build/chNN/src/ (required)
-- symbol=NAME   a C function, struct/union/enum, macro or one-line typedef,
--               with the comment block right above it
-- region=NAME   the lines between `/* region: NAME */` and `/* endregion */`
--               (neither symbol nor region: the whole file)
-- chapter=N     the snapshot of chapter N (default: this page's chapter)
--
-- Region marker lines are never shown.  A missing file, symbol or region
-- stops the build.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('include', message) end

local function starts(line, prefix) return line:sub(1, #prefix) == prefix end
local function word(name) return name .. '%f[^%w_]' end

local function is_marker(line)
  return line:find('/* region: ', 1, true)
    or line:find('/* endregion */', 1, true)
end

-- The first line of the comment block that ends right above line i, or i.
local function with_comment(lines, i)
  local j = i - 1
  if j >= 1 and lines[j]:match('%*/%s*$') and not is_marker(lines[j]) then
    while j > 1 and not lines[j]:find('/*', 1, true) do j = j - 1 end
    return j
  end
  while j >= 1 and lines[j]:match('^%s*//') do j = j - 1 end
  return j + 1
end

-- A function: the name at column 0 followed by "(", the return type on the
-- line(s) above, the body up to the first line that is exactly "}".  A
-- prototype (";" before "{") is only used when there is no definition.
local function find_function(lines, name)
  local prototype
  for i, line in ipairs(lines) do
    if starts(line, name .. '(') then
      local first = i
      while first > 1 and lines[first - 1]:match('%S')
        and not lines[first - 1]:match('[;{}]%s*$')
        and not lines[first - 1]:match('%*/%s*$')
        and not lines[first - 1]:match('^%s*[#/]') do
        first = first - 1
      end
      for k = i, #lines do
        if lines[k]:match(';%s*$') then
          prototype = prototype or { with_comment(lines, first), k }
          break
        elseif lines[k]:match('{%s*$') then
          for e = k, #lines do
            if lines[e] == '}' then return with_comment(lines, first), e end
          end
          fail('function ' .. name .. ' has no closing "}" at column 0')
        end
      end
    end
  end
  if prototype then return prototype[1], prototype[2] end
end

-- A struct, union or enum: from its opening line at column 0 to the first
-- line starting with "}", when either of them names it.
local function find_type(lines, name)
  for i, line in ipairs(lines) do
    local kind = line:match('^typedef%s+(%a+)') or line:match('^(%a+)')
    if (kind == 'struct' or kind == 'union' or kind == 'enum')
      and line:match('{%s*$') then
      local e = i + 1
      while lines[e] and not starts(lines[e], '}') do e = e + 1 end
      if not lines[e] then fail('no closing "}" for: ' .. line) end
      if line:match('^[%a%s]-%s' .. word(name) .. '%s*{')
        or lines[e]:match('^}%s*' .. word(name) .. '%s*;') then
        return with_comment(lines, i), e
      end
    end
  end
end

-- A macro with its backslash continuations, or a one-line typedef.
local function find_define(lines, name)
  for i, line in ipairs(lines) do
    if line:match('^#%s*define%s+' .. word(name)) then
      local e = i
      while lines[e]:match('\\%s*$') and lines[e + 1] do e = e + 1 end
      return with_comment(lines, i), e
    end
    if line:match('^typedef%s.*%f[%w_]' .. word(name) .. '.*;%s*$') then
      return with_comment(lines, i), i
    end
  end
end

local function find_symbol(lines, name)
  if not name:match('^[%a_][%w_]*$') then
    fail('symbol= must be a C identifier, not "' .. name .. '"')
  end
  local first, last = find_function(lines, name)
  if not first then first, last = find_type(lines, name) end
  if not first then first, last = find_define(lines, name) end
  return first, last
end

local function find_region(lines, name, path)
  local open = '/* region: ' .. name .. ' */'
  local first
  for i, line in ipairs(lines) do
    if line:find(open, 1, true) then
      if first then
        fail(('region "%s" appears twice in %s'):format(name, path))
      end
      first = i
    end
  end
  if not first then return nil end
  for e = first + 1, #lines do
    if lines[e]:find('/* endregion */', 1, true) then
      return first + 1, e - 1
    end
  end
  fail('region "' .. name .. '" in ' .. path .. ' has no /* endregion */')
end

-- Lines first..last without markers and blank edges, as runs of
-- consecutive line numbers: {start=, lines=}.  A marker inside the range
-- splits it, so that every shown line keeps its real number.
local function runs(lines, first, last)
  local function hidden(i)
    return is_marker(lines[i]) or not lines[i]:match('%S')
  end
  while first <= last and hidden(first) do first = first + 1 end
  while last >= first and hidden(last) do last = last - 1 end
  local result, current = {}, nil
  for i = first, last do
    if is_marker(lines[i]) then
      current = nil
    else
      if not current then
        current = { start = i, lines = {} }
        result[#result + 1] = current
      end
      table.insert(current.lines, lines[i])
    end
  end
  return result, first, last
end

function CodeBlock(el)
  if not el.classes:includes('include') then return nil end
  local file = el.attributes.file or fail('a code block .include needs file=')
  local chapter, ch2 = book.chapter(el.attributes.chapter, 'chapter',
    'include')
  local path = book.snapshot(ch2) .. '/' .. file
  local text = book.read_file(path)
  if not text then fail('no file ' .. path) end
  local lines = book.lines(text)

  local first, last = 1, #lines
  if el.attributes.symbol and el.attributes.region then
    fail('give symbol= or region=, not both')
  elseif el.attributes.symbol then
    first, last = find_symbol(lines, el.attributes.symbol)
    if not first then
      fail('no symbol "' .. el.attributes.symbol .. '" in ' .. path)
    end
  elseif el.attributes.region then
    first, last = find_region(lines, el.attributes.region, path)
    if not first then
      fail('no region "' .. el.attributes.region .. '" in ' .. path)
    end
  end

  local parts
  parts, first, last = runs(lines, first, last)
  if #parts == 0 then fail('nothing to show from ' .. path) end
  local range = first == last and ('line ' .. first)
    or ('lines ' .. first .. '–' .. last)
  local blocks = {
    book.caption(file, (' (chapter %d), %s'):format(chapter, range)) }
  local classes = { 'numberLines' }
  if book.language(file) then table.insert(classes, 1, book.language(file)) end
  for _, part in ipairs(parts) do
    blocks[#blocks + 1] = pandoc.CodeBlock(table.concat(part.lines, '\n'),
      pandoc.Attr('', classes, { startFrom = tostring(part.start) }))
  end
  -- Its id, for [](#lst-NAME) (crossref.lua numbers it): lst-SYMBOL,
  -- lst-REGION or lst-FILE unless the block gives one.
  local name = el.attributes.symbol or el.attributes.region or file
  local id = el.identifier ~= '' and el.identifier
    or ('lst-' .. name:gsub('[^%w_-]', '-'))
  return pandoc.Div(blocks, pandoc.Attr(id, { 'listing' }))
end
