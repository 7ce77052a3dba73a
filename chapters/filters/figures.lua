-- figures: number the chapter's figures and point them at their SVGs.
--
--   ![A call pushes a frame](fig:01-stack-frames/call)
--
-- An image alone in its paragraph whose target is fig:DIR/NAME shows
-- build/figures/DIR/NAME.svg (drawn by `make figures`; a missing one stops
-- the build), captioned "Figure 1.3: ..." (chapter 1, third figure; an
-- appendix's figures are A.1, ...).  Its id is fig-NAME unless given with
-- {#fig-...}.  An empty link to a figure of the same page, [](#fig-NAME),
-- becomes "Figure 1.3".
--
-- The image's path, figures/DIR/NAME.svg, is relative to the site, where
-- the Makefile copies the SVGs (the EPUB and the PDF read those copies).
--
-- States.  The "# figure:" lines of one script, in order, are the states
-- of that script.  Each figure is wrapped in a Div of class figure-step
-- (data-script, data-state, data-states) with a line under it saying
-- which state it is and which line of the script made it: in the PDF and
-- the EPUB, and on the site without JavaScript, these are the numbered
-- panels.  For the site's stepper (chapters/js/stepper.js), the page ends
-- with one hidden Div of class stepper-data per script it draws from: the
-- script, with line numbers, and a Div per state (data-src, data-first,
-- data-last, data-figure: the id of the figure of this page that shows
-- it, if any).  book.lua leaves those out of the EPUB and the PDF.
-- Panels (add_panels below) are states too: figures a marker's view
-- draws during the next statement, NAME-1, NAME-2, ...  Wrapped in a
-- Div of class panels, a script's figures make one stepper on the site
-- (stepper.js) and stay numbered panels on paper.
--
-- A script with the line "# figures: every line" is drawn by minipy's
-- --dot-every (figures/draw): its states are then a figure after every
-- line that ran, listed with their lines in build/figures/DIR/SCRIPT.steps,
-- and each of its "# figure: NAME" lines names the step before it, so the
-- text shows and cites a step as any figure:
--
--   ![After `b = a`](fig:01-stack-frames/two-names-one-list)
--
-- and the site's stepper walks every step of the script.

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('figures', message) end

local FIGURE_SCRIPTS = os.getenv('FIGURE_SCRIPTS') or 'figures'
local prefix = ''      -- "1." in chapter 1, "A." in appendix A
local numbers = {}     -- figure id -> "Figure 1.3"
local count = 0

local function read_label(meta)
  local label = pandoc.utils.stringify(meta.label or '')
  local n = label:match('^Chapter%s+(%S+)$')
    or label:match('^Appendix%s+(%S+)$')
  prefix = n and (n .. '.') or ''
end

-- The states of the scripts of figures/DIR/: name -> {script=, states=}.
local scripts_of = {}
local function indent(line) return #line:match('^(%s*)') end
local function is_code(line)
  return line:match('%S') and not line:match('^%s*#')
end

-- The states of a script drawn step by step: one per line of its .steps
-- file ("NAME LINE"; "= MARKER" names the step before it).
local function read_steps(path, text, lines)
  local dir, file = path:match('([^/]+)/([^/]+)%.py$')
  local listing = ('%s/figures/%s/%s.steps'):format(book.build, dir,
    file)
  if not book.exists(listing) then
    fail('no ' .. listing .. ' (drawn by figures/draw from ' .. path .. ')')
  end
  local states = {}
  for entry in book.read_file(listing):gmatch('[^\n]+') do
    local marker = entry:match('^= (%S+)$')
    local name, line = entry:match('^(%S+) (%d+)$')
    if marker and #states > 0 then
      states[#states].alias = marker
    elseif name then
      states[#states + 1] = { name = name, first = tonumber(line),
        last = tonumber(line), line = tonumber(line) }
    end
  end
  return { path = path, text = text, lines = lines, states = states }
end

local function read_script(path)
  local text = book.read_file(path)
  local lines = book.lines(text)
  for _, line in ipairs(lines) do
    if line == '# figures: every line' then
      return read_steps(path, text, lines)
    end
  end
  local states = {}
  for i, line in ipairs(lines) do
    local pad, name, rest = line:match('^(%s*)# figure: ([%w_-]+)(.*)$')
    if name then
      -- The lines that made the state: the statement before the marker
      -- (a simple one, or the whole of a compound statement, such as a
      -- loop, whose body ends right above it), and the simple statements
      -- right above that one, at its level, up to a blank line, a
      -- comment or a line that opens a block.
      local last = i - 1
      while last >= 1 and not is_code(lines[last]) do last = last - 1 end
      local first = last
      if last >= 1 and indent(lines[last]) > #pad then
        while first > 1 and not (is_code(lines[first])
          and indent(lines[first]) <= #pad) do first = first - 1 end
      end
      while first > 1 and indent(lines[first]) == #pad
        and is_code(lines[first - 1]) and indent(lines[first - 1]) == #pad
        and not lines[first - 1]:match(':%s*$') do
        first = first - 1
      end
      states[#states + 1] = { name = name, view = rest:match('view=(%S+)'),
        first = first, last = last, line = i }
    end
  end
  return { path = path, text = text, lines = lines, states = states }
end

-- Panels: figures the program draws while the statement after a marker
-- runs (chapter 5's "# figure: NAME view=collection" draws NAME, then
-- NAME-1, NAME-2, ... during the next collection).  Each is a state of
-- its own, made by that statement, found in the list of what the script
-- drew (figures/draw writes it).
local function add_panels(script, dir)
  local list = ('%s/figures/%s/%s.figures'):format(book.build, dir,
    script.path:match('([^/]+)%.py$'))
  if not book.exists(list) then return end
  local drawn, marker = {}, {}
  for name in book.read_file(list):gmatch('%S+') do drawn[name] = true end
  for _, state in ipairs(script.states) do marker[state.name] = true end
  local states = {}
  for _, state in ipairs(script.states) do
    states[#states + 1] = state
    local n = 0
    while drawn[state.name .. '-' .. (n + 1)]
      and not marker[state.name .. '-' .. (n + 1)] do n = n + 1 end
    local next = state.line + 1
    while script.lines[next] and not is_code(script.lines[next]) do
      next = next + 1
    end
    for k = 1, script.lines[next] and n or 0 do
      states[#states + 1] = { name = state.name .. '-' .. k, first = next,
        last = next, panel = k, panels = n }
    end
  end
  script.states = states
end

local function figure_script(dir, name)
  if not scripts_of[dir] then
    scripts_of[dir] = {}
    local listing = book.capture('ls ' .. book.shell_quote(FIGURE_SCRIPTS
      .. '/' .. dir) .. ' 2>/dev/null')
    for file in listing:gmatch('[^\n]+') do
      if file:match('%.py$') then
        local script = read_script(FIGURE_SCRIPTS .. '/' .. dir .. '/' .. file)
        add_panels(script, dir)
        for k, state in ipairs(script.states) do
          scripts_of[dir][state.name] = { script = script, index = k }
          if state.alias then
            scripts_of[dir][state.alias] = { script = script, index = k }
          end
        end
      end
    end
  end
  return scripts_of[dir][name]
end

local used_scripts, used_order = {}, {}  -- path -> {script=, dir=}
local figure_ids = {}                    -- "DIR/NAME" -> id on this page

local function state_line(script, k)
  local state = script.states[k]
  local where
  if state.panel then
    where = ('during line %d,'):format(state.first)
  elseif state.first < 1 then
    where = 'before its first line'
  elseif state.first == state.last then
    where = ('after line %d,'):format(state.last)
  else
    where = ('after lines %d\u{2013}%d,'):format(state.first, state.last)
  end
  local inlines = { pandoc.Str(('State %d of %d of'):format(k, #script.states)),
    pandoc.Space(), pandoc.Code(script.path), pandoc.Str(':'), pandoc.Space(),
    pandoc.Str(where) }
  if state.first >= 1 then
    inlines[#inlines + 1] = pandoc.Space()
    local code = script.lines[state.first]:gsub('^%s+', '')
    if state.last > state.first then code = code .. ' \u{2026}' end
    inlines[#inlines + 1] = pandoc.Code(code)
  end
  if state.panel then
    inlines[#inlines + 1] = pandoc.Str((', panel %d of %d'):format(
      state.panel, state.panels))
  end
  return pandoc.Plain(inlines)
end

local function is_figure_image(el)
  return el.t == 'Image' and el.src:match('^fig:')
end

local function figure(para)
  local img = para.content[1]
  if #para.content ~= 1 or not is_figure_image(img) then
    for _, el in ipairs(para.content) do
      if is_figure_image(el) then
        fail(el.src .. ' must be alone in its paragraph, to be a figure')
      end
    end
    return nil
  end
  local path = img.src:sub(5)
  local svg = ('%s/figures/%s.svg'):format(book.build, path)
  if not book.exists(svg) then
    fail('no figure ' .. svg .. ' (drawn from a "# figure: '
      .. path:match('[^/]+$') .. '" line of a script in figures/)')
  end
  count = count + 1
  local number = ('Figure\u{A0}%s%d'):format(prefix, count)  -- no break
  local id = img.identifier ~= '' and img.identifier
    or ('fig-' .. path:match('[^/]+$'))
  if numbers[id] then fail('two figures with id ' .. id) end
  img.identifier = id
  numbers[id] = number
  img.src = 'figures/' .. path .. '.svg'
  img.title = 'fig:'  -- keeps it a figure (pandoc 2.x implicit figures)
  local caption = { pandoc.Span(number, pandoc.Attr('', { 'figure-number' })) }
  if #img.caption > 0 then
    caption[#caption + 1] = pandoc.Str(':')
    caption[#caption + 1] = pandoc.Space()
    for _, inline in ipairs(img.caption) do caption[#caption + 1] = inline end
  end
  img.caption = caption
  local dir, name = path:match('^(.*)/([^/]+)$')
  local found = dir and figure_script(dir, name)
  if not found then return para end
  local script = found.script
  if not used_scripts[script.path] then
    used_scripts[script.path] = { script = script, dir = dir }
    used_order[#used_order + 1] = script.path
  end
  figure_ids[path] = figure_ids[path] or id
  return pandoc.Div({ para, pandoc.Div({ state_line(script, found.index) },
      pandoc.Attr('', { 'figure-state' })) },
    pandoc.Attr('', { 'figure-step' }, {
      ['data-script'] = script.path,
      ['data-state'] = tostring(found.index),
      ['data-states'] = tostring(#script.states) }))
end

-- The data of the site's steppers, one hidden Div per script used.
local function stepper_data(doc)
  for _, path in ipairs(used_order) do
    local used = used_scripts[path]
    local blocks = { pandoc.CodeBlock(book.chomp(used.script.text),
      pandoc.Attr('', { 'python', 'numberLines' })) }
    for k, state in ipairs(used.script.states) do
      local key = used.dir .. '/' .. state.name
      local alias = state.alias and (used.dir .. '/' .. state.alias)
      blocks[#blocks + 1] = pandoc.Div({ state_line(used.script, k) },
        pandoc.Attr('', { 'stepper-state' }, {
          ['data-src'] = 'figures/' .. key .. '.svg',
          ['data-first'] = tostring(state.first),
          ['data-last'] = tostring(state.last),
          ['data-figure'] = figure_ids[key] or (alias and figure_ids[alias])
            or '' }))
    end
    doc.blocks:insert(pandoc.Div(blocks, pandoc.Attr('', { 'stepper-data' },
      { ['data-script'] = path, hidden = 'hidden' })))
  end
  return doc
end

local function reference(link)
  local id = link.target:match('^#(.+)$')
  if #link.content == 0 and id and (numbers[id] or id:match('^fig%-')) then
    link.content = { pandoc.Str(numbers[id] or fail('no figure #' .. id)) }
    return link
  end
end

-- A Div of class panels is one stepper on the site: its figures must all
-- come from one script.
local function panels(div)
  if not div.classes:includes('panels') then return nil end
  local script
  for _, block in ipairs(div.content) do
    local from = block.t == 'Div' and block.classes:includes('figure-step')
      and block.attributes['data-script']
    if from and script and from ~= script then
      fail('the figures of one panels div come from ' .. script .. ' and '
        .. from .. ': one script per panels div')
    end
    script = script or from
  end
  if not script then fail('a panels div holds no figure drawn from a script') end
end

return {
  { Meta = read_label },
  { Para = figure },
  { Div = panels },
  { Link = reference },
  { Pandoc = stepper_data },
}
