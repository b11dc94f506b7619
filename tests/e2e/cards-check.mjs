// Reference check for the Adaptive Card templates in cards/.
//
// For every template cards/<name>.json and each sample cards/samples/<name>.json or <name>.<variant>.json:
//   1. expands it with the reference templating engine (adaptivecards-templating) and writes the result;
//   2. parses, validates and renders it with the reference renderer (adaptivecards) in headless Debian
//      Chromium, collecting parse events, validation events and renderer errors, the input ids, and
//      HTML elements that must never come out of data;
//   3. checks the card version (<= 1.5) and its size (< 28 KB), and saves a PNG screenshot;
//   4. renders it again at 320 and 450 px wide with each Teams host config in host-configs/ (light, dark, high
//      contrast) and measures, in the page, every button (its whole title shows: nothing cut or ellipsed, nothing
//      past the card's edge) and every text (contrast against the background it sits on, at least 4.5:1, WCAG AA),
//      saving a screenshot of each (<screenshots>/layouts/<sample>.<host config>.<width>.png).
// Text is rendered as markdown (markdown-it, as Teams reads TextBlocks and facts): data bound into markdown must
// come out as the characters typed, so the expansion escapes it as the C# binder does (MarkdownText.Escape).
// Writes <out>/report.json and <out>/expanded/<sample>.json; exits 1 when any card has a problem.
//
// Usage: node tests/e2e/cards-check.mjs [--out DIR] [--screenshots DIR]
// Defaults: --out tests/e2e/out, --screenshots tests/e2e/screenshots (both git-ignored).

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { Template } = require("adaptivecards-templating");
const { ExpressionEvaluator, ExpressionFunctions, FunctionUtils, ReturnType } = require("adaptive-expressions");
const { chromium } = require("playwright-core");

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
const cardsDir = path.join(repoRoot, "cards");
const samplesDir = path.join(cardsDir, "samples");

const maxVersion = [1, 5];
const maxBytes = 28 * 1024;
// The narrowest card Teams shows: its mobile app on a small phone.
const mobileWidth = 320;
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// As playground.md says for Debian Chromium run as root; playwright-core adds a fresh profile itself.
const chromiumFlags = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
// Tags that customer text must never turn into (the renderer must show data as text). The cards have no images
// or links of their own; a template that adds one must take its tag off this list.
const forbiddenTags = ["script", "iframe", "img", "b", "a", "object", "embed", "style", "strong", "em", "del", "s", "code", "h1", "h2", "h3", "blockquote", "ol"];

// Microsoft's Teams light and dark host configs, as the Adaptive Cards designer ships them (npm adaptivecards-designer),
// and a high-contrast one of ours (Teams ships none): black, white text, the high-contrast theme's bright colours.
const designerHostConfigs = path.join(path.dirname(require.resolve("adaptivecards-designer/package.json")), "lib", "hostConfigs");
const hostConfigs = [
  { name: "teams-light", file: path.join(designerHostConfigs, "microsoft-teams-light.json") },
  { name: "teams-dark", file: path.join(designerHostConfigs, "microsoft-teams-dark.json") },
  { name: "teams-high-contrast", file: path.join(here, "host-configs", "teams-high-contrast.json") },
].map(({ name, file }) => ({ name, config: JSON.parse(fs.readFileSync(file, "utf8")) }));
// The narrowest Teams card (mobile, a narrow side panel) and the usual chat width.
const widths = [320, 450];
const minContrast = 4.5;

