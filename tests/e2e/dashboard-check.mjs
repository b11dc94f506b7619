// Opens the ComplaintsBot dashboard in headless Chromium, waits until it has drawn, and reports what it drew
// (every SVG bar's data attributes, the tiles, the overdue table, the local-user banner) next to what the
// dashboard API returned, then saves a screenshot. Requests beyond loopback are blocked.
// Usage: node dashboard-check.mjs --url <dashboard url> --out <report.json> --screenshot <file.png>
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

function option(name) {
  const i = process.argv.indexOf(name);
  if (i < 0 || !process.argv[i + 1]) throw new Error(`missing ${name}`);
  return process.argv[i + 1];
}

const url = option("--url");
const out = path.resolve(option("--out"));
const screenshot = path.resolve(option("--screenshot"));
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const chromiumFlags = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
const report = { blockedRequests: [], consoleErrors: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
  await context.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === "127.0.0.1" || host === "localhost") return route.continue();
    report.blockedRequests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => { if (message.type() === "error") report.consoleErrors.push(message.text()); });
  page.on("pageerror", (error) => report.consoleErrors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 30000 });
  Object.assign(report, await page.evaluate(async () => {
    const query = window.location.search;
    const get = async (name) => (await fetch(`/dashboard/api/${name}${query}`)).json();
    const bars = [...document.querySelectorAll("svg rect.bar")].map((bar) => ({
      chart: bar.closest("svg").id, series: bar.dataset.series, label: bar.dataset.label, value: bar.dataset.value,
      height: Number(bar.getAttribute("height")),
    }));
    const tiles = Object.fromEntries([...document.querySelectorAll(".tile .value")].map((t) => [t.id, t.dataset.value]));
    const overdue = [...document.querySelectorAll("#overdue tbody tr")].map((tr) => [...tr.cells].map((td) => td.textContent));
    const banner = document.getElementById("local-user-banner");
    const problem = document.getElementById("problem");
    return {
      bars, tiles, overdue,
      banner: banner.hidden ? null : banner.textContent,
      problem: problem.hidden ? null : problem.textContent,
      period: document.getElementById("period").textContent,
      api: { summary: await get("summary"), trend: await get("trend"), overdue: await get("overdue") },
    };
  }));
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  report.screenshot = screenshot;
} finally {
  await browser.close();
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`dashboard: ${report.bars?.length ?? 0} bars, screenshot ${screenshot}`);
