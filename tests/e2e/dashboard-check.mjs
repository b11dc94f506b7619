// Opens the ComplaintsBot dashboard in headless Chromium, waits until it has drawn, and reports what it drew
// (every SVG bar's data attributes, the tiles, the overdue table, the local-user banner) next to what the
// dashboard API returned, then saves a screenshot. Requests beyond loopback are blocked.
// With --apply name=value (repeatable) it then sets those filters in the page's form and presses Apply, as a person
// would; with --follow it clicks the first bar of the category chart through to its cases, and the first case there
// through to its detail page, screenshotting each (beside --screenshot, suffixed -filtered, -cases, -case).
// Usage: node dashboard-check.mjs --url <dashboard url> --out <report.json> --screenshot <file.png> [--apply k=v ...] [--follow]
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
const applies = process.argv.flatMap((arg, i) => (arg === "--apply" ? [process.argv[i + 1]] : []));
const follow = process.argv.includes("--follow");
const shot = (suffix) => screenshot.replace(/\.png$/, `${suffix}.png`);

// What the dashboard drew, next to what its API returns for the same URL.
async function readDashboard(page) {
  return page.evaluate(async () => {
    const query = window.location.search;
    const get = async (name) => (await fetch(`/dashboard/api/${name}${query}`)).json();
    const bars = [...document.querySelectorAll("svg rect.bar")].map((bar) => ({
      chart: bar.closest("svg").id, series: bar.dataset.series, label: bar.dataset.label, value: bar.dataset.value,
      height: Number(bar.getAttribute("height")), href: bar.closest("a")?.getAttribute("href") ?? null,
    }));
    const tiles = Object.fromEntries([...document.querySelectorAll(".tile .value")].map((t) => [t.id, t.dataset.value]));
    const overdue = [...document.querySelectorAll("#overdue tbody tr")].map((tr) => [...tr.cells].map((td) => td.textContent));
    const tenure = [...document.querySelectorAll("#tsm-tenure tbody tr")].map((tr) => ({
      cells: [...tr.cells].map((td) => td.textContent), href: tr.querySelector("a")?.getAttribute("href") ?? null }));
    const overdueLinks = [...document.querySelectorAll("#overdue tbody a.case-link")].map((a) => a.getAttribute("href"));
    // Each chart's axis labels as drawn on screen, and any two whose boxes overlap.
    const axes = {};
    for (const svg of document.querySelectorAll("svg")) {
      const labels = [...svg.querySelectorAll("text.axis-label")].map((t) => {
        const r = t.getBoundingClientRect();
        return { key: t.dataset.label, text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
      });
      const overlaps = [];
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push([a.text, b.text]);
      }));
      axes[svg.id] = { labels, overlaps };
    }
    const lines = [...document.querySelectorAll("svg line[data-line]")].map((l) => ({ chart: l.closest("svg").id, line: l.dataset.line, value: l.dataset.value }));
    const filters = Object.fromEntries([...document.querySelectorAll("#filters select, #filters input")].map((f) => [f.name, f.value]));
    const banner = document.getElementById("local-user-banner");
    const problem = document.getElementById("problem");
    const period = document.getElementById("period");
    return {
      location: window.location.pathname + window.location.search,
      bars, tiles, tenure, overdue, overdueLinks, axes, lines, filters,
      exports: { xlsx: document.getElementById("export-xlsx").getAttribute("href"), csv: document.getElementById("export-csv").getAttribute("href") },
      banner: banner.hidden ? null : banner.textContent,
      problem: problem.hidden ? null : problem.textContent,
      period: period.textContent, periodFrom: period.dataset.from, periodTo: period.dataset.to,
      api: { summary: await get("summary"), trend: await get("trend"), overdue: await get("overdue") },
    };
  });
}
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
  await page.waitForSelector("body[data-ready='true']", { timeout: 60000 });
  Object.assign(report, await readDashboard(page));
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  report.screenshot = screenshot;

  if (applies.length > 0) {
    for (const pair of applies) {
      const [name, value] = pair.split("=");
      const field = page.locator(`#filters [name='${name}']`);
      if ((await field.evaluate((f) => f.tagName)) === "SELECT") await field.selectOption(value);
      else await field.fill(value);
    }
    await Promise.all([page.waitForURL((u) => applies.every((p) => u.search.includes(p.split("=")[0] + "="))), page.click("#apply")]);
    await page.waitForSelector("body[data-ready='true']", { timeout: 60000 });
    report.filtered = await readDashboard(page);
    await page.screenshot({ path: shot("-filtered"), fullPage: true });
    report.filtered.screenshot = shot("-filtered");
  }

  if (follow) {
    const bar = page.locator("#chart-categories a").first();
    report.followedBar = { label: await bar.locator("rect").getAttribute("data-label"), value: await bar.locator("rect").getAttribute("data-value") };
    await Promise.all([page.waitForURL((u) => u.search.includes("by=category")), bar.click()]);
    await page.waitForSelector("body[data-ready='true']", { timeout: 60000 });
    report.cases = await page.evaluate(() => ({
      location: window.location.pathname + window.location.search,
      title: document.getElementById("drill-title").textContent,
      total: document.getElementById("drill").dataset.total,
      rows: [...document.querySelectorAll("#drill-cases tbody tr")].map((tr) => [...tr.cells].map((td) => td.textContent)),
      problem: document.getElementById("problem").hidden ? null : document.getElementById("problem").textContent,
    }));
    await page.screenshot({ path: shot("-cases"), fullPage: true });
    const first = page.locator("#drill-cases a.case-link").first();
    report.followedCase = await first.textContent();
    await Promise.all([page.waitForURL((u) => u.pathname === "/dashboard/case"), first.click()]);
    await page.waitForSelector("body[data-ready='true']", { timeout: 60000 });
    report.casePage = await page.evaluate(() => {
      const table = (id) => [...document.querySelectorAll(`#${id} tbody tr`)].map((tr) => [...tr.cells].map((td) => td.textContent));
      return {
        location: window.location.pathname + window.location.search,
        title: document.getElementById("title").textContent,
        facts: table("facts"), deadlines: table("deadlines"), stages: table("stages"), trail: table("trail"),
        problem: document.getElementById("problem").hidden ? null : document.getElementById("problem").textContent,
      };
    });
    await page.screenshot({ path: shot("-case"), fullPage: true });
  }
} finally {
  await browser.close();
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`dashboard: ${report.bars?.length ?? 0} bars, screenshot ${screenshot}`);