// The same rule as src/ComplaintsBot/Cards/Templating/MarkdownText.cs: CommonMark backslash escapes for the inline
// markers anywhere and the block markers at the start of a line.
function markdownEscape(text, atLineStart) {
  const escapeBlocks = (t) => t.replace(/^([ \t]*)([#>+=-])(?=[ \t#=-]|$)/gm, "$1\\$2").replace(/^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/gm, "$1\\$2");
  const inline = text.replace(/[\\`*_\[\]~]/g, "\\$&");
  if (atLineStart) return escapeBlocks(inline);
  const firstBreak = inline.indexOf("\n");
  return firstBreak < 0 ? inline : inline.slice(0, firstBreak + 1) + escapeBlocks(inline.slice(firstBreak + 1));
}
// adaptivecards-templating looks functions up in the standard table only, so the check's helper goes there.
ExpressionFunctions.standardFunctions.set("markdownEscapeForCheck", new ExpressionEvaluator("markdownEscapeForCheck",
  FunctionUtils.apply((args) => (typeof args[0] === "string" ? markdownEscape(args[0], args[1]) : args[0])), ReturnType.Object));

// Wraps each ${expression} of a string Teams reads as markdown in markdownEscapeForCheck(...), as the C# binder
// escapes what it binds there (a TextBlock's text, a fact's title and value). \${ stays literal.
// A value is at the start of a line when nothing of the template's comes before it, or the template's text before
// it ends a line (after another value it is not), as in the C# binder.
function wrapExpressions(text) {
  let out = "";
  let atLineStart = true;
  for (let i = 0; i < text.length;) {
    if (text[i] === "\\" && text.startsWith("${", i + 1)) { out += text.slice(i, i + 3); i += 3; atLineStart = false; continue; }
    if (text.startsWith("${", i)) {
      let depth = 0, j = i + 2, quote = null;
      for (; j < text.length; j++) {
        const c = text[j];
        if (quote) { if (c === "\\") j++; else if (c === quote) quote = null; continue; }
        if (c === "'" || c === '"') quote = c;
        else if (c === "{") depth++;
        else if (c === "}") { if (depth === 0) break; depth--; }
      }
      const source = text.slice(i + 2, j);
      if (j < text.length && source.trim().length > 0) {
        out += "${markdownEscapeForCheck(" + source + ", " + atLineStart + ")}";
        i = j + 1;
        atLineStart = false;
        continue;
      }
    }
    atLineStart = text[i] === "\n";
    out += text[i]; i++;
  }
  return out;
}

function escapeMarkdownBindings(node, inFacts = false) {
  if (Array.isArray(node)) return node.map((item) => escapeMarkdownBindings(item, inFacts));
  if (!node || typeof node !== "object") return node;
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    const markdown = (key === "text" && node.type === "TextBlock") || (inFacts && (key === "title" || key === "value"));
    result[key] = markdown && typeof value === "string" ? wrapExpressions(value) : escapeMarkdownBindings(value, key === "facts");
  }
  return result;
}

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

const outDir = option("--out", path.join(here, "out"));
const screenshotDir = option("--screenshots", path.join(here, "screenshots"));

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${path.relative(repoRoot, file)}: not valid JSON (${e.message})`);
  }
}

function samplesOf(name) {
  return fs.readdirSync(samplesDir)
    .filter((f) => f === `${name}.json` || (f.startsWith(`${name}.`) && f.endsWith(".json")
      && !f.slice(name.length + 1, -5).includes(".") && !fs.existsSync(path.join(cardsDir, f))))
    .sort()
    .map((f) => ({ sample: f.slice(0, -5), file: path.join(samplesDir, f) }));
}

function versionWithinLimit(version) {
  const match = /^(\d+)\.(\d+)$/.exec(String(version ?? ""));
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major < maxVersion[0] || (major === maxVersion[0] && minor <= maxVersion[1]);
}

// Serves only the renderer bundle and a blank page, on loopback.
function startServer() {
  const bundle = require.resolve("adaptivecards/dist/adaptivecards.min.js");
  const css = path.join(path.dirname(bundle), "adaptivecards.css");
  const markdown = require.resolve("markdown-it/dist/markdown-it.min.js");
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>cards</title>
<link rel="stylesheet" href="/adaptivecards.css">
<style>body{margin:0;padding:16px;background:#f5f5f5;font-family:"Segoe UI",system-ui,sans-serif}
#host{width:480px;background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:0}</style>
<script src="/markdown-it.js"></script><script src="/adaptivecards.js"></script></head><body><div id="host"></div></body></html>`;
  const routes = {
    "/": ["text/html", () => page],
    "/adaptivecards.js": ["text/javascript", () => fs.readFileSync(bundle)],
    "/adaptivecards.css": ["text/css", () => fs.readFileSync(css)],
    "/markdown-it.js": ["text/javascript", () => fs.readFileSync(markdown)],
  };
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url, "http://127.0.0.1").pathname];
    if (!route) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": route[0] });
    res.end(route[1]());
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Runs in the page: parse, validate and render one card with the reference renderer.
function renderInPage({ card, forbidden, hostConfig, width, minContrast }) {
  const AC = window.AdaptiveCards;
  const host = document.getElementById("host");
  host.innerHTML = "";
  host.style.width = width ? `${width}px` : "480px";
  // Host configs write colours #AARRGGBB; CSS reads 8 digits as #RRGGBBAA.
  const css = (c) => (/^#[0-9a-f]{8}$/i.test(c) ? `#${c.slice(3)}` : c);
  host.style.background = hostConfig ? css(hostConfig.containerStyles.default.backgroundColor) : "#fff";
  const describe = (e) => `${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`;
  const result = { parseEvents: [], validationEvents: [], renderErrors: [], inputIds: [], forbiddenElements: [] };
  try {
    const adaptiveCard = new AC.AdaptiveCard();
    if (hostConfig) adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
    const context = new AC.SerializationContext();
    adaptiveCard.parse(card, context);
    for (let i = 0; i < context.eventCount; i++) result.parseEvents.push(describe(context.getEventAt(i)));
    // The 1.5 schema, from the renderer's own object model: every property of every element, action, fact and
    // choice must be one Adaptive Cards 1.5 defines for it (the renderer itself ignores unknown ones silently).
    result.schemaProblems = [];
    schemaCheck(card, "card", null);
    const validation = adaptiveCard.validateProperties();
    for (const e of validation.validationEvents) result.validationEvents.push(describe(e));
    result.inputIds = adaptiveCard.getAllInputs(true).map((input) => input.id);
    result.parsedVersion = adaptiveCard.version ? adaptiveCard.version.toString() : null;
    const element = adaptiveCard.render();
    if (!element) {
      result.renderErrors.push("render() returned nothing");
    } else {
      host.appendChild(element);
      for (const tag of forbidden) {
        if (element.querySelector(tag)) result.forbiddenElements.push(tag);
      }
      // Buttons cut and text hard to read, in each Teams host config.
      if (hostConfig) measure(element);
      // What sticks out past the card's right edge at this width (a phone is 320 px): it would be cut off or scroll sideways.
      const edge = host.getBoundingClientRect().right + 1;
      result.overflow = [];
      for (const e of [element, ...element.querySelectorAll("*")]) {
        const box = e.getBoundingClientRect();
        if (box.width > 0 && box.right > edge && !e.closest("[aria-hidden='true']")) {
          result.overflow.push(`${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).split(" ")[0] : ""} "${(e.textContent || "").trim().slice(0, 40)}" ends at ${Math.round(box.right - edge + 1)} px past the edge`);
        }
      }
      for (const e of element.querySelectorAll("*")) {
        if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).textOverflow === "ellipsis" && !e.closest("select")) {
          result.overflow.push(`${e.tagName.toLowerCase()} "${(e.textContent || "").trim().slice(0, 40)}" is cut off with an ellipsis`);
        }
      }
      if (element.scrollWidth > element.clientWidth + 1) result.overflow.push(`the card scrolls sideways (${element.scrollWidth} px wide in ${element.clientWidth})`);
    }
  } catch (e) {
    result.renderErrors.push(String(e && e.stack ? e.stack : e));
  }
  return result;

  function schemaCheck(node, where, parentKey) {
    // Properties the object model reads itself rather than through its property schema (collections, fallback).
    const collections = new Set(["body", "actions", "items", "columns", "inlines", "card", "fallback", "facts", "choices"]);
    if (Array.isArray(node)) { node.forEach((item, i) => schemaCheck(item, `${where}[${i}]`, parentKey)); return; }
    if (!node || typeof node !== "object") return;
    const v15 = AC.Versions.v1_5;
    let instance = null;
    if (typeof node.type === "string") {
      instance = node.type === "AdaptiveCard" ? new AC.AdaptiveCard() : node.type === "Column" ? new AC.Column()
        : AC.GlobalRegistry.elements.createInstance(node.type, v15) ?? AC.GlobalRegistry.actions.createInstance(node.type, v15);
      if (!instance) result.schemaProblems.push(`${where}: "${node.type}" is not an Adaptive Cards 1.5 type`);
    } else if (parentKey === "facts") {
      instance = new AC.Fact();
    } else if (parentKey === "choices") {
      instance = new AC.Choice();
    }
    if (instance) {
      const schema = instance.getSchema();
      const known = new Map();
      for (let i = 0; i < schema.getCount(); i++) known.set(schema.getItemAt(i).name, schema.getItemAt(i).targetVersion);
      for (const key of Object.keys(node)) {
        if (key === "type" || key === "$schema" || collections.has(key)) continue;
        const version = known.get(key);
        if (!version) result.schemaProblems.push(`${where}: ${node.type ?? parentKey} has no property "${key}" in Adaptive Cards 1.5`);
        else if (version.major > 1 || (version.major === 1 && version.minor > 5)) result.schemaProblems.push(`${where}.${key} needs Adaptive Cards ${version}`);
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === "object") schemaCheck(value, `${where}.${key}`, key);
    }
  }

  // Every visible button shows its whole title inside the card; every visible text reads against its background.
  function measure(card) {
    result.cutButtons = [];
    result.lowContrast = [];
    result.buttonCount = 0;
    const cardBox = card.getBoundingClientRect();
    for (const button of card.querySelectorAll("button")) {
      if (!button.offsetParent) continue;
      result.buttonCount++;
      const box = button.getBoundingClientRect();
      const title = (button.textContent || button.getAttribute("aria-label") || "").trim();
      const clipped = [button, ...button.querySelectorAll("*")].some((e) => e.scrollWidth > e.clientWidth + 1);
      if (clipped || box.right > cardBox.right + 0.5 || box.left < cardBox.left - 0.5) {
        result.cutButtons.push(`"${title}" (${Math.round(box.width)} px, needs ${button.scrollWidth} px)`);
      }
    }
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const ch = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const background = (e) => {
      for (let n = e; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length >= 3 && (c.length < 4 || c[3] > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const texts = card.querySelectorAll(".ac-textBlock, .ac-textBlock *, .ac-richTextBlock span, .ac-factset td, .ac-factset td *");
    for (const e of texts) {
      if (!e.offsetParent) continue;
      const own = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
      // The renderer's own "*" after a required input's label is the host's, not the card's.
      if (!own || own === "*") continue;
      const under = background(e);
      const [r, g, b, a = 1] = rgb(getComputedStyle(e).color);
      const fg = luminance([r, g, b].map((v, i) => v * a + under[i] * (1 - a)));
      const bg = luminance(under);
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < minContrast) result.lowContrast.push(`"${own.slice(0, 40)}" ${getComputedStyle(e).color} on ${getComputedStyle(e).backgroundColor} ratio ${ratio.toFixed(2)}`);
    }
  }
}

async function main() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  fs.mkdirSync(path.join(outDir, "expanded"), { recursive: true });
  fs.mkdirSync(screenshotDir, { recursive: true });

  const templates = fs.readdirSync(cardsDir).filter((f) => f.endsWith(".json")).sort();
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  const report = { generatedBy: "tests/e2e/cards-check.mjs", maxBytes, maxVersion: maxVersion.join("."), cards: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 560, height: 900 }, deviceScaleFactor: 1 });
    const blocked = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost")) return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") pageErrors.push(`console ${m.type()}: ${m.text()}`); });
    await page.goto(origin + "/");
    await page.waitForFunction(() => !!window.AdaptiveCards);
    // Teams reads TextBlocks and facts as markdown: the page does too (markdown-it, raw HTML off), so data that
    // would turn into markup if it were not escaped shows up as a forbidden element.
    await page.waitForFunction(() => !!window.markdownit);
    fs.mkdirSync(path.join(screenshotDir, "layouts"), { recursive: true });

    for (const templateFile of templates) {
      const name = templateFile.slice(0, -5);
      const template = readJson(path.join(cardsDir, templateFile));
      const samples = samplesOf(name);
      if (samples.length === 0) {
        report.cards.push({ template: name, sample: null, problems: [`no sample data: add cards/samples/${name}.json`] });
        continue;
      }
      for (const { sample, file } of samples) {
        const entry = { template: name, sample, problems: [] };
        report.cards.push(entry);
        let expanded;
        try {
          const engine = new Template(escapeMarkdownBindings(template));
          expanded = engine.expand({ $root: readJson(file) });
        } catch (e) {
          entry.problems.push(`templating failed: ${e.message}`);
          continue;
        }
        const text = JSON.stringify(expanded, null, 2);
        entry.expanded = path.join("expanded", `${sample}.json`);
        fs.writeFileSync(path.join(outDir, entry.expanded), text + "\n");
        entry.sizeBytes = Buffer.byteLength(JSON.stringify(expanded), "utf8");
        entry.version = expanded.version ?? null;
        if (!versionWithinLimit(entry.version)) entry.problems.push(`version ${entry.version} is not 1.5 or lower`);
        if (entry.sizeBytes >= maxBytes) entry.problems.push(`size ${entry.sizeBytes} bytes is not under ${maxBytes}`);

        // Teams on a phone gives a card 320 px: rendered there first, to record what does not fit.
        const narrow = await page.evaluate(renderInPage, { card: expanded, forbidden: forbiddenTags, width: mobileWidth });
        entry.overflowAtMobileWidth = narrow.overflow ?? [];
        entry.mobileScreenshot = path.join(screenshotDir, `${sample}.${mobileWidth}px.png`);
        await page.locator("#host").screenshot({ path: entry.mobileScreenshot });

        pageErrors.length = 0;
        const rendered = await page.evaluate(renderInPage, { card: expanded, forbidden: forbiddenTags, width: 480 });
        delete rendered.overflow;
        Object.assign(entry, rendered);
        entry.renderErrors.push(...pageErrors);
        for (const e of entry.parseEvents) entry.problems.push(`parse: ${e}`);
        for (const e of entry.validationEvents) entry.problems.push(`validation: ${e}`);
        for (const e of entry.schemaProblems ?? []) entry.problems.push(`schema 1.5: ${e}`);
        for (const e of entry.renderErrors) entry.problems.push(`render: ${e}`);
        for (const tag of entry.forbiddenElements) entry.problems.push(`data became a <${tag}> element`);
        const badIds = entry.inputIds.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id));
        if (badIds.length) entry.problems.push(`input ids not plain camelCase: ${badIds.join(", ")}`);
        if (new Set(entry.inputIds).size !== entry.inputIds.length) entry.problems.push("duplicate input ids");

        entry.screenshot = path.join(screenshotDir, `${sample}.png`);
        await page.locator("#host").screenshot({ path: entry.screenshot });

        entry.layouts = [];
        for (const { name: hostConfigName, config } of hostConfigs) {
          for (const width of widths) {
            const measured = await page.evaluate(renderInPage, { card: expanded, forbidden: forbiddenTags, hostConfig: config, width, minContrast });
            const layout = { hostConfig: hostConfigName, width, buttons: measured.buttonCount ?? 0, cutButtons: measured.cutButtons ?? [], lowContrast: measured.lowContrast ?? [] };
            layout.screenshot = path.join(screenshotDir, "layouts", `${sample}.${hostConfigName}.${width}.png`);
            await page.locator("#host").screenshot({ path: layout.screenshot });
            entry.layouts.push(layout);
            for (const b of layout.cutButtons) entry.problems.push(`${hostConfigName} at ${width} px: button cut: ${b}`);
            for (const t of layout.lowContrast) entry.problems.push(`${hostConfigName} at ${width} px: hard to read: ${t}`);
            for (const e of measured.renderErrors) entry.problems.push(`${hostConfigName} at ${width} px: render: ${e}`);
          }
        }
      }
    }
    report.blockedRequests = blocked;
  } finally {
    await browser.close();
    server.close();
  }

  fs.writeFileSync(path.join(outDir, "report.json"), JSON.stringify(report, null, 2) + "\n");
  let failed = 0;
  for (const card of report.cards) {
    const ok = card.problems.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? "ok  " : "FAIL"} ${card.sample ?? card.template}${card.sizeBytes ? ` (${card.sizeBytes} bytes, v${card.version})` : ""}`);
    for (const p of card.problems) console.log(`       ${p}`);
  }
  console.log(`cards: ${report.cards.length - failed} passed, ${failed} failed; report in ${path.relative(process.cwd(), outDir) || "."}`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(`cards-check: ${e.stack || e}`);
  process.exitCode = 2;
});
