// End-to-end: no dead ends in a case's life, with two people each in their own Microsoft 365 Agents Playground (its
// one person at the keyboard is its config's currentUser), both pages in one headless Chromium, against a bot already
// running (local mode) that knows both people (staff directory) and two of the owner's cases.
//   1. Both chats open: the bot welcomes each person and keeps where it can reach them (their Playground's Connector).
//   2. Escalation: the owner opens the answered case, presses Escalate to Stage 2, picks the colleague as Stage 2 owner
//      and presses the form's button. The colleague receives a message and the case card in her own chat and presses
//      Acknowledge on it. The owner's card says who holds the case now.
//   3. Extension with nobody to decide it: on the second case the owner asks for an extension while their line manager
//      has no chat with the bot; the card says so at once and offers Withdraw extension; the owner withdraws it, then
//      presses Record response, fills the form and records the response.
// Prints one JSON object on stdout: { ok, steps: [{ name, ms }], escalatedNotice, colleagueTold, colleagueCaseCard,
// acknowledgedCard, ownerCardAfterEscalation, extensionNotice, withdrawnNotice, respondedNotice, ownerServiceUrl,
// colleagueServiceUrl, refusedCalls: { owner: [...], colleague: [...] }, screenshots, error? }.
// Exit 0 when every step passed, 1 when one failed, 2 on bad arguments.
//
// Usage: node tests/e2e/playground-lifecycle.mjs --bot http://127.0.0.1:3978/api/messages --script FILE
//          [--screenshots DIR] [--timeout MS]
//   FILE is JSON: { tenantId, bot: { id, name }, owner: PERSON, colleague: PERSON, escalateReference, extendReference,
//   workingDays, reason, responseReasons }, PERSON = { id (29:...), name, aadObjectId, email, personalChatId }.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  startPlayground, playgroundConfigYaml, launchBrowser, openChat, sendText, waitForBotMessage, waitForCard,
  clickCardButton, fillCardInput, chooseCardOption, pickFromCardList, screenshot,
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
  console.error("usage: node playground-lifecycle.mjs --bot http://127.0.0.1:<port>/api/messages --script FILE [--screenshots DIR] [--timeout MS]");
  process.exit(2);
}
const script = JSON.parse(fs.readFileSync(scriptFile, "utf8"));
const { owner, colleague } = script;

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
  const [ownerPlayground, colleaguePlayground] = await step("start two playgrounds", async () => {
    const settled = await Promise.allSettled([
      startPlayground({ botEndpoint: bot, config: configFor(owner, colleague) }),
      startPlayground({ botEndpoint: bot, config: configFor(colleague, owner) }),
    ]);
    // One that started is stopped in cleanUp even when the other failed.
    for (const s of settled) if (s.status === "fulfilled") playgrounds.push(s.value);
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    return settled.map((s) => s.value);
  });
  result.ownerServiceUrl = ownerPlayground.serviceUrl;
  result.colleagueServiceUrl = colleaguePlayground.serviceUrl;
  browser = await step("launch chromium", () => launchBrowser());

  [pages.owner, pages.colleague] = await step("open both chats", () => Promise.all([
    openChat(browser, ownerPlayground.url), openChat(browser, colleaguePlayground.url),
  ]));
  await step("both welcomed", () => Promise.all([
    waitForCard(pages.owner, `Hello ${firstName(owner)}`), waitForCard(pages.colleague, `Hello ${firstName(colleague)}`),
  ]));

  // 2. Escalation to the colleague, who acknowledges Stage 2 from the card that reaches her own chat.
  const escalate = script.escalateReference;
  await step(`owner types case ${escalate}`, () => sendText(pages.owner, `case ${escalate}`));
  await step("answered case card shown", () => waitForCard(pages.owner, [`Case ${escalate}`, "Escalate to Stage 2"]));
  await step("press Escalate to Stage 2", () => clickCardButton(pages.owner, "Escalate to Stage 2"));
  await step("escalation form shown", () => waitForCard(pages.owner, "Stage 2 owner"));
  await step("choose the Stage 2 owner", () => pickFromCardList(pages.owner, "Choose a person", colleague.name));
  await step("press Escalate", () => clickCardButton(pages.owner, "Escalate to Stage 2"));
  const escalated = await step("owner told it was escalated", () => waitForCard(pages.owner, [`Case ${escalate}`, "Escalated to Stage 2"]));
  result.escalatedNotice = escalated.split("\n")[0];
  result.ownerCardAfterEscalation = escalated;
  result.colleagueTold = await step("colleague told in her chat", () => waitForBotMessage(pages.colleague, "it is yours now"));
  result.colleagueCaseCard = await step("case card in the colleague's chat", () => waitForCard(pages.colleague, [`Case ${escalate}`, "Acknowledge"]));
  await step("colleague presses Acknowledge", () => clickCardButton(pages.colleague, "Acknowledge"));
  result.acknowledgedCard = await step("stage 2 acknowledged", () => waitForCard(pages.colleague, [`Case ${escalate}`, `Acknowledged by ${colleague.name}`]));

  // 3. An extension nobody can decide (the line manager never opened the bot): withdrawn, then the response recorded.
  const extend = script.extendReference;
  await step(`owner types case ${extend}`, () => sendText(pages.owner, `case ${extend}`));
  await step("acknowledged case card shown", () => waitForCard(pages.owner, [`Case ${extend}`, "Request extension"]));
  await step("press Request extension", () => clickCardButton(pages.owner, "Request extension"));
  await step("extension form shown", () => waitForCard(pages.owner, `Request an extension: case ${extend}`));
  await step("fill working days", () => fillCardInput(pages.owner, "Working days", script.workingDays));
  await step("fill reason", () => fillCardInput(pages.owner, "Reason", script.reason));
  await step("press Submit request", () => clickCardButton(pages.owner, "Submit request"));
  const asked = await step("told nobody can decide it, at once", () => waitForCard(pages.owner, [`Case ${extend}`, "can be reached in Teams", "Withdraw extension"]));
  result.extensionNotice = asked.split("\n")[0];
  await step("press Withdraw extension", () => clickCardButton(pages.owner, "Withdraw extension"));
  const withdrawn = await step("extension withdrawn", () => waitForCard(pages.owner, [`Case ${extend}`, "withdrawn", "Record response"]));
  result.withdrawnNotice = withdrawn.split("\n")[0];
  await step("press Record response", () => clickCardButton(pages.owner, "Record response"));
  await step("response form shown", () => waitForCard(pages.owner, "Reasons for the decision"));
  await step("choose the outcome", () => chooseCardOption(pages.owner, "Outcome", "Upheld"));
  await step("fill the reasons", () => fillCardInput(pages.owner, "Reasons for the decision", script.responseReasons));
  await step("press Record response on the form", () => clickCardButton(pages.owner, "Record response"));
  const responded = await step("response recorded", () => waitForCard(pages.owner, [`Case ${extend}`, "response recorded"]));
  result.respondedNotice = responded.split("\n")[0];
  result.ok = true;
} catch (error) {
  result.ok = false;
  result.error = String(error?.stack || error);
  result.playgroundLogs = playgrounds.map((p) => p.log().slice(-3000));
} finally {
  // Every Connector call a Playground refused (none, when the bot only sends where it may).
  result.refusedCalls = Object.fromEntries(Object.entries(pages).map(([who, page]) => [who, page.refusedCalls]));
  for (const [who, page] of Object.entries(pages)) {
    const file = path.join(screenshotDir, `playground-lifecycle-${who}${result.ok ? "" : "-failure"}.png`);
    const saved = await screenshot(page, file).catch(() => undefined);
    if (saved) result.screenshots.push(saved);
  }
  clearTimeout(watchdog);
  await cleanUp();
  result.totalMs = Date.now() - started;
  console.log(JSON.stringify(result));
  process.exit(result.ok ? 0 : 1);
}

