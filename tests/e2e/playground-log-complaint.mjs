// End-to-end: a person logs a complaint through the Microsoft 365 Agents Playground, in headless Chromium,
// against a bot already running (local mode). They type "log" (the welcome card's button logs by cards), answer each
// question by typing, press "Save" on the summary card and read the case card.
// Prints one JSON object on stdout: { ok, steps: [{ name, ms }], saved, caseCard, screenshot, error? }.
// Exit 0 when every check passed, 1 when one failed, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-log-complaint.mjs --bot http://127.0.0.1:3978/api/messages --script FILE
//   FILE is JSON: { "answers": [[question text, answer], ...], "expectCase": [text, ...] }
//   (each answer is typed once the bot has shown a message containing its question text).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPlayground, launchBrowser, openChat, sendText, waitForBotMessage, botMessages, screenshot, clickCardButton, scriptRun, option } from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

const bot = option("--bot");
const scriptFile = option("--script");
const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
const timeoutMs = Number(option("--timeout", "150000"));
if (!bot || !scriptFile || !fs.existsSync(scriptFile)) {
  console.error("usage: node playground-log-complaint.mjs --bot http://127.0.0.1:<port>/api/messages --script FILE [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}
const script = JSON.parse(fs.readFileSync(scriptFile, "utf8"));

const result = { ok: false, bot, steps: [] };
const run = scriptRun(result, timeoutMs);
const step = run.step;
let playground;
let browser;
let page;

try {
  playground = run.own(await step("start playground", () => startPlayground({ botEndpoint: bot })));
  browser = run.own(await step("launch chromium", () => launchBrowser()));
  page = await step("open chat page", () => openChat(browser, playground.url));
  await step("welcome card shown", () => waitForBotMessage(page, "I'm ComplaintsBot"));

  let before = (await botMessages(page)).length;
  await step("type log", () => sendText(page, "log"));
  for (const [question, answer] of script.answers) {
    await step(`asked: ${question}`, () => waitForBotMessage(page, question, { after: before }));
    before = (await botMessages(page)).length;
    await step(`answer: ${answer}`, () => sendText(page, answer));
  }
  await step("summary card shown", () => waitForBotMessage(page, "Check this contact before saving", { after: before }));
  before = (await botMessages(page)).length;
  await step("press Save", () => clickCardButton(page, "Save"));
  result.saved = await step("saved", () => waitForBotMessage(page, "Saved as", { after: before }));
  result.caseCard = await step("case card shown", () => waitForBotMessage(page, /Case [A-Z]+-\d{4}-\d{5}/, { after: before }));
  const missing = (script.expectCase ?? []).filter((text) => !result.caseCard.includes(text));
  result.ok = missing.length === 0;
  if (!result.ok) result.error = `the case card lacks ${JSON.stringify(missing)}`;
  result.screenshot = await step("screenshot", () => screenshot(page, path.join(screenshotDir, "playground-log-complaint.png")));
} catch (error) {
  result.ok = false;
  result.error = String(error?.stack || error);
  if (page) {
    result.screenshot = await screenshot(page, path.join(screenshotDir, "playground-log-complaint-failure.png")).catch(() => undefined);
    result.botMessages = await botMessages(page).catch(() => undefined);
  }
} finally {
  await run.finish();
}
