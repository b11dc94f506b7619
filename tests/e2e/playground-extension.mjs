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
import { sendText, waitForBotMessage, waitForCard, clickCardButton, fillCardInput, chooseFilteredCardInput, tickCardChoice } from "./playground.mjs";
import { runWithTwoPlaygrounds } from "./two-playgrounds.mjs";

await runWithTwoPlaygrounds({
  name: "playground-extension",
  people: (script) => ({ owner: script.owner, manager: script.manager }),
  body: async ({ script, pages, step, result }) => {
    const { owner, manager, caseReference: reference } = script;
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
  },
});
