// End-to-end: no dead ends in a case's life, with two people each in their own Microsoft 365 Agents Playground (its
// one person at the keyboard is its config's currentUser), both pages in one headless Chromium, against a bot already
// running (local mode) that knows both people (staff directory) and two of the owner's cases.
//   1. Both chats open: the bot welcomes each person and keeps where it can reach them (their Playground's Connector).
//   2. Escalation: the owner opens the answered case, presses Escalate to Stage 2, picks the colleague as Stage 2 owner
//      and presses the form's button. The colleague receives a message and the case card in her own chat and presses
//      Acknowledge on it. The owner's card says who holds the case now.
//   3. Extension with nobody to decide it: on the second case the owner asks for an extension while their line manager
//      has no chat with the bot; the card says so at once and offers Withdraw extension (in its "..." menu); the owner withdraws it, then
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
import { sendText, waitForBotMessage, waitForCard, clickCardButton, fillCardInput, chooseCardOption, pickFromCardList } from "./playground.mjs";
import { runWithTwoPlaygrounds } from "./two-playgrounds.mjs";

await runWithTwoPlaygrounds({
  name: "playground-lifecycle",
  people: (script) => ({ owner: script.owner, colleague: script.colleague }),
  body: async ({ script, pages, step, result }) => {
    const { colleague } = script;
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
    const asked = await step("told nobody can decide it, at once", () => waitForCard(pages.owner, [`Case ${extend}`, "can be reached in Teams", "Send extension again"]));
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
  },
});
