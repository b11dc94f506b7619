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
import { mkdtempSync, rmSync, existsSync, readFileSync } from "node:fs";
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
 * Starts the Playground on 127.0.0.1 against `botEndpoint`, on `port` (a free one by default; a taken port is
 * refused, since the Playground would silently move and its service URL would point nowhere). Proxy variables are
 * cleared so it reaches the bot directly. Resolves once it listens; `stop()` ends it and removes its work folder.
 */
export async function startPlayground({ botEndpoint, port, channel = "msteams", conversationId, timeoutMs = 20000 } = {}) {
  if (!botEndpoint) throw new Error("startPlayground: botEndpoint is required, e.g. http://127.0.0.1:3978/api/messages");
  if (!existsSync(playgroundCli)) throw new Error(`${playgroundCli} is missing: run \`npm ci\` in ${here}`);
  port ??= await freePort();
  if (!(await isPortFree(port))) throw new Error(`port ${port} is taken; the Playground needs it free`);

  const serviceUrl = `http://127.0.0.1:${port}/_connector`;
  const workFolder = mkdtempSync(path.join(os.tmpdir(), "playground-"));
  const args = [playgroundCli, "-e", botEndpoint, "-c", channel, "-p", String(port), "--service-url", serviceUrl, "--disable-telemetry"];
  if (conversationId) args.push("--conversation-id", conversationId);
  const child = spawn(process.execPath, args, {
    cwd: workFolder,
    env: { ...withoutProxy(process.env), NODE_OPTIONS: `--require ${loopbackPreload}` },
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
  const failure = (why) => {
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-2000) : "";
    return new Error(`Agents Playground ${why}.\n${output.slice(-2000)}\n${log}`);
  };

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
  return { url: `http://127.0.0.1:${port}/`, port, serviceUrl, process: child, output: () => output, stop };
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
  await page.goto(playgroundUrl, { waitUntil: "domcontentloaded", timeout: timeoutMs });
  await page.waitForSelector(selectors.compose, { state: "visible", timeout: timeoutMs });
  return page;
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

/** Clicks the button titled `title` on the newest Adaptive Card that has one. */
export async function clickCardButton(page, title) {
  await page.locator(`${selectors.card} button[title="${title}"]`).last().click();
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

/** Saves a full-page screenshot to `file` (folders created by playwright). */
export async function screenshot(page, file) {
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
