// End-to-end check with the real Teams test client: the Microsoft 365 Agents Playground, driven in headless
// Chromium, talks to a bot that is already running (local mode, no app id). Checks that opening the chat
// brings exactly one welcome card, and that typing "help" brings the help reply; saves a screenshot.
// Prints one JSON object on stdout: { ok, steps: [{ name, ms }], welcome, helpReply, screenshot, ... }.
// Exit 0 when every check passed, 1 when one failed, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-e2e.mjs --bot http://127.0.0.1:3978/api/messages
//          [--expect-welcome TEXT] [--expect-help TEXT] [--screenshots DIR] [--timeout MS]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPlayground, launchBrowser, openChat, sendText, waitForBotMessage, botMessages, screenshot, selectors } from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const bot = option("--bot");
const expectWelcome = option("--expect-welcome", "I'm ComplaintsBot");
const expectHelp = option("--expect-help", "I help you log every customer contact under your complaints policy");
const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
const timeoutMs = Number(option("--timeout", "90000"));
if (!bot || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
  console.error("usage: node playground-e2e.mjs --bot http://127.0.0.1:<port>/api/messages [--expect-welcome TEXT] [--expect-help TEXT] [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}

const started = Date.now();
const result = { ok: false, bot, steps: [] };
let playground;
let browser;
let page;

async function step(name, action) {
  const t0 = Date.now();
  try {
    return await action();
  } finally {
    result.steps.push({ name, ms: Date.now() - t0 });
  }
}

async function cleanUp() {
  // Bounded: a browser or playground that does not close is killed.
  await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 5000))]).catch(() => {});
  await playground?.stop().catch(() => {});
}

// Whatever happens (a hung page, a signal from the test runner), nothing started here outlives the script.
const watchdog = setTimeout(async () => {
  result.error = `gave up after ${timeoutMs} ms`;
  await cleanUp();
  console.log(JSON.stringify(result));
  process.exit(1);
}, timeoutMs);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => { await cleanUp(); process.exit(1); });
}

try {
  playground = await step("start playground", () => startPlayground({ botEndpoint: bot }));
  result.playground = { url: playground.url, serviceUrl: playground.serviceUrl };
  browser = await step("launch chromium", () => launchBrowser());
  page = await step("open chat page", () => openChat(browser, playground.url));

  result.welcome = await step("welcome card shown", () => waitForBotMessage(page, expectWelcome));
  // The Playground sends installationUpdate and conversationUpdate at once: give a second welcome time to show.
  await page.waitForTimeout(1000);
  result.welcomeCards = (await botMessages(page)).filter((t) => t.includes(expectWelcome)).length;

  const before = (await botMessages(page)).length;
  await step("type help", () => sendText(page, "help"));
  result.helpReply = await step("help reply shown", () => waitForBotMessage(page, expectHelp, { after: before }));
  result.cardsShown = await page.locator(selectors.card).count();
  result.botMessages = await botMessages(page);

  result.screenshot = await step("screenshot", () => screenshot(page, path.join(screenshotDir, "playground-help.png")));
  result.blockedRequests = page.blockedRequests;
  result.ok = result.welcomeCards === 1;
  if (!result.ok) result.error = `expected one welcome card, saw ${result.welcomeCards}`;
} catch (error) {
  result.error = String(error?.stack || error);
  if (page) {
    result.screenshot = await screenshot(page, path.join(screenshotDir, "playground-failure.png")).catch(() => undefined);
    result.botMessages = await botMessages(page).catch(() => undefined);
  }
} finally {
  clearTimeout(watchdog);
  const cleanUpStarted = Date.now();
  await cleanUp();
  result.cleanUpMs = Date.now() - cleanUpStarted;
  result.totalMs = Date.now() - started;
  console.log(JSON.stringify(result));
  process.exit(result.ok ? 0 : 1);
}
