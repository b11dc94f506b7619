// End-to-end: the complaints channel feed in the Microsoft 365 Agents Playground (0.2.28 has a team, "My Team", with
// channels General and Announcements, channel posts and their threads), in headless Chromium, against a bot already
// running (local mode) that knows the Playground's person as an administrator. That person opens the General channel
// and starts a post mentioning the bot: "@Test Bot feed here"; the bot answers in that post's thread. The test around
// this script then logs a complaint whose acknowledgement is already overdue: its card appears in the channel as a new
// post, the missed deadline arrives as a reply in that card's thread, and once the test acknowledges the complaint the
// same card changes in place (still one card in the channel).
// Prints one JSON object on stdout: { ok, steps: [{ name, ms }], answer, card, breach, updatedCard, cards, screenshots, error? }.
// Exit 0 when every check passed, 1 when one failed, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-channel-feed.mjs --bot http://127.0.0.1:3978/api/messages [--screenshots DIR] [--timeout MS]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPlayground, launchBrowser, openChat, waitForBotMessage, screenshot, scriptRun, option } from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

const bot = option("--bot");
const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
const timeoutMs = Number(option("--timeout", "150000"));
if (!bot) {
  console.error("usage: node playground-channel-feed.mjs --bot http://127.0.0.1:<port>/api/messages [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}

const result = { ok: false, bot, steps: [], screenshots: [] };
const run = scriptRun(result, timeoutMs);
const step = run.step;
let playground;
let browser;
let page;

/** The feed's complaint cards shown in the channel (the bot's welcome card, also posted there, is not one). */
const complaintCards = () => page.locator(".ac-adaptiveCard").filter({ hasText: /Complaint [A-Z]{2,}-\d{4}-\d{5}/ });

/** Waits until some text on the page contains `text`; returns the text of the paragraph holding it (bold text is an element of its own). */
async function waitForText(text, ms = 60000) {
  const found = page.getByText(text, { exact: false }).first();
  await found.waitFor({ state: "visible", timeout: ms });
  return (await found.locator("xpath=ancestor::p[1] | self::p").last().innerText().catch(() => found.innerText())).trim();
}

try {
  playground = run.own(await step("start playground", () => startPlayground({ botEndpoint: bot })));
  browser = run.own(await step("launch chromium", () => launchBrowser()));
  page = await step("open chat page", () => openChat(browser, playground.url));
  await step("welcome card shown", () => waitForBotMessage(page, "I'm ComplaintsBot"));

  await step("open the General channel", () => page.locator('[role="treeitem"]', { hasText: "General" }).first().click());
  await step("start a post mentioning the bot: feed here", async () => {
    const editor = page.locator('[data-lexical-editor="true"]').first();
    await editor.click();
    // "@" opens the mention picker (a menu of the team's people and the bot); the bot's item makes the mention.
    await page.keyboard.type("@Test");
    await page.getByRole("menuitem", { name: "Test Bot" }).click();
    await page.keyboard.type(" feed here");
    await page.keyboard.press("Enter");
  });
  result.answer = await step("the bot answers in the post's thread", () => waitForText("complaints feed"));

  result.card = await step("a complaint's card is posted in the channel", async () => {
    await complaintCards().first().waitFor({ state: "visible", timeout: 90000 });
    return (await complaintCards().first().innerText()).trim();
  });
  result.breach = await step("the missed deadline is replied in the card's thread", () => waitForText("Deadline missed", 90000));
  result.updatedCard = await step("the same card changes in place once the complaint is acknowledged", async () => {
    const acknowledged = complaintCards().filter({ hasText: "Acknowledged, awaiting response" });
    await acknowledged.first().waitFor({ state: "visible", timeout: 90000 });
    return (await acknowledged.first().innerText()).trim();
  });
  result.cards = await complaintCards().count();
  result.screenshots.push(await screenshot(page, path.join(screenshotDir, "playground-channel-feed.png")));
  result.ok = result.cards === 1;
  if (!result.ok) result.error = `expected one complaint card in the channel, found ${result.cards}`;
} catch (error) {
  result.error = String(error?.stack ?? error);
  try { if (page) result.screenshots.push(await screenshot(page, path.join(screenshotDir, "playground-channel-feed-failed.png"))); } catch {}
} finally {
  await run.finish();
}
