-- run: run a Python script with a chapter's minipy and with CPython, and
-- show the script and both outputs side by side.
--
--   ```{.python .run}
--   a = [1, 2]
--   print(id(a) == id(a))
--   ```
--
-- chapter=N       run build/chNN/minipy (default: this page's chapter)
-- args="--trace"  extra minipy arguments, before the script
-- python=no       run minipy only (for output CPython has no equivalent of)
-- python="3.13+"  run the newest CPython found that is at least 3.13
--                 ($PYTHON, /usr/bin/python3, pyenv's versions), for
--                 output that differs by version; $PYTHON when none is
--                 (the heading names the version either way); the
--                 default for a block with expect=error, whose
--                 traceback minipy draws as 3.13 does
-- python_args="-m dis"  CPython arguments, before the script
-- stderr=yes      show stderr even when the program succeeds
-- only="free exit"  of minipy's --trace lines ("[free] ..."), show only
--                 these kinds; the heading says so.  Other lines stay.
-- file=PATH       run this existing file (a path from the top directory,
--                 e.g. tests/conformance/x.py) instead of the block's
--                 text, and show its content
-- expect=error    the block is meant to fail: every program must exit
--                 non-zero.  Without it, a non-zero exit stops the build.
-- keep="A|B"      show only the output lines that contain A or B (plain
--                 text; "^A" means a line that starts with A); the others
--                 are replaced by a line saying how many were left out
-- mark="C|D"      highlight the output lines that contain C or D (kept
--                 too); each of them must occur in some output
-- prompt=yes      the block is typed at the prompt: fed to `minipy -q -i`
--                 and `python3 -q -i` on standard input, and each output
--                 shown as a terminal shows the session, every line after
--                 its prompt (>>> or ...), stdout and stderr in the order
--                 they came (both programs flush stdout before a prompt).
--                 A line of output holding ">>> " or "... " would be
--                 taken for a prompt.
--
-- Each block runs in its own directory, build/run/PAGE/N/, as example.py
-- (or the file's own name), so error messages show a short file name.
-- CPython prints the script's absolute path: that machine-specific
-- directory prefix is removed from both outputs.  The CPython used is
-- $PYTHON (default python3).

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('run', message) end

local cwd = pandoc.system.get_working_directory()
local function absolute(path)
  return path:match('^/') and path or (cwd .. '/' .. path)
end
local python = os.getenv('PYTHON') or 'python3'
if python:find('/') then python = absolute(python) end
local q = book.shell_quote
local blocks_seen = 0

-- The interpreter $PYTHON names, found once: a launcher such as pyenv's
-- shim costs a quarter of a second a run.  Its heading is its real name
-- and version ("CPython 3.11.7").
local python_path, python_name
local function cpython()
  if not python_path then
    local out, status = book.capture(q(python) .. ' -c "import sys, platform; '
      .. 'print(sys.executable); print(platform.python_implementation(), '
      .. 'platform.python_version())"')
    python_path, python_name = out:match('^([^\n]+)\n([^\n]+)')
    if status ~= 0 or not python_path then fail('cannot run ' .. python) end
  end
  return python_path, python_name
end

-- The newest CPython found that is at least min ("3.13"), or $PYTHON's.
local newest = {}
local function version_key(v)
  local a, b, c = v:match('(%d+)%.(%d+)%.?(%d*)')
  return tonumber(a) * 10000 + tonumber(b) * 100 + (tonumber(c) or 0)
end
local function cpython_at_least(min)
  if newest[min] then return newest[min][1], newest[min][2] end
  local first = cpython()
  local candidates = { first, '/usr/bin/python3' }
  local root = book.capture('pyenv root 2>/dev/null')
  root = root and root:gsub('%s+$', '') or ''
  if root ~= '' then
    local list = book.capture('ls -d ' .. q(root) .. '/versions/*/bin/python3'
      .. ' 2>/dev/null') or ''
    for path in list:gmatch('[^\n]+') do candidates[#candidates + 1] = path end
  end
  local best_path, best_name, best_key = nil, nil, -1
  for _, path in ipairs(candidates) do
    local out, status = book.capture(q(path) .. ' -c "import platform; '
      .. 'print(platform.python_implementation(), '
      .. 'platform.python_version())" 2>/dev/null')
    local name = status == 0 and out and out:match('^([^\n]+)')
    if name and name:match('^CPython ') then
      local key = version_key(name:match('CPython (.*)'))
      if key >= version_key(min) and key > best_key then
        best_path, best_name, best_key = path, name, key
      end
    end
  end
  if not best_path then best_path, best_name = cpython() end
  newest[min] = { best_path, best_name }
  return best_path, best_name
end

local function replace_plain(text, old, new)
  return (text:gsub(old:gsub('%p', '%%%0'), (new:gsub('%%', '%%%%'))))
end

-- Two builds must print the same pages: addresses and hash orders change
-- from run to run, so programs run with address randomization off (when
-- setarch can turn it off here) and a fixed hash seed.
local steady = 'env PYTHONHASHSEED=0'
  .. (os.execute('setarch -R true 2>/dev/null') and ' setarch -R' or '')

local function escape_html(s)
  return (s:gsub('[&<>"]', { ['&'] = '&amp;', ['<'] = '&lt;',
    ['>'] = '&gt;', ['"'] = '&quot;' }))
end

-- "A|B|^C": the alternatives of a keep= or mark= attribute.
local function alternatives(value)
  if not value then return nil end
  local list = {}
  for alt in (value .. '|'):gmatch('(.-)|') do
    if alt ~= '' then list[#list + 1] = alt end
  end
  return list
end

-- The first alternative that `line` matches, or nil.
local function matching(line, alts)
  for _, alt in ipairs(alts or {}) do
    if alt:sub(1, 1) == '^' then
      if line:sub(1, #alt - 1) == alt:sub(2) then return alt end
    elseif line:find(alt, 1, true) then
      return alt
    end
  end
end

-- Run `command` (shell words) in `dir`, with no input and 20 seconds at
-- most; returns {status=, stdout=, stderr=}.  With `input`, a file of
-- `dir`, it is standard input, and stderr goes to stdout.
local function run(dir, command, input)
  local redirect = input and ('<%s >stdout.txt 2>&1'):format(q(input))
    or '</dev/null >stdout.txt 2>stderr.txt'
  local _, how, status = os.execute(('cd %s && timeout 20 %s %s %s')
    :format(q(dir), steady, command, redirect))
  if how ~= 'exit' then status = 128 + status end
  local function output(name)
    local text = book.read_file(dir .. '/' .. name)
    return replace_plain(text, absolute(dir) .. '/', '')
  end
  local result = { status = status, stdout = output('stdout.txt'),
    stderr = input and '' or output('stderr.txt') }
  if status == 124 then
    result.stderr = result.stderr .. '(stopped after 20 seconds)\n'
  end
  return result
end

-- An output cut down to the lines keep= and mark= name, as HTML (every
-- format of the book is HTML): marked lines in <mark>, each run of
-- left-out lines as one line that counts them (blank lines are dropped
-- uncounted).  `found` records the mark= patterns seen.  Returns the
-- block and the text of the lines shown.
local function trimmed(text, cls, keep, mark, found)
  local shown, plain, hidden = {}, {}, 0
  local function flush()
    if hidden > 0 then
      shown[#shown + 1] = ('<span class="elided">[%d line%s left out]</span>')
        :format(hidden, hidden == 1 and '' or 's')
      plain[#plain + 1] = ''
      hidden = 0
    end
  end
  for _, line in ipairs(book.lines(text)) do
    local marked = matching(line, mark)
    if marked then found[marked] = true end
    if not line:match('%S') then
      -- blank lines are left out without being counted
    elseif marked or matching(line, keep) then
      flush()
      shown[#shown + 1] = marked
        and ('<mark>' .. escape_html(line) .. '</mark>')
        or escape_html(line)
      plain[#plain + 1] = line
    else
      hidden = hidden + 1
    end
  end
  flush()
  local html = ('<pre class="%s trimmed"><code>%s</code></pre>')
    :format(cls, table.concat(shown, '\n'))
  return pandoc.RawBlock('html', html), table.concat(plain, '\n')
end

-- One output box: its heading, stdout, and stderr and the exit status
-- when they matter.  With `trim` ({keep=, mark=, found=}), each output is
-- cut down to the lines they name.
local function output_box(class, heading, result, show_stderr, trim)
  local function div(content, cls)
    return pandoc.Div(pandoc.Plain(content), pandoc.Attr('', { cls }))
  end
  local blocks = { div(heading, 'run-head') }
  local shown = false
  local function code(text, cls)
    if text ~= '' then
      if trim then
        blocks[#blocks + 1] = trimmed(book.chomp(text), cls, trim.keep,
          trim.mark, trim.found)
      else
        blocks[#blocks + 1] = pandoc.CodeBlock(book.chomp(text),
          pandoc.Attr('', { cls }))
      end
      shown = true
    end
  end
  code(result.stdout, 'stdout')
  if show_stderr or result.status ~= 0 then code(result.stderr, 'stderr') end
  if result.status ~= 0 then
    blocks[#blocks + 1] = div('exit status ' .. result.status, 'run-status')
  elseif not shown then
    blocks[#blocks + 1] = div(pandoc.Emph('no output'), 'run-status')
  end
  local classes = { 'run-output', class }
  if result.status ~= 0 then classes[3] = 'failed' end
  return pandoc.Div(blocks, pandoc.Attr('', classes))
end

-- Side by side, each output gets half the text column: about 38
-- characters of code.  Outputs with longer lines are stacked instead
-- (class "wide"), so that they do not scroll sideways.
local SIDE_BY_SIDE_WIDTH = 38

local function widest_line(text)
  local widest = 0
  for line in (text .. '\n'):gmatch('([^\n]*)\n') do
    widest = math.max(widest, utf8.len(line) or #line)
  end
  return widest
end

-- Keep the trace lines of the kinds listed ("free exit"), and every
-- line that is not a trace line; a kind nobody printed is a mistake.
local function only_kinds(text, kinds)
  local wanted, seen, kept = {}, {}, {}
  for kind in kinds:gmatch('%S+') do wanted[kind] = true end
  for line in (text .. '\n'):gmatch('([^\n]*)\n') do
    local kind = line:match('^%[(%a+)%]')
    if kind then seen[kind] = true end
    if not kind or wanted[kind] then kept[#kept + 1] = line end
  end
  for kind in pairs(wanted) do
    if not seen[kind] then fail('no [' .. kind .. '] line in the trace') end
  end
  return table.concat(kept, '\n')
end

-- A session at the prompt as a terminal shows it: after each prompt of
-- `output` (stdout and stderr merged), the line of `input` typed there.
-- The last prompt, which met the end of the input, goes with its newline.
local function transcript(output, input)
  local typed = book.lines(input)
  local shown, pos, n = {}, 1, 1
  while true do
    local a, b = output:find('>>> ', pos, true), output:find('... ', pos, true)
    local at = (a and b) and math.min(a, b) or a or b
    if not at then break end
    shown[#shown + 1] = output:sub(pos, at - 1)
    pos = at + 4
    if n <= #typed then
      shown[#shown + 1] = output:sub(at, at + 3) .. typed[n] .. '\n'
      n = n + 1
    elseif output:sub(pos, pos) == '\n' then
      pos = pos + 1
    end
  end
  shown[#shown + 1] = output:sub(pos)
  return table.concat(shown)
end

local function check(result, who, script, expect_error)
  if expect_error and result.status == 0 then
    fail(who .. ' exited 0 but the block says expect=error:\n' .. script)
  elseif not expect_error and result.status ~= 0 then
    fail(('%s exited with status %d (add expect=error if that is meant):\n'
      .. '--- script ---\n%s\n--- stderr ---\n%s'):format(who, result.status,
      script, result.stderr))
  end
end

function CodeBlock(el)
  if not (el.classes:includes('run') and el.classes:includes('python')) then
    return nil
  end
  local a = el.attributes
  local chapter, ch2 = book.chapter(a.chapter, 'chapter', 'run')
  local script, name, shown_name = el.text, 'example.py', 'example.py'
  if a.file then
    script = book.read_file(a.file) or fail('no file ' .. a.file)
    name, shown_name = a.file:match('[^/]+$'), a.file
  end
  blocks_seen = blocks_seen + 1
  local dir = ('%s/run/%s/%d'):format(book.build, book.page, blocks_seen)
  os.execute('rm -rf ' .. q(dir) .. ' && mkdir -p ' .. q(dir))
  book.write_file(dir .. '/' .. name, (script:gsub('\n?$', '\n', 1)))

  local minipy = absolute(('%s/ch%s/minipy'):format(book.build, ch2))
  if not book.exists(minipy) then fail('no program ' .. minipy) end
  local expect_error = a.expect == 'error'
  local show_stderr = a.stderr == 'yes'
  local outputs = {}

  local prompt = a.prompt == 'yes'
  local args = a.args and (' ' .. a.args) or ''
  local target = prompt and ' -q -i' or (' ' .. q(name))
  local input = prompt and name or nil
  local mini = run(dir, q(minipy) .. args .. target, input)
  if prompt then mini.stdout = transcript(mini.stdout, script) end
  -- the arguments a heading shows: the block's, and -i at the prompt
  local function shown_args(extra)
    local words = {}
    if extra then words[#words + 1] = extra end
    if prompt then words[#words + 1] = '-i' end
    return #words > 0 and table.concat(words, ' ') or nil
  end
  local heading = { pandoc.Str('minipy') }
  if shown_args(a.args) then
    heading[#heading + 1] = pandoc.Space()
    heading[#heading + 1] = pandoc.Code(shown_args(a.args))
  end
  heading[#heading + 1] = pandoc.Str((' (chapter %d)'):format(chapter))
  check(mini, 'minipy (chapter ' .. chapter .. ')', script, expect_error)
  if a.only then
    mini.stderr = only_kinds(mini.stderr, a.only)
    local kinds = {}
    for kind in a.only:gmatch('%S+') do kinds[#kinds + 1] = kind end
    heading[#heading + 1] = pandoc.Str(', only its')
    for i, kind in ipairs(kinds) do
      local sep = i == 1 and ' ' or (i == #kinds and ' and ' or ', ')
      heading[#heading + 1] = pandoc.Str(sep)
      heading[#heading + 1] = pandoc.Code('[' .. kind .. ']')
    end
    heading[#heading + 1] = pandoc.Str(' lines')
  end
  local trim
  if a.keep or a.mark then
    trim = { keep = alternatives(a.keep), mark = alternatives(a.mark),
      found = {} }
  end
  outputs[1] = output_box('minipy', heading, mini, show_stderr, trim)

  local real
  if a.python ~= 'no' then
    local path, version
    -- a block that fails shows a traceback, which minipy draws as 3.13
    -- does (carets): beside the newest CPython found from 3.13 on
    local want = a.python or (expect_error and '3.13+' or nil)
    if want and want:match('^%d+%.%d+%+$') then
      path, version = cpython_at_least(want:sub(1, -2))
    else
      path, version = cpython()
    end
    local pargs = a.python_args and (' ' .. a.python_args) or ''
    real = run(dir, q(path) .. pargs .. target, input)
    if prompt then real.stdout = transcript(real.stdout, script) end
    check(real, version, script, expect_error)
    local pheading = { pandoc.Str(version) }
    if shown_args(a.python_args) then
      pheading = { pandoc.Str(version), pandoc.Space(),
        pandoc.Code(shown_args(a.python_args)) }
    end
    outputs[2] = output_box('cpython', pheading, real, show_stderr, trim)
  end
  for _, alt in ipairs(trim and trim.mark or {}) do
    if not trim.found[alt] then
      fail('mark="' .. alt .. '" matches no line of any output')
    end
  end

  -- Only two outputs are ever side by side.
  local widest = 0
  local function shown(text)
    if not trim then return text end
    local _, plain = trimmed(text, '', trim.keep, trim.mark, {})
    return plain
  end
  for _, result in ipairs(real and { mini, real } or {}) do
    widest = math.max(widest, widest_line(shown(result.stdout)))
    if show_stderr or result.status ~= 0 then
      widest = math.max(widest, widest_line(shown(result.stderr)))
    end
  end
  local outputs_classes = { 'run-outputs' }
  if widest > SIDE_BY_SIDE_WIDTH then table.insert(outputs_classes, 'wide') end

  local outputs_div = pandoc.Div(outputs, pandoc.Attr('', outputs_classes))
  if prompt then
    -- the transcripts show every line typed: no listing above them
    return pandoc.Div({
      pandoc.Div(pandoc.Plain({ pandoc.Str('Typed at the prompt') }),
        pandoc.Attr('', { 'listing-caption' })),
      outputs_div,
    }, pandoc.Attr(el.identifier, { 'run', 'run-prompt' }))
  end
  return pandoc.Div({
    book.caption(shown_name, ''),
    pandoc.CodeBlock(book.chomp(script),
      pandoc.Attr('', { 'python', 'numberLines' })),
    outputs_div,
  }, pandoc.Attr(el.identifier, { 'run' }))
end
