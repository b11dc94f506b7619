// End-to-end: the message extension in the Microsoft 365 Agents Playground, in headless Chromium, against a bot
// already running (local mode). A person posts a customer's words, opens "..." on that message > Action Command
// (logAsContact, dialog fetched as an Adaptive Card), checks the form came prefilled with the message, chooses a
// category and saves; the confirmation and case card arrive in their chat. Then the compose box's Search Command
// (findCase, parameter searchText) finds the case by its reference, and picking it puts the case card in the compose box.
// The Playground asks for the command id and parameter name itself (it does not read the app manifest).
// Prints one JSON object on stdout: { ok, steps: [{ name, ms }], prefilled, saved, reference, caseCard, found, inserted, screenshots, error? }.
// Exit 0 when every check passed, 1 when one failed, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-message-extension.mjs --bot http://127.0.0.1:3978/api/messages --message TEXT --category TITLE
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPlayground, launchBrowser, openChat, sendText, waitForBotMessage, waitForCard, botMessages, screenshot, fillCardInput, selectors, scriptRun, option } from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

const bot = option("--bot");
const message = option("--message");
const category = option("--category");
const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
const timeoutMs = Number(option("--timeout", "150000"));
if (!bot || !message || !category) {
  console.error("usage: node playground-message-extension.mjs --bot http://127.0.0.1:<port>/api/messages --message TEXT --category TITLE [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}

const result = { ok: false, bot, steps: [], screenshots: [] };
const run = scriptRun(result, timeoutMs);
const step = run.step;
let playground;
let browser;
let page;

const dialog = () => page.locator('[role="dialog"]').last();

try {
  playground = run.own(await step("start playground", () => startPlayground({ botEndpoint: bot })));
  browser = run.own(await step("launch chromium", () => launchBrowser()));
  page = await step("open chat page", () => openChat(browser, playground.url));
  await step("welcome card shown", () => waitForBotMessage(page, "I'm ComplaintsBot"));

  // The customer's words, posted in the chat; the bot answers it (it is not a command), which is beside the point.
  let before = (await botMessages(page)).length;
  await step("post the message", () => sendText(page, message));
  await step("message answered", () => waitForBotMessage(page, "I didn't understand", { after: before }));

  await step("open the message's actions", async () => {
    const posted = page.getByText(message, { exact: true }).first();
    await posted.hover();
    // Each message has its own "..." button, in the order shown: the welcome card's, then the posted message's.
    await page.locator('button[aria-label="Show more information"]').nth(1).click();
    await page.getByRole("menuitem", { name: "Action Command" }).click();
  });
  await step("fetch the dialog as an Adaptive Card (logAsContact)", async () => {
    await page.fill('input[placeholder="Input command id or leave blanks"]', "logAsContact");
    await page.getByText("Adaptive Cards", { exact: false }).first().click();
    await page.getByRole("button", { name: "Create" }).click();
    await dialog().locator(selectors.card).getByText("Log as a contact under", { exact: false }).waitFor({ timeout: 30000 });
  });
  result.prefilled = await step("read the prefilled form", async () => ({
    description: await dialog().locator("textarea").first().inputValue(),
    heading: await dialog().locator(selectors.card).first().innerText(),
  }));
  result.screenshots.push(await screenshot(page, path.join(screenshotDir, "playground-log-as-contact-form.png")));

  before = (await botMessages(page)).length;
  await step(`choose ${category} and save`, async () => {
    await fillCardInput(page, "Category", category);
    await dialog().locator('button[title="Save"], button:has-text("Save")').last().click();
  });
  result.saved = await step("confirmation in the chat", () => waitForBotMessage(page, "Saved as", { after: before }));
  result.reference = /[A-Z]+-\d{4}-\d{5}/.exec(result.saved)?.[0];
  if (!result.reference) throw new Error(`no case reference in ${JSON.stringify(result.saved)}`);
  result.caseCard = await step("case card in the chat", () => waitForCard(page, [`Case ${result.reference}`]));
  result.screenshots.push(await screenshot(page, path.join(screenshotDir, "playground-log-as-contact-saved.png")));
  await step("close the dialog", async () => {
    if (await dialog().count()) await dialog().locator('button[aria-label="Close"]').first().click();
  });

  await step("open the search command (findCase)", async () => {
    await page.click('button[aria-label="Trigger Message Extension App"]');
    await page.getByRole("menuitem", { name: "Search Command" }).click();
    await page.getByText("Specify Command ID or Parameter").click();
    await page.fill('input[placeholder="Command ID"]', "findCase");
    await page.fill('input[placeholder="Parameter name"]', "searchText");
  });
  const search = page.locator('input[placeholder="Enter a search term"]');
  await step("search by the reference", () => search.fill(result.reference));
  // A result is the preview's title (the reference) over its text ("customer, category, received day"): only the
  // result list shows that text, so the result is found by it and checked for the reference.
  const hit = page.getByText(`, ${category}, received `, { exact: false }).last();
  result.found = await step("the case is a result", async () => {
    await hit.waitFor({ timeout: 30000 });
    return hit.locator("xpath=..").innerText();
  });
  result.screenshots.push(await screenshot(page, path.join(screenshotDir, "playground-find-case-results.png")));
  result.inserted = await step("picking it puts the case card in the compose box", async () => {
    await hit.click();
    const inserted = page.locator(`${selectors.card}:has-text("Case ${result.reference}")`);
    for (const deadline = Date.now() + 30000; ;) {
      // The compose box's card is the one outside the chat's messages.
      const texts = await inserted.allInnerTexts();
      if (texts.length >= 2) return texts.at(-1);
      if (Date.now() > deadline) throw new Error(`the case card was not inserted; cards with it: ${texts.length}`);
      await page.waitForTimeout(100);
    }
  });
  result.screenshots.push(await screenshot(page, path.join(screenshotDir, "playground-find-case-inserted.png")));
  result.ok = result.prefilled.description === message && result.found.includes(result.reference);
  if (!result.ok) result.error = `prefilled ${JSON.stringify(result.prefilled.description)}, found ${JSON.stringify(result.found)}`;
} catch (error) {
  result.ok = false;
  result.error = String(error?.stack || error);
  if (page) {
    result.screenshots.push(await screenshot(page, path.join(screenshotDir, "playground-message-extension-failure.png")).catch(() => undefined));
    result.botMessages = await botMessages(page).catch(() => undefined);
  }
} finally {
  await run.finish();
}
