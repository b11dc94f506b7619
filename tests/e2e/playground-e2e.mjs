// End-to-end check with the real Teams test client: the Microsoft 365 Agents Playground, driven in headless
// Chromium, talks to a bot that is already running (local mode, no app id). Scenarios:
//   welcome-help (default): opening the chat brings exactly one welcome card; typing "help" brings the help reply;
//     the card's Help button (an Action.Submit: a message with a value and no text) brings it again.
//   card-input: for a bot whose root dialog answers "card" with a test card (text input "Customer name", compact
//     choice "Contact channel", date "Received on", button "Send it") and echoes a submit as "Got: {json}":
//     fills the card, submits it, and reports the echo.
// Saves a screenshot. Prints one JSON object on stdout: { ok, steps: [{ name, ms }], ..., screenshot }.
// Exit 0 when every check passed, 1 when one failed, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-e2e.mjs --bot http://127.0.0.1:3978/api/messages [--scenario welcome-help|card-input]
//          [--expect-welcome TEXT] [--expect-help TEXT] [--screenshots DIR] [--timeout MS]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPlayground, launchBrowser, openChat, sendText, waitForBotMessage, botMessages, screenshot, selectors, clickCardButton, fillCardInput, scriptRun, option } from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

const bot = option("--bot");
const scenario = option("--scenario", "welcome-help");
const expectWelcome = option("--expect-welcome", "I'm ComplaintsBot");
const expectHelp = option("--expect-help", "I help you log every customer contact under your complaints policy");
const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
const timeoutMs = Number(option("--timeout", "150000"));
if (!bot || !Number.isFinite(timeoutMs) || timeoutMs <= 0 || !["welcome-help", "card-input"].includes(scenario)) {
  console.error("usage: node playground-e2e.mjs --bot http://127.0.0.1:<port>/api/messages [--scenario welcome-help|card-input] [--expect-welcome TEXT] [--expect-help TEXT] [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}

const result = { ok: false, bot, scenario, steps: [] };
const run = scriptRun(result, timeoutMs);
const step = run.step;
let playground;
let browser;
let page;

async function welcomeAndHelp() {
  let before = (await botMessages(page)).length;
  await step("type help", () => sendText(page, "help"));
  result.helpReply = await step("help reply shown", () => waitForBotMessage(page, expectHelp, { after: before }));
  before = (await botMessages(page)).length;
  await step("click Help on the welcome card", () => clickCardButton(page, "Help"));
  result.helpButtonReply = await step("reply to the Help button shown", () => waitForBotMessage(page, expectHelp, { after: before }));
  result.cardsShown = await page.locator(selectors.card).count();
}

async function cardInput() {
  const before = (await botMessages(page)).length;
  await step("type card", () => sendText(page, "card"));
  await step("test card shown", () => waitForBotMessage(page, "Test card", { after: before }));
  await step("fill Customer name", () => fillCardInput(page, "Customer name", "Mrs O'Brien"));
  await step("choose Contact channel", () => fillCardInput(page, "Contact channel", "Email"));
  await step("fill Received on", () => fillCardInput(page, "Received on", "2026-11-20"));
  const beforeSubmit = (await botMessages(page)).length;
  await step("click Send it", () => clickCardButton(page, "Send it"));
  const echo = await step("echo shown", () => waitForBotMessage(page, "Got: ", { after: beforeSubmit }));
  result.echo = JSON.parse(echo.slice(echo.indexOf("Got: ") + 5).trim());
}

try {
  playground = run.own(await step("start playground", () => startPlayground({ botEndpoint: bot })));
  result.playground = { url: playground.url, serviceUrl: playground.serviceUrl };
  browser = run.own(await step("launch chromium", () => launchBrowser()));
  page = await step("open chat page", () => openChat(browser, playground.url));

  result.welcome = await step("welcome card shown", () => waitForBotMessage(page, expectWelcome));
  // The Playground sends installationUpdate and conversationUpdate at once: give a second welcome time to show.
  await page.waitForTimeout(1000);
  result.welcomeCards = (await botMessages(page)).filter((t) => t.includes(expectWelcome)).length;
  result.ok = result.welcomeCards === 1;
  if (!result.ok) result.error = `expected one welcome card, saw ${result.welcomeCards}`;

  if (scenario === "welcome-help") await welcomeAndHelp();
  else await cardInput();
  result.botMessages = await botMessages(page);
  result.screenshot = await step("screenshot", () => screenshot(page, path.join(screenshotDir, `playground-${scenario}.png`)));
  result.blockedRequests = page.blockedRequests;
} catch (error) {
  result.ok = false;
  result.error = String(error?.stack || error);
  if (page) {
    result.screenshot = await screenshot(page, path.join(screenshotDir, `playground-${scenario}-failure.png`)).catch(() => undefined);
    result.botMessages = await botMessages(page).catch(() => undefined);
    // The newest card's HTML: what a selector has to match.
    result.lastCardHtml = await page.locator(selectors.card).last().evaluate((e) => e.outerHTML.slice(0, 20000), null, { timeout: 2000 }).catch(() => undefined);
  }
} finally {
  await run.finish({ timeCleanUp: true });
}
