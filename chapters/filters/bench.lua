-- bench: the book's measured numbers, from a results file of `make bench`.
--
--   ::: {.bench table="alloc-speed"}
--   :::
--
-- becomes the table build/bench/book/alloc-speed.md, with its caption
-- (the machine, the date, the repetitions), and
--
--   ours is [1.93]{.bench key="alloc.bursts.ours/glibc" min=1} times ...
--
-- becomes the number of that key in build/bench/book/values.tsv, whatever
-- the brackets held.  min= and max= state what the sentence claims: when
-- the results say otherwise the build stops, so that prose cannot outlive
-- the numbers that support it.  bench/report.py writes both files from
-- BENCH_BOOK_RESULTS (tests/bench.mk); the plots are ordinary figures,
-- ![...](fig:bench/alloc-speed).

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('bench', message) end

local dir = book.build .. '/bench/book'
local values

local function value_of(key)
  if not values then
    local text = book.read_file(dir .. '/values.tsv')
      or fail('no ' .. dir .. '/values.tsv (made by bench/report.py book)')
    values = {}
    for _, line in ipairs(book.lines(text)) do
      local k, v = line:match('^([^\t]+)\t(.*)$')
      if k then values[k] = v end
    end
  end
  return values[key] or fail('no value "' .. key .. '" in ' .. dir
    .. '/values.tsv')
end

local function check(key, value, attr)
  local n = tonumber(value)
  local min, max = tonumber(attr.min or ''), tonumber(attr.max or '')
  if (min or max) and not n then
    fail(key .. ' is "' .. value .. '", not a number to compare')
  end
  if min and n < min then
    fail(('the text says %s >= %s, the results say %s'):format(key,
      attr.min, value))
  end
  if max and n > max then
    fail(('the text says %s <= %s, the results say %s'):format(key,
      attr.max, value))
  end
end

local function span(el)
  if not el.classes:includes('bench') then return nil end
  local key = el.attributes.key or fail('a .bench span needs key=')
  local value = value_of(key)
  check(key, value, el.attributes)
  return pandoc.Str(value)
end

local function div(el)
  if not el.classes:includes('bench') then return nil end
  local name = el.attributes.table or fail('a .bench block needs table=')
  local path = dir .. '/' .. name .. '.md'
  local text = book.read_file(path) or fail('no table ' .. path)
  return pandoc.read(text, 'markdown').blocks
end

return { { Span = span, Div = div } }
