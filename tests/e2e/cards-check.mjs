// Reference check for the Adaptive Card templates in cards/.
//
// For every template cards/<name>.json and each sample cards/samples/<name>.json or <name>.<variant>.json:
//   1. expands it with the reference templating engine (adaptivecards-templating) and writes the result;
//   2. parses, validates and renders it with the reference renderer (adaptivecards) in headless Debian
//      Chromium, collecting parse events, validation events and renderer errors, the input ids, and
//      HTML elements that must never come out of data;
//   3. checks the card version (<= 1.5) and its size (< 28 KB), and saves a PNG screenshot.
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
const forbiddenTags = ["script", "iframe", "img", "b", "a", "object", "embed", "style"];

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
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>cards</title>
<link rel="stylesheet" href="/adaptivecards.css">
<style>body{margin:0;padding:16px;background:#f5f5f5;font-family:"Segoe UI",system-ui,sans-serif}
#host{width:480px;background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:0}</style>
<script src="/adaptivecards.js"></script></head><body><div id="host"></div></body></html>`;
  const routes = {
    "/": ["text/html", () => page],
    "/adaptivecards.js": ["text/javascript", () => fs.readFileSync(bundle)],
    "/adaptivecards.css": ["text/css", () => fs.readFileSync(css)],
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
function renderInPage({ card, forbidden, width }) {
  const AC = window.AdaptiveCards;
  const host = document.getElementById("host");
  host.innerHTML = "";
  host.style.width = `${width}px`;
  const describe = (e) => `${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`;
  const result = { parseEvents: [], validationEvents: [], renderErrors: [], inputIds: [], forbiddenElements: [] };
  try {
    const adaptiveCard = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    adaptiveCard.parse(card, context);
    for (let i = 0; i < context.eventCount; i++) result.parseEvents.push(describe(context.getEventAt(i)));
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
    // The cards must read well without markdown (customer text must never be taken as markdown), so the
    // page renders every TextBlock as plain text; this also stops the renderer's "no markdown" warning.
    await page.evaluate(() => { window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (_text, result) => { result.didProcess = false; }; });

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
          const engine = new Template(template);
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
        for (const e of entry.renderErrors) entry.problems.push(`render: ${e}`);
        for (const tag of entry.forbiddenElements) entry.problems.push(`data became a <${tag}> element`);
        const badIds = entry.inputIds.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id));
        if (badIds.length) entry.problems.push(`input ids not plain camelCase: ${badIds.join(", ")}`);
        if (new Set(entry.inputIds).size !== entry.inputIds.length) entry.problems.push("duplicate input ids");

        entry.screenshot = path.join(screenshotDir, `${sample}.png`);
        await page.locator("#host").screenshot({ path: entry.screenshot });
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
