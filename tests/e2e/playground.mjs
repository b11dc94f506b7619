// Drive the Microsoft 365 Agents Playground (the npm test client for Teams bots) from node:
// start it on loopback against a running bot, open its chat page in headless Chromium, type, read replies,
// click and fill Adaptive Cards. Facts behind the selectors: the team's notes on the Agents Playground (how it behaves and how to drive its page).
//
//   import { startPlayground, launchBrowser, openChat, sendText, waitForBotMessage } from "./playground.mjs";
//   const playground = await startPlayground({ botEndpoint: "http://127.0.0.1:3978/api/messages" });
//   const browser = await launchBrowser();
//   const page = await openChat(browser, playground.url);
//   await sendText(page, "help");
//   await waitForBotMessage(page, "log a contact");
//   ... finally: await browser.close(); await playground.stop();
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const playgroundCli = path.join(here, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
const loopbackPreload = path.join(here, "loopback-only.cjs");

export const selectors = {
  compose: '[role="textbox"][data-lexical-editor="true"]',
  sendButton: 'button[aria-label="Send Message"]',
  botMessage: ".fai-OutputCard",
  card: ".ac-adaptiveCard",
  cardInput: ".ac-input-container",
};

/** A free TCP port on 127.0.0.1 (the OS picks it; closed again before returning). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on 127.0.0.1:port. */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function withoutProxy(env) {
  const clean = { ...env };
  for (const name of ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"]) delete clean[name];
  return clean;
}

function waitForExitOrTimeout(child, ms) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => { clearTimeout(timer); resolve(true); });
  });
}

/** Stops a child process: SIGTERM, then SIGKILL after a bounded wait. */
export async function stopProcess(child, ms = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  if (!(await waitForExitOrTimeout(child, ms))) {
    child.kill("SIGKILL");
    await waitForExitOrTimeout(child, ms);
  }
}

/**
 * The Playground's config file (`.m365agentsplayground.yml`, schema 0.1.1) for a tenant whose chat page is used by
 * `currentUser`: the Playground has one person at the keyboard, and its personal chat is theirs. `users` are the
 * tenant's other people (members of its group chat and team); the schema wants exactly five. Each person is
 * `{ id, name, aadObjectId, email }`. Values are written as JSON strings, which YAML reads as quoted scalars.
 */
export function playgroundConfigYaml({ tenantId, bot, currentUser, users, personalChatId, groupChatId, teamId }) {
  if (!Array.isArray(users) || users.length !== 5) throw new Error(`playgroundConfigYaml: the Playground wants exactly 5 other users, got ${users?.length}`);
  const q = (value) => JSON.stringify(String(value));
  // One person's fields, each line indented by `indent`; `first` replaces the indent of the first line ("- " for a list item).
  const person = (p, indent, first = indent) => {
    const [givenName, ...rest] = p.name.split(" ");
    const fields = { id: p.id, name: p.name, userPrincipleName: p.email, aadObjectId: p.aadObjectId, givenName, surname: rest.join(" ") || givenName, email: p.email };
    return Object.entries(fields).map(([key, value], i) => `${i === 0 ? first : indent}${key}: ${q(value)}`).join("\n");
  };
  return [
    'version: "0.1.1"',
    `tenantId: ${q(tenantId)}`,
    "bot:",
    `  id: ${q(bot.id)}`,
    `  name: ${q(bot.name)}`,
    "currentUser:",
    person(currentUser, "  "),
    "users:",
    ...users.map((u) => person(u, "    ", "  - ")),
    "personalChat:",
    `  id: ${q(personalChatId)}`,
    "groupChat:",
    `  id: ${q(groupChatId ?? `19:group-${personalChatId}@thread.v2`)}`,
    '  name: "Group Chat"',
    "team:",
    `  id: ${q(teamId ?? `19:team-${personalChatId}@thread.tacv2`)}`,
    '  name: "My Team"',
    `  aadGroupId: ${q("00000000-0000-4000-8000-000000000031")}`,
    "  channels: []",
    "",
  ].join("\n");
}

/**
 * Starts the Playground on 127.0.0.1 against `botEndpoint`, on `port` (a free one by default; a taken port is
 * refused, since the Playground would silently move and its service URL would point nowhere). Proxy variables are
 * cleared so it reaches the bot directly. `config` is the text of a config file (see `playgroundConfigYaml`), put in
 * its work folder where it looks for one. Resolves once it listens; `stop()` ends it and removes its work folder;
 * `log()` reads its own log (devTools/m365agentsplayground.log), where it says why it refused a call. It loads a
 * large bundle before it listens, which on a busy two-core machine has taken over 20 s: hence a minute.
 */
