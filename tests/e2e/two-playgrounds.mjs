// The harness of an end-to-end test with two people, each in their own Microsoft 365 Agents Playground (its one
// person at the keyboard is its config's currentUser), both pages in one headless Chromium, against a bot already
// running: arguments, the watchdog, starting both Playgrounds, opening both chats and waiting for both welcomes, and
// the one JSON result on stdout with screenshots and the Connector calls each Playground refused. A test script gives
// only its own steps.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPlayground, playgroundConfigYaml, launchBrowser, openChat, waitForCard, screenshot, scriptRun, option } from "./playground.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

// The Playground's config lists exactly five other users of the tenant (its group chat and team): the other person
// of the test and colleagues who play no part.
const bystanders = [1, 2, 3, 4].map((n) => ({
  id: `29:1colleague-${n}`, name: `Colleague ${n}`, aadObjectId: `00000000-0000-4000-8000-00000000010${n}`, email: `colleague${n}@landlord.example`,
}));

export const firstName = (person) => person.name.split(" ")[0];

/**
 * Runs `body({ script, pages, step, result })` once both people are welcomed in their own chats, and exits: 0 when
 * every step passed, 1 when one failed, 2 on bad arguments (`--bot URL --script FILE [--screenshots DIR] [--timeout MS]`).
 * `people(script)` names the two people of the script, e.g. `{ owner: script.owner, manager: script.manager }`: the
 * names key `pages`, the screenshots and `result.<name>ServiceUrl`. `name` is the script's, for usage and screenshots.
 */
export async function runWithTwoPlaygrounds({ name, people, body }) {
  const bot = option("--bot");
  const scriptFile = option("--script");
  const screenshotDir = path.resolve(option("--screenshots", path.join(here, "screenshots")));
  const timeoutMs = Number(option("--timeout", "90000"));
  if (!bot || !scriptFile || !fs.existsSync(scriptFile) || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    console.error(`usage: node ${name}.mjs --bot http://127.0.0.1:<port>/api/messages --script FILE [--screenshots DIR] [--timeout MS]`);
    process.exit(2);
  }
  const script = JSON.parse(fs.readFileSync(scriptFile, "utf8"));
  const [[firstKey, first], [secondKey, second]] = Object.entries(people(script));
  const configFor = (person, other) => playgroundConfigYaml({
    tenantId: script.tenantId, bot: script.bot, currentUser: person, users: [other, ...bystanders], personalChatId: person.personalChatId,
  });

  const result = { ok: false, bot, steps: [], screenshots: [] };
  const run = scriptRun(result, timeoutMs);
  const step = run.step;
  const playgrounds = [];
  let browser;
  const pages = {};

  try {
    const [firstPlayground, secondPlayground] = await step("start two playgrounds", async () => {
      const settled = await Promise.allSettled([
        startPlayground({ botEndpoint: bot, config: configFor(first, second) }),
        startPlayground({ botEndpoint: bot, config: configFor(second, first) }),
      ]);
      // One that started is stopped in cleanUp even when the other failed.
      for (const s of settled) if (s.status === "fulfilled") playgrounds.push(run.own(s.value));
      const failed = settled.find((s) => s.status === "rejected");
      if (failed) throw failed.reason;
      return settled.map((s) => s.value);
    });
    result[`${firstKey}ServiceUrl`] = firstPlayground.serviceUrl;
    result[`${secondKey}ServiceUrl`] = secondPlayground.serviceUrl;
    browser = run.own(await step("launch chromium", () => launchBrowser()));

    // Both chats open (each page loads in its own browser context) and the bot welcomes each person: from then on it
    // knows where to reach them, as it would know a colleague who installed the app long before.
    [pages[firstKey], pages[secondKey]] = await step("open both chats", () => Promise.all([
      openChat(browser, firstPlayground.url), openChat(browser, secondPlayground.url),
    ]));
    await step("both welcomed", () => Promise.all([
      waitForCard(pages[firstKey], `Hello ${firstName(first)}`), waitForCard(pages[secondKey], `Hello ${firstName(second)}`),
    ]));

    await body({ script, pages, step, result });
    result.ok = true;
  } catch (error) {
    result.ok = false;
    result.error = String(error?.stack || error);
    result.playgroundLogs = playgrounds.map((p) => p.log().slice(-3000));
  } finally {
    // Every Connector call a Playground refused (none, when the bot only sends where it may).
    result.refusedCalls = Object.fromEntries(Object.entries(pages).map(([who, page]) => [who, page.refusedCalls]));
    for (const [who, page] of Object.entries(pages)) {
      const file = path.join(screenshotDir, `${name}-${who}${result.ok ? "" : "-failure"}.png`);
      const saved = await screenshot(page, file).catch(() => undefined);
      if (saved) result.screenshots.push(saved);
    }
    await run.finish();
  }
}
