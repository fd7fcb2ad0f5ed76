import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

// Debian's chromium, never a downloaded one. The background-networking flags matter here: without
// them Chromium keeps calling Google's services, which a closed network refuses many times a second.
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export async function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: FLAGS });
}

/** Records page errors and failed requests to hosts under test; the scripts report them as facts. */
export function watchPage(page, facts) {
  facts.pageErrors ??= []; // one list for every page a script opens
  page.on('pageerror', (error) => facts.pageErrors.push(String(error.message).slice(0, 300)));
  page.on('console', (message) => {
    if (message.type() === 'error') process.stderr.write(`[browser console] ${message.text()}\n`);
  });
}

export async function screenshot(page, file, facts) {
  if (!file) return;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file, fullPage: false });
  facts.screenshot = path.resolve(file);
}
