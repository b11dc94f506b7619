// End-to-end: an extension asked by a case owner and approved by their line manager, each in their own Microsoft 365
// Agents Playground (its one person at the keyboard is its config's currentUser), both pages in one headless Chromium,
// against a bot already running (local mode). The bot knows both people (staff directory) and the case.
//   1. Both chats open: the bot welcomes each person and keeps where it can reach them (their Playground's Connector).
//   1a. With `grant` in the script, the owner is the administrator: they type "admin", choose the manager on the admin
//       card, tick the role `grant.role` and press Save; only that role lets the manager decide the extension.
//   2. The owner types "case REF", presses Request extension on the case card, fills the form and presses Submit.
//   3. The approval card arrives in the manager's chat (a proactive send to the manager's Playground); they press Approve.
//   4. The owner's case card is replaced in place with the extended deadline, and the owner is told.
// Prints one JSON object on stdout: { ok, steps: [{ name, ms }], adminCardSaved (with grant), caseCardBefore, requestNotice, caseCardPending,
// approvalCard, approvalCardAfter, caseCardAfter, ownerTold, ownerServiceUrl, managerServiceUrl,
// refusedCalls: { owner: [...], manager: [...] } (Connector calls each Playground answered with an error), screenshots, error? }.
// Exit 0 when every step passed, 1 when one failed, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-extension.mjs --bot http://127.0.0.1:3978/api/messages --script FILE
//          [--screenshots DIR] [--timeout MS]
//   FILE is JSON: { tenantId, bot: { id, name }, owner: PERSON, manager: PERSON, caseReference, workingDays, reason,
//   dueNow, dueExtended, grant? { role } }, PERSON = { id (29:...), name, aadObjectId, email, personalChatId }; dueNow and dueExtended
//   are the response deadline as the cards write it, before and after the extension.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  startPlayground, playgroundConfigYaml, launchBrowser, openChat, sendText, waitForBotMessage, waitForCard,
  clickCardButton, fillCardInput, chooseFilteredCardInput, tickCardChoice, screenshot,
} from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const bot = option("--bot");
const scriptFile = option("--script");
const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
const timeoutMs = Number(option("--timeout", "90000"));
if (!bot || !scriptFile || !fs.existsSync(scriptFile) || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
  console.error("usage: node playground-extension.mjs --bot http://127.0.0.1:<port>/api/messages --script FILE [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}
const script = JSON.parse(fs.readFileSync(scriptFile, "utf8"));
const { owner, manager, caseReference: reference } = script;

// The Playground's config lists exactly five other users of the tenant (its group chat and team): the other person
// of the test and colleagues who play no part.
const colleagues = [1, 2, 3, 4].map((n) => ({
  id: `29:1colleague-${n}`, name: `Colleague ${n}`, aadObjectId: `00000000-0000-4000-8000-00000000010${n}`, email: `colleague${n}@landlord.example`,
}));
const configFor = (person, other) => playgroundConfigYaml({
  tenantId: script.tenantId, bot: script.bot, currentUser: person, users: [other, ...colleagues], personalChatId: person.personalChatId,
});
const firstName = (person) => person.name.split(" ")[0];

const started = Date.now();
const result = { ok: false, bot, steps: [], screenshots: [] };
const playgrounds = [];
let browser;
const pages = {};

async function step(name, action) {
  const t0 = Date.now();
  try {
    return await action();
  } finally {
    result.steps.push({ name, ms: Date.now() - t0 });
  }
}

async function cleanUp() {
  await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 5000))]).catch(() => {});
  await Promise.all(playgrounds.map((p) => p.stop().catch(() => {})));
}

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
  const [ownerPlayground, managerPlayground] = await step("start two playgrounds", async () => {
    const settled = await Promise.allSettled([
      startPlayground({ botEndpoint: bot, config: configFor(owner, manager) }),
      startPlayground({ botEndpoint: bot, config: configFor(manager, owner) }),
    ]);
    // One that started is stopped in cleanUp even when the other failed.
    for (const s of settled) if (s.status === "fulfilled") playgrounds.push(s.value);
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    return settled.map((s) => s.value);
  });
  result.ownerServiceUrl = ownerPlayground.serviceUrl;
  result.managerServiceUrl = managerPlayground.serviceUrl;
  browser = await step("launch chromium", () => launchBrowser());

  // Both chats open (each page loads in its own browser context) and the bot welcomes each person: from then on it
  // knows where to reach them, as it would know a manager who installed the app long before.
  [pages.owner, pages.manager] = await step("open both chats", () => Promise.all([
    openChat(browser, ownerPlayground.url), openChat(browser, managerPlayground.url),
  ]));
  await step("both welcomed", () => Promise.all([
    waitForCard(pages.owner, `Hello ${firstName(owner)}`), waitForCard(pages.manager, `Hello ${firstName(manager)}`),
  ]));

  if (script.grant) {
    // The manager has messaged the bot (so the staff directory knows them, as an officer); then the administrator gives
    // them the role that decides extensions, from the admin card in their own chat.
    await step("manager types my cases", () => sendText(pages.manager, "my cases"));
    await step("manager's cases shown", () => waitForCard(pages.manager, "My open cases"));
    await step("admin types admin", () => sendText(pages.owner, "admin"));
    await step("admin card shown", () => waitForCard(pages.owner, ["People and roles", manager.name]));
    await step("choose the manager", () => chooseFilteredCardInput(pages.owner, "Person", manager.name));
    await step("press Open", () => clickCardButton(pages.owner, "Open"));
    await step("manager's roles shown", () => waitForCard(pages.owner, [manager.name, "Roles given here", script.grant.role]));
    await step(`tick ${script.grant.role}`, () => tickCardChoice(pages.owner, script.grant.role));
    await step("press Save", () => clickCardButton(pages.owner, "Save"));
    result.adminCardSaved = await step("admin card says saved", () => waitForCard(pages.owner, `Saved for ${manager.name}`));
  }

  await step(`owner types case ${reference}`, () => sendText(pages.owner, `case ${reference}`));
  result.caseCardBefore = await step("case card shown", () => waitForCard(pages.owner, [`Case ${reference}`, "Request extension"]));
  await step("press Request extension", () => clickCardButton(pages.owner, "Request extension"));
  await step("extension form shown", () => waitForCard(pages.owner, `Request an extension: case ${reference}`));
  await step("fill working days", () => fillCardInput(pages.owner, "Working days", script.workingDays));
  await step("fill reason", () => fillCardInput(pages.owner, "Reason", script.reason));
  await step("press Submit request", () => clickCardButton(pages.owner, "Submit request"));
  result.caseCardPending = await step("request sent", () => waitForCard(pages.owner, [`Case ${reference}`, "sent to"]));
  result.requestNotice = result.caseCardPending.split("\n")[0];

  result.approvalCard = await step("approval card in manager's chat", () => waitForCard(pages.manager, [reference, owner.name, "Approve"]));
  await step("manager presses Approve", () => clickCardButton(pages.manager, "Approve"));
  result.approvalCardAfter = await step("approval card shows the decision", () => waitForCard(pages.manager, `Approved by ${manager.name}`));

  result.caseCardAfter = await step("owner's case card shows the extended deadline",
    () => waitForCard(pages.owner, [`Case ${reference}`, script.dueExtended]));
  result.ownerTold = await step("owner told", () => waitForBotMessage(pages.owner, "approved your extension"));
  result.ok = true;
} catch (error) {
  result.ok = false;
  result.error = String(error?.stack || error);
  result.playgroundLogs = playgrounds.map((p) => p.log().slice(-3000));
} finally {
  // Every Connector call a Playground refused (none, when the bot only sends where it may).
  result.refusedCalls = Object.fromEntries(Object.entries(pages).map(([who, page]) => [who, page.refusedCalls]));
  for (const [who, page] of Object.entries(pages)) {
    const file = path.join(screenshotDir, `playground-extension-${who}${result.ok ? "" : "-failure"}.png`);
    const saved = await screenshot(page, file).catch(() => undefined);
    if (saved) result.screenshots.push(saved);
  }
  clearTimeout(watchdog);
  await cleanUp();
  result.totalMs = Date.now() - started;
  console.log(JSON.stringify(result));
  process.exit(result.ok ? 0 : 1);
}

