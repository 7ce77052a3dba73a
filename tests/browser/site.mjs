// The built site in a real browser: headless Chromium, driven through the
// DevTools protocol by playwright-core.
//
//   node tests/browser/site.mjs build/book/html [--screenshots DIR]
//
// Every page is opened from file:// at 1200 px and at 390 px (a phone):
// no console error, no failed request, no horizontal scroll on the phone;
// every link to the site resolves to a page and, when it names one, an
// element with that id; every image loaded.  Search finds the words a
// reader would look up and its first result opens the section that has
// them, from file:// and from a web server (a small one, started here).
// A figure's stepper walks forward and back, with the buttons and
// the arrow keys, and highlights the script's line that made each state.
// At 1200 px and at 1920 px (the stepper beside its script) every figure
// is shown at its own width or at the text column's, 696 px, the width
// tests/figures-legible checks its type at, never narrower.
// Exits 1 with every failure listed.

import { chromium } from "playwright-core";
import { existsSync, readdirSync, readFileSync, rmSync, statSync }
  from "node:fs";
import { createServer } from "node:http";
import { resolve, join, extname } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { tmpdir } from "node:os";

const args = process.argv.slice(2);
const site = resolve(args[0] || "build/book/html");
const shotsAt = args.indexOf("--screenshots");
const shots = shotsAt >= 0 ? resolve(args[shotsAt + 1]) : null;
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

// The words search must find, and a word of the section it must open.
const SEARCHES = [
  { query: "usedpools", page: "02-heap-allocator.html" },
  { query: "ob_refcnt", page: null },
  { query: "gc_refs", page: "05-", optional: true },  // once chapter 5 exists
];

const pages = readdirSync(site).filter((f) => f.endsWith(".html")).sort();
if (!pages.length) {
  console.error(`tests/browser: no HTML pages in ${site}`);
  process.exit(1);
}

const profile = join(tmpdir(), `book-browser-${process.pid}`);
rmSync(profile, { recursive: true, force: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync"],
  viewport: { width: 1200, height: 900 },
});
// Nothing outside the site is fetched: links to GitHub are only links.
await context.route(/^(?!file:|http:\/\/127\.0\.0\.1:)/,
  (route) => route.abort());

// The site served over HTTP, as `make serve` does.
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css",
  ".js": "text/javascript", ".svg": "image/svg+xml", ".png": "image/png" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = join(site, path.endsWith("/") ? path + "index.html" : path);
  if (!file.startsWith(site) || !existsSync(file) ||
      statSync(file).isDirectory()) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ||
    "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const HTTP = `http://127.0.0.1:${server.address().port}/`;

const started = Date.now();
const ids = new Map();     // page -> Set of ids
const links = [];          // {from, page, id}

// The width tests/figures-legible takes the site's figures to have.
const FIGURE_COLUMN = 696;
async function figuresShownWide(page, name, width) {
  const narrow = await page.evaluate((column) =>
    // A stepper's panels other than the one shown are hidden: not shown
    // at all, so not shown narrow.
    [...document.querySelectorAll("figure img")].filter((i) =>
      i.naturalWidth && i.getClientRects().length > 0 &&
      i.clientWidth < Math.min(i.naturalWidth, column) - 1)
      .map((i) => `${i.getAttribute("src")} ${i.clientWidth} px of ` +
        `${i.naturalWidth}`), FIGURE_COLUMN);
  for (const n of narrow) {
    fail(name, `${width} px: a figure shown narrower than ` +
      `${FIGURE_COLUMN} px: ${n}`);
  }
}

async function openPage(page, name, base) {
  const errors = [];
  page.removeAllListeners("console");
  page.removeAllListeners("pageerror");
  page.removeAllListeners("requestfailed");
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("requestfailed", (r) => {
    if (r.url().startsWith("file:")) errors.push(`failed to load ${r.url()}`);
  });
  const url = base ? base + name : pathToFileURL(join(site, name)).href;
  await page.goto(url, { waitUntil: "load" });
  return errors;
}

const page = await context.newPage();
for (const name of pages) {
  const errors = await openPage(page, name);
  const found = await page.evaluate(() => ({
    ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
    links: [...document.querySelectorAll("a[href]")].map((a) => a.href),
    images: [...document.images].filter((i) => !i.complete || !i.naturalWidth)
      .map((i) => i.getAttribute("src")),
  }));
  await figuresShownWide(page, name, 1200);
  ids.set(name, new Set(found.ids));
  for (const href of found.links) {
    if (!href.startsWith("file:")) continue;
    const url = new URL(href);
    const file = fileURLToPath(url);
    if (!existsSync(file)) { fail(name, `broken link ${href}`); continue; }
    if (url.hash && file.endsWith(".html")) {
      links.push({ from: name, page: file.slice(site.length + 1),
        id: decodeURIComponent(url.hash.slice(1)) });
    }
  }
  for (const src of found.images) fail(name, `image not loaded: ${src}`);
  for (const e of errors) fail(name, `console: ${e}`);
  if (shots) await page.screenshot({ path: join(shots, `1200-${name}.png`) });
}
for (const l of links) {
  const known = ids.get(l.page);
  if (known && !known.has(l.id)) fail(l.from, `no #${l.id} in ${l.page}`);
}

// Wide: the stepper beside its script keeps the figure as wide.
await page.setViewportSize({ width: 1920, height: 1000 });
for (const name of pages) {
  if (!readFileSync(join(site, name), "utf8").includes("<figure")) continue;
  await openPage(page, name);
  await figuresShownWide(page, name, 1920);
}

