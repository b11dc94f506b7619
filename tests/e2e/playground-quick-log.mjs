// End-to-end: a person logs one contact through the Microsoft 365 Agents Playground by cards, in headless Chromium,
// against a bot already running (local mode), as they would with a customer on the phone: "Log a contact" on the
// welcome card, each card filled in and its button pressed, then Save on the summary. Counts the interactions (a
// message sent or a card button pressed) and times them, from the first press to the saved confirmation.
// Prints one JSON object on stdout: { ok, name, interactions, wallMs, saved, steps: [{ name, ms }], error? }.
// Exit 0 when the contact was saved, 1 when not, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-quick-log.mjs --bot http://127.0.0.1:3978/api/messages --script FILE
//   FILE is JSON: { "name": "...", "steps": [STEP, ...] } where each STEP is one interaction:
//     { "press": "Log a contact" }                    a button on the newest card that has it
//     { "send": "text" }                              a typed message
//     { "card": "heading text", "fill": [[KIND, label, value], ...], "press": "Next" }
//        waits for a card showing the heading, fills its inputs (KIND: text, choice (a compact list), date, radio
//        (an expanded choice set), toggle (a tick box, by its title)), then presses the button
//   and then waits for "expectSaved" (default "Saved as").
import path from "node:path";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import {
  startPlayground, launchBrowser, openChat, sendText, waitForBotMessage, waitForCard, botMessages, screenshot,
  clickCardButton, fillCardInput, tickCardChoice, waitForStillChat, selectors, scriptRun, option,
} from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

const bot = option("--bot");
const scriptFile = option("--script");
const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
const timeoutMs = Number(option("--timeout", "150000"));
if (!bot || !scriptFile || !fs.existsSync(scriptFile)) {
  console.error("usage: node playground-quick-log.mjs --bot http://127.0.0.1:<port>/api/messages --script FILE [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}
const script = JSON.parse(fs.readFileSync(scriptFile, "utf8"));

const result = { ok: false, name: script.name, interactions: 0, steps: [] };
const run = scriptRun(result, timeoutMs);
const step = run.step;
let playground;
let browser;
let page;

async function fill(kind, label, value) {
  switch (kind) {
    case "text":
    case "date":
      return fillCardInput(page, label, value);
    case "choice": {
      // A compact list (a Fluent combobox): picked, then checked it shows the choice (a pick made while the previous
      // list was still closing was seen lost), and picked again if not.
      const card = page.locator(selectors.card).filter({ has: page.locator(`label:has-text("${label}")`) }).last();
      const input = card.locator(`[id="${await card.locator("label", { hasText: label }).first().getAttribute("for")}"]`);
      for (let attempt = 0; attempt < 3; attempt++) {
        await fillCardInput(page, label, value);
        for (const until = Date.now() + 2000; Date.now() < until; await page.waitForTimeout(50)) {
          if ((await input.inputValue()).includes(value)) return;
        }
      }
      throw new Error(`the list "${label}" does not show "${value}"`);
    }
    case "radio": {
      // An expanded choice set: the radio titled `value` in the set whose label has `label` (cards hold several
      // yes/no sets, so the radio is looked for only in the input container beside that label).
      const card = page.locator(selectors.card).filter({ has: page.locator(`label:has-text("${label}")`) }).last();
      const container = card.locator("label", { hasText: label }).first().locator('xpath=following-sibling::*[contains(@class, "ac-input-container")][1]');
      return container.getByRole("radio", { name: value, exact: true }).click();
    }
    case "toggle":
      return tickCardChoice(page, label);
    default:
      throw new Error(`unknown input kind ${kind}`);
  }
}

try {
  playground = run.own(await step("start playground", () => startPlayground({ botEndpoint: bot })));
  browser = run.own(await step("launch chromium", () => launchBrowser()));
  page = await step("open chat page", () => openChat(browser, playground.url));
  await step("welcome card shown", () => waitForBotMessage(page, "I'm ComplaintsBot"));

  let started;
  let before = (await botMessages(page)).length;
  for (const s of script.steps) {
    if (s.card) {
      await step(`card shown: ${s.card}`, () => waitForCard(page, s.card));
      await waitForStillChat(page);
      for (const [kind, label, value] of s.fill ?? []) await step(`fill ${label}`, () => fill(kind, label, value));
    }
    before = (await botMessages(page)).length;
    started ??= Date.now();
    if (s.send !== undefined) await step(`send: ${s.send}`, () => sendText(page, s.send));
    else await step(`press: ${s.press}`, () => clickCardButton(page, s.press));
    result.interactions++;
  }
  result.saved = await step("saved", () => waitForBotMessage(page, script.expectSaved ?? "Saved as", { after: before }));
  result.wallMs = Date.now() - started;
  result.ok = true;
  result.screenshot = await screenshot(page, path.join(screenshotDir, `playground-quick-log-${script.name}.png`));
} catch (error) {
  result.ok = false;
  result.error = String(error?.stack || error);
  if (page) {
    result.screenshot = await screenshot(page, path.join(screenshotDir, `playground-quick-log-${script.name}-failure.png`)).catch(() => undefined);
    result.botMessages = await botMessages(page).catch(() => undefined);
  }
} finally {
  await run.finish();
}
