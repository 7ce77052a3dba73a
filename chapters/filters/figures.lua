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

local book = dofile((PANDOC_SCRIPT_FILE:gsub('[^/]*$', '')) .. 'common.lua')

local function fail(message) book.fail('figures', message) end

local prefix = ''      -- "1." in chapter 1, "A." in appendix A
local numbers = {}     -- figure id -> "Figure 1.3"
local count = 0

local function read_label(meta)
  local label = pandoc.utils.stringify(meta.label or '')
  local n = label:match('^Chapter%s+(%S+)$')
    or label:match('^Appendix%s+(%S+)$')
  prefix = n and (n .. '.') or ''
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
  return para
end

local function reference(link)
  local id = link.target:match('^#(.+)$')
  if #link.content == 0 and id and (numbers[id] or id:match('^fig%-')) then
    link.content = { pandoc.Str(numbers[id] or fail('no figure #' .. id)) }
    return link
  end
end

return {
  { Meta = read_label },
  { Para = figure },
  { Link = reference },
}