// On the phone, a tap opens a figure shown smaller than drawn at its own
// size, the size tests/figures-legible checks; a second tap closes it.
async function tapOpensFullSize(page, name) {
  const img = page.locator("figure img").filter({ visible: true });
  const n = await img.count();
  for (let i = 0; i < n; i++) {
    const small = await img.nth(i).evaluate((e) =>
      e.clientWidth < e.naturalWidth - 1);
    if (!small) continue;
    await img.nth(i).scrollIntoViewIfNeeded();
    await img.nth(i).click();
    const full = await page.evaluate(() => {
      const f = document.querySelector(".figure-full img");
      return f && { shown: f.clientWidth, drawn: f.naturalWidth };
    });
    if (!full) fail(name, "390 px: a tap on a figure opened nothing");
    else if (Math.abs(full.shown - full.drawn) > 1) {
      fail(name, `390 px: the opened figure is ${full.shown} px, drawn ` +
        `${full.drawn}`);
    }
    await page.mouse.click(5, 5);
    if (await page.locator(".figure-full").count()) {
      fail(name, "390 px: a second tap did not close the figure");
    }
    return true;
  }
  return false;
}

// The phone: nothing wider than the screen.
let tapped = false;
await page.setViewportSize({ width: 390, height: 844 });
for (const name of pages) {
  const errors = await openPage(page, name);
  const wide = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll("body *")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.right > w + 1 && getComputedStyle(e).position !== "fixed" &&
        !e.closest("pre, .sourceCode, table, [hidden]");
    }).slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scroll: document.documentElement.scrollWidth, width: w, over };
  });
  if (wide.scroll > wide.width) {
    fail(name, `390 px: the page scrolls sideways (${wide.scroll} px wide;` +
      ` ${wide.over.join(", ")})`);
  }
  for (const e of errors) fail(name, `console at 390 px: ${e}`);
  if (shots) await page.screenshot({ path: join(shots, `390-${name}.png`) });
  if (!tapped) tapped = await tapOpensFullSize(page, name);
}
if (!tapped) fail("phone", "no figure is shown smaller than drawn at 390 px");
await page.setViewportSize({ width: 1200, height: 900 });

// Search, from the page that is farthest from the answer, from the disk
// and from the server.
for (const [s, base] of SEARCHES.flatMap((s) => [[s, null], [s, HTTP]])) {
  if (s.optional && !pages.some((p) => p.startsWith(s.page))) continue;
  const errors = await openPage(page, pages[0], base);
  const where = base ? "search over HTTP" : "search";
  await page.fill("form.search input", s.query);
  const first = page.locator(".search-results a").first();
  try {
    await first.waitFor({ timeout: 5000 });
  } catch {
    fail(where, `no result for "${s.query}"`);
    for (const e of errors) fail(where, `console: ${e}`);
    continue;
  }
  const href = await first.getAttribute("href");
  await Promise.all([page.waitForURL((u) => u.href.includes(href)),
    first.click()]);
  const landed = await page.evaluate((query) => {
    const id = decodeURIComponent(location.hash.slice(1));
    const heading = id && document.getElementById(id);
    if (!heading) return { ok: false, why: `no element #${id}` };
    // The section: the heading and what follows it up to the next heading.
    let text = heading.textContent, el = heading.nextElementSibling;
    while (el && !/^H[1-3]$/.test(el.tagName)) {
      text += el.textContent;
      el = el.nextElementSibling;
    }
    const top = heading.getBoundingClientRect().top;
    return { ok: text.includes(query), why: `#${id} does not mention it`,
      visible: top >= 0 && top < innerHeight };
  }, s.query);
  if (!landed.ok) fail(where, `"${s.query}" opened ${href}: ${landed.why}`);
  else if (!landed.visible) {
    fail(where, `"${s.query}": ${href} is not in view`);
  }
  for (const e of errors) fail(where, `console: ${e}`);
  if (s.page && !href.startsWith(s.page)) {
    fail(where, `"${s.query}": first result ${href}, not in ${s.page}`);
  }
}

// The stepper: the first figure with more than one state.
{
  let tested = false;
  for (const name of pages) {
    const html = readFileSync(join(site, name), "utf8");
    if (!html.includes("figure-step")) continue;
    await openPage(page, name);
    const stepper = page.locator(".stepper").first();
    if (!(await stepper.count())) {
      fail(name, "a figure has states but no stepper");
      break;
    }
    const state = () => stepper.evaluate((el) => ({
      src: el.querySelector("img").getAttribute("src"),
      n: el.querySelector(".stepper-count").textContent,
      lines: [...el.querySelectorAll(".stepper-source .hl")]
        .map((l) => l.dataset.line).join(","),
    }));
    const s0 = await state();
    if (!s0.lines) fail(name, "stepper: no line highlighted at the start");
    await stepper.locator("button.stepper-next").click();
    const s1 = await state();
    const says = (what) => fail(name, `stepper: ${what}`);
    if (s1.src === s0.src) says("Next did not change the figure");
    if (s1.n === s0.n) says("Next did not change the state number");
    if (!s1.lines || s1.lines === s0.lines) {
      says("Next did not move the highlighted line");
    }
    await page.keyboard.press("ArrowLeft");
    const s2 = await state();
    if (s2.src !== s0.src || s2.lines !== s0.lines) {
      says("ArrowLeft did not go back");
    }
    await page.keyboard.press("ArrowRight");
    const s3 = await state();
    if (s3.src !== s1.src) says("ArrowRight did not go forward");
    await stepper.locator("button.stepper-prev").click();
    if ((await state()).src !== s0.src) says("Previous did not go back");
    tested = true;
    break;
  }
  if (!tested) fail("stepper", "no page has a figure stepper");
}

await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`tests/browser: ${failures.length} failure(s):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`tests/browser: ${pages.length} pages at 1200 and 390 px, ` +
  `${links.length} anchors, search, stepper: all fine (${seconds} s)`);