export async function startPlayground({ botEndpoint, port, channel = "msteams", conversationId, config, timeoutMs = 60000 } = {}) {
  if (!botEndpoint) throw new Error("startPlayground: botEndpoint is required, e.g. http://127.0.0.1:3978/api/messages");
  if (!existsSync(playgroundCli)) throw new Error(`${playgroundCli} is missing: run \`npm ci\` in ${here}`);
  port ??= await freePort();
  if (!(await isPortFree(port))) throw new Error(`port ${port} is taken; the Playground needs it free`);

  const serviceUrl = `http://127.0.0.1:${port}/_connector`;
  const workFolder = mkdtempSync(path.join(os.tmpdir(), "playground-"));
  if (config) writeFileSync(path.join(workFolder, ".m365agentsplayground.yml"), config);
  const args = [playgroundCli, "-e", botEndpoint, "-c", channel, "-p", String(port), "--service-url", serviceUrl, "--disable-telemetry"];
  if (conversationId) args.push("--conversation-id", conversationId);
  const child = spawn(process.execPath, args, {
    cwd: workFolder,
    // TEAMSAPPTESTER_BROWSER=none: it would open a desktop browser with xdg-open, and exits when there is none.
    env: { ...withoutProxy(process.env), NODE_OPTIONS: `--require ${loopbackPreload}`, TEAMSAPPTESTER_BROWSER: "none" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => { output += d; });
  child.stderr.on("data", (d) => { output += d; });

  const stop = async () => {
    await stopProcess(child);
    rmSync(workFolder, { recursive: true, force: true });
  };
  const logFile = path.join(workFolder, "devTools", "m365agentsplayground.log");
  const log = () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : "");
  const failure = (why) => new Error(`Agents Playground ${why}.\n${output.slice(-2000)}\n${log().slice(-2000)}`);

  try {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes("Listening on")) {
      if (child.exitCode !== null) throw failure(`exited with code ${child.exitCode}`);
      if (Date.now() > deadline) throw failure(`did not listen within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // A bad config still prints "Listening on" and then exits: make sure it really answers on our port.
    while (await isPortFree(port)) {
      if (child.exitCode !== null) throw failure(`exited with code ${child.exitCode}`);
      if (Date.now() > deadline) throw failure(`is not listening on 127.0.0.1:${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, port, serviceUrl, process: child, output: () => output, log, stop };
}

/** Headless Debian Chromium (or CHROMIUM_PATH) through playwright-core, with the flags that work as root. */
export function launchBrowser({ executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium", timeoutMs = 30000 } = {}) {
  return chromium.launch({
    executablePath,
    headless: true,
    timeout: timeoutMs,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
}

/**
 * Opens the Playground's chat in a fresh browser context that may reach loopback only (its CDN font requests
 * are blocked and listed in `blocked`). Resolves when the compose box is ready.
 * While a page is open the Playground writes the log of its Connector's calls to the page's Log Panel (over its
 * websocket), not to its log file: every call it answered with an error status is kept in `page.refusedCalls`
 * ({ call, conversationId, statusCode, body }), which is where to look when a bot's send is refused.
 */
export async function openChat(browser, playgroundUrl, { timeoutMs = 30000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked = [];
  await context.route("**/*", (route) => {
    const { hostname } = new URL(route.request().url());
    if (["127.0.0.1", "localhost", "[::1]"].includes(hostname) || route.request().url().startsWith("data:")) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  page.blockedRequests = blocked;
  page.refusedCalls = [];
  page.on("websocket", (socket) => socket.on("framereceived", ({ payload }) => {
    const refused = refusedCall(payload);
    if (refused) page.refusedCalls.push(refused);
  }));
  await page.goto(playgroundUrl, { waitUntil: "domcontentloaded", timeout: timeoutMs });
  await page.waitForSelector(selectors.compose, { state: "visible", timeout: timeoutMs });
  return page;
}

/** The Connector call a Log Panel frame describes, when the Playground answered it with an error status. */
function refusedCall(payload) {
  let frame;
  try {
    frame = JSON.parse(String(payload));
  } catch {
    return undefined;
  }
  const log = frame?.logAction === "appendLog" ? frame.log : undefined;
  const statusCode = log?.response?.statusCode;
  if (!(statusCode >= 400)) return undefined;
  return { call: log.activityName, conversationId: log.conversationId ?? log.request?.body?.conversation?.id, statusCode, body: log.response.body };
}

/** Types `text` into the compose box (a Lexical editor: typed, not filled) and sends it with Enter. */
export async function sendText(page, text) {
  const box = page.locator(selectors.compose);
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** The text of every bot message shown, oldest first. */
export function botMessages(page) {
  return page.locator(selectors.botMessage).allInnerTexts();
}

/**
 * Waits until a bot message (text or card) containing `text` (a string or RegExp) is shown, counting only
 * messages after the first `after` ones (pass `(await botMessages(page)).length` taken before sending).
 * Resolves with that message's text.
 */
export async function waitForBotMessage(page, text, { after = 0, timeoutMs = 30000 } = {}) {
  const matches = typeof text === "string" ? (t) => t.includes(text) : (t) => text.test(t);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await botMessages(page)).slice(after).find(matches);
    if (found !== undefined) return found;
    if (Date.now() > deadline) {
      throw new Error(`no bot message containing ${text} within ${timeoutMs} ms; shown: ${JSON.stringify(await botMessages(page))}`);
    }
    await page.waitForTimeout(50);
  }
}

/** The text of every Adaptive Card shown, oldest first (a card replaced in place keeps its position). */
export function cardTexts(page) {
  return page.locator(selectors.card).allInnerTexts();
}

/**
 * Waits until an Adaptive Card containing every one of `texts` (a string or a list) is shown: a card sent, or one
 * replaced in place by an invoke response or an update. Text messages do not count. Resolves with the card's text.
 */
export async function waitForCard(page, texts, { timeoutMs = 30000 } = {}) {
  const wanted = [texts].flat();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await cardTexts(page)).findLast((text) => wanted.every((w) => text.includes(w)));
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no card containing ${JSON.stringify(wanted)} within ${timeoutMs} ms; cards shown: ${JSON.stringify(await cardTexts(page))}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Waits until the chat's content has not changed for `quietMs` (giving up after `timeoutMs`). The bot answers a card
 * click twice over, in the invoke response and by updating every copy of the card (the clicked one included), so the
 * Playground renders the same card twice in quick succession; a button pressed between the two renders was seen lost
 * (no invoke reached the bot). Text mutations only: attribute changes (focus rings, animations) never settle.
 */
export async function waitForStillChat(page, { quietMs = 400, timeoutMs = 4000 } = {}) {
  await page.evaluate(({ quietMs, timeoutMs }) => new Promise((resolve) => {
    let quiet;
    const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, quietMs); });
    const giveUp = setTimeout(done, timeoutMs);
    function done() { observer.disconnect(); clearTimeout(quiet); clearTimeout(giveUp); resolve(); }
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    quiet = setTimeout(done, quietMs);
  }), { quietMs, timeoutMs });
}

/** Clicks the button titled `title` on the newest Adaptive Card that has one, once the chat has stopped changing. */
export async function clickCardButton(page, title) {
  await waitForStillChat(page);
  const button = page.locator(`${selectors.card} button[title="${title}"]`);
  if (await button.count()) {
    await button.last().click();
    return;
  }
  // A secondary action ("mode": "secondary") is in a "..." menu of the newest card that has one; a card can have a menu
  // per row of buttons (the case card has two), so each is opened in turn, last first, until one holds the item.
  const overflow = 'button[title="..."], button[aria-label="More options"]';
  const menus = page.locator(selectors.card).filter({ has: page.locator(overflow) }).last().locator(overflow);
  const item = page.getByRole("menuitem", { name: title, exact: true }).first();
  for (let i = (await menus.count()) - 1; i >= 0; i--) {
    await menus.nth(i).click();
    if (await item.waitFor({ state: "visible", timeout: 3000 }).then(() => true, () => false)) {
      await item.click();
      return;
    }
    await page.keyboard.press("Escape");
  }
  throw new Error(`no button or menu item "${title}" on the newest card`);
}

/**
 * Fills the input labelled `label` on the newest card that has it. Input ids are not in the DOM, but each
 * input's `label[for]` (a sibling of its `.ac-input-container`) names the rendered element: the label text is the
 * handle; an input without a label is found by its placeholder. Compact choice sets (a Fluent combobox) pick the
 * option whose title contains `value`; dates (a Fluent date picker) take an ISO date typed and Enter.
 */
export async function fillCardInput(page, label, value) {
  const card = page.locator(selectors.card).filter({ has: page.locator(`label:has-text("${label}"), [placeholder="${label}"]`) }).last();
  const labelElement = card.locator("label", { hasText: label }).first();
  const input = (await labelElement.count())
    ? card.locator(`[id="${await labelElement.getAttribute("for")}"]`)
    : card.locator(`[placeholder="${label}"]`).first();
  const container = card.locator(selectors.cardInput).filter({ has: input });
  if (await container.locator(".fui-Combobox").count()) {
    await input.click();
    await page.locator('[role="option"]', { hasText: value }).first().click();
  } else if (await container.locator(".fui-DatePicker").count()) {
    await input.fill(value);
    await input.press("Enter");
  } else {
    await input.fill(value);
  }
}

/**
 * Chooses `optionText` in the filtered choice set (Input.ChoiceSet style "filtered": a combobox one types into)
 * labelled `label` on the newest card that has it: types the choice's title, picks the option it narrows to, and
 * leaves the field so the card takes the value.
 */
export async function chooseFilteredCardInput(page, label, optionText) {
  const card = page.locator(selectors.card).filter({ has: page.locator(`label:has-text("${label}")`) }).last();
  const labelElement = card.locator("label", { hasText: label }).first();
  const input = card.locator(`[id="${await labelElement.getAttribute("for")}"]`);
  await input.click();
  await input.fill(optionText);
  const option = page.locator('[role="option"]', { hasText: optionText }).first();
  if (await option.waitFor({ state: "visible", timeout: 3000 }).then(() => true, () => false)) await option.click();
  await input.press("Tab");
}

/**
 * Clicks the checkbox titled `title` (a choice of an expanded multi-select choice set) on the newest card that has
 * it, by its label: the renderer's checkboxes carry no accessible name of their own.
 */
export async function tickCardChoice(page, title) {
  const text = () => page.getByText(title, { exact: true });
  const card = page.locator(selectors.card).filter({ has: text() }).last();
  await card.getByText(title, { exact: true }).first().click();
}

/** Saves a full-page screenshot to `file` (folders created by playwright). */
export async function screenshot(page, file) {
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Picks `option` (its exact title) in the expanded choice set (radio buttons) labelled `label` on the newest card
 * that has it.
 */
export async function chooseCardOption(page, label, option) {
  const card = page.locator(selectors.card).filter({ has: page.locator(`label:has-text("${label}")`) }).last();
  await card.getByRole("radio", { name: option, exact: true }).first().click();
}

/**
 * Picks the option containing `option` in the compact choice set (a Fluent combobox) with placeholder `placeholder`
 * on the newest card, and waits until the combobox shows it (a required choice set is otherwise refused on submit).
 */
export async function pickFromCardList(page, placeholder, option) {
  const combo = page.locator(selectors.card).last().locator(`input[placeholder="${placeholder}"]`);
  await combo.click();
  await page.locator('[role="option"]', { hasText: option }).first().click();
  for (const deadline = Date.now() + 5000; !(await combo.inputValue()).includes(option);) {
    if (Date.now() > deadline) throw new Error(`the list "${placeholder}" does not show "${option}"`);
    await page.waitForTimeout(50);
  }
}

/** The value after `name` on the command line (`--bot URL`), or `fallback`. */
export function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/**
 * What every end-to-end script does around its own steps. `step(name, action)` runs one step and times it into
 * `result.steps`. What the script starts is handed to `own(browser)` / `own(playground)` (it returns it), and closed
 * whatever happens: at `finish()`, on a signal from the test runner, or by the watchdog, which gives up after
 * `timeoutMs`, printing the result as it stands. `finish()`, in the script's `finally`, stops the watchdog, closes
 * what was started, adds `totalMs` (and `cleanUpMs` with `{ timeCleanUp: true }`), prints the one JSON result on
 * stdout and exits: 0 when `result.ok`, 1 when not.
 */
export function scriptRun(result, timeoutMs) {
  const started = Date.now();
  const browsers = [];
  const playgrounds = [];

  async function step(name, action) {
    const t0 = Date.now();
    try {
      return await action();
    } finally {
      result.steps.push({ name, ms: Date.now() - t0 });
    }
  }

  async function cleanUp() {
    // Bounded: a browser or playground that does not close is killed.
    await Promise.race([Promise.all(browsers.map((b) => b.close())), new Promise((r) => setTimeout(r, 5000))]).catch(() => {});
    await Promise.all(playgrounds.map((p) => p.stop().catch(() => {})));
  }

  // Whatever happens (a hung page, a signal from the test runner), nothing started here outlives the script.
  const watchdog = setTimeout(async () => {
    result.error = `gave up after ${timeoutMs} ms`;
    await cleanUp();
    console.log(JSON.stringify(result));
    process.exit(1);
  }, timeoutMs);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => { await cleanUp(); process.exit(1); });
  }

  return {
    step,
    own(thing) {
      (typeof thing.stop === "function" ? playgrounds : browsers).push(thing);
      return thing;
    },
    async finish({ timeCleanUp = false } = {}) {
      clearTimeout(watchdog);
      const cleanUpStarted = Date.now();
      await cleanUp();
      if (timeCleanUp) result.cleanUpMs = Date.now() - cleanUpStarted;
      result.totalMs = Date.now() - started;
      console.log(JSON.stringify(result));
      process.exit(result.ok ? 0 : 1);
    },
  };
}
