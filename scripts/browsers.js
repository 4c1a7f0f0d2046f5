// Launchers for Firefox ESR and WebKitGTK, both from Debian's packages; nothing is downloaded.
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const WEBKIT_BINARY = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Firefox through WebDriver BiDi, via puppeteer-core. */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'dom.serviceWorkers.testing.enabled': true },
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

const children = [];
function startChild(command, args, env) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}
for (const signal of ['exit', 'SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    if (signal === 'exit') return;
    // Said, as a run stopped from outside otherwise ends with no word of why.
    console.error(`The test run was stopped by ${signal}.`);
    process.exit(1);
  });
}

async function waitForPort(port, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb when there is no display. */
export async function webkitLauncher() {
  if (!existsSync(WEBKIT_BINARY)) throw new Error(`MiniBrowser not found at ${WEBKIT_BINARY}: apt-get install webkit2gtk-driver`);
  const env = {};
  if (!process.env.DISPLAY) {
    const display = `:${90 + Math.floor(Math.random() * 400)}`;
    startChild('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    env.DISPLAY = display;
    await new Promise((r) => setTimeout(r, 800));
  }
  const port = await freePort();
  startChild('WebKitWebDriver', [`--port=${port}`], env);
  await waitForPort(port);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: WEBKIT_BINARY, args: ['--automation'] },
    },
  });
}
