// The dashboard in Debian's Chromium, signed in through the demo sign-in page as each persona: the page shows the
// persona's natural scope with real figures (the tiles' raw values are reported for the xunit test to compare
// with the kpi command), a rep's attempt at another team is refused by the page and its JSON, and the manager's
// view is photographed in Chinese and English at laptop (1366x768) and phone (390x844) widths.
// usage: node dashboard.mjs <botBaseUrl> <screenshotFolder>
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, watchPage } from './lib/browser.mjs';
import { expect, readArgs, runScenario, waitFor } from './lib/scenario.mjs';

const { baseUrl, artifactPath: folder } = readArgs('dashboard.mjs <botBaseUrl> <screenshotFolder>');
expect(folder, 'a screenshot folder is required');

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

// What the chat beside the dashboard is asked, and the title of the card's link back to the dashboard.
const CHAT = {
  'zh-CN': { question: '上个月订单量', open: '在仪表盘中打开' },
  'en-US': { question: 'order count last month', open: 'Open in dashboard' },
};

/** Presses the card's "open in dashboard" button and reads the dashboard it opens (a new tab, as Web Chat opens links). */
async function followOpenInDashboard(context, card, locale, facts) {
  const [opened] = await Promise.all([
    context.waitForEvent('page', { timeout: 30000 }),
    card.locator('button', { hasText: CHAT[locale].open }).click(),
  ]);
  watchPage(opened, facts);
  await opened.waitForLoadState();
  const loaded = await waitForDashboard(opened, facts);
  const seen = await readPage(opened);
  seen.loaded = loaded;
  seen.href = opened.url();
  seen.period = await opened.evaluate(() => document.getElementById('dash-period').value);
  seen.selected = await opened.evaluate(() => [...document.querySelectorAll('.dash-tile--selected')].map((t) => t.dataset.metric));
  return seen;
}

/** Opens a deep link signed out, is sent to sign in, presses the persona's button and lands back on the link. */
async function signIn(browser, role, locale, viewport, link, facts) {
  const context = await browser.newContext({ locale, viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  watchPage(page, facts);
  await page.goto(new URL(link, baseUrl).href);
  expect(new URL(page.url()).pathname.endsWith('/signin'), `an anonymous visit to ${link} should reach the sign-in page, reached ${page.url()}`);
  await page.locator(`button[name="persona"][value="${role}"]`).click();
  await page.waitForURL((url) => url.pathname.endsWith('/dashboard'), { timeout: 30000 });
  return { context, page };
}

async function waitForDashboard(page, facts) {
  try {
    await waitFor('the dashboard to load', () => page.evaluate(() => document.body.dataset.loaded), 60000, 200);
  } catch (error) {
    facts.stuckAt = await page.evaluate(() => ({ url: window.location.href, status: document.getElementById('dash-status')?.textContent, html: document.body.innerHTML.slice(0, 600) }));
    throw error;
  }
  return page.evaluate(() => document.body.dataset.loaded);
}

/** What a person sees: the scope, the tiles with their raw values, the chart canvases, the panels' text. */
function readPage(page) {
  return page.evaluate(() => ({
    url: window.location.pathname + window.location.search,
    lang: document.documentElement.lang,
    scope: document.getElementById('dash-scope').value,
    scopeOptions: [...document.getElementById('dash-scope').options].map((o) => o.value),
    who: document.getElementById('dash-who').textContent,
    status: document.getElementById('dash-status').textContent,
    tiles: [...document.querySelectorAll('.dash-tile')].map((t) => ({
      metric: t.dataset.metric, value: t.dataset.value === '' ? null : Number(t.dataset.value),
      name: t.querySelector('.dash-tile__name').textContent, text: t.querySelector('.dash-tile__value').textContent })),
    canvases: document.querySelectorAll('.dash-chart canvas').length,
    echarts: typeof window.echarts === 'object',
    goals: document.getElementById('dash-goals').innerText,
    risks: document.getElementById('dash-risks').innerText,
    callbacks: document.getElementById('dash-callbacks').innerText,
    training: document.getElementById('dash-training').innerText,
    horizontalOverflow: document.documentElement.scrollWidth > window.innerWidth + 1,
  }));
}

await runScenario('dashboard', async (facts) => {
  fs.mkdirSync(folder, { recursive: true });
  facts.personas = {};
  facts.files = [];
  const browser = await launchChromium();
  try {
    for (const role of ['admin', 'manager', 'rep']) {
      const { context, page } = await signIn(browser, role, 'zh-CN', LAPTOP, 'dashboard?period=last-month', facts);
      const loaded = await waitForDashboard(page, facts);
      const seen = await readPage(page);
      seen.loaded = loaded;
      if (role === 'rep') {
        // The rep tries another team by URL: the page says no, and so does its JSON.
        seen.otherTeamStatus = await page.evaluate(async () => (await fetch('api/dashboard/summary?scope=team:east-2')).status);
        seen.otherPersonStatus = await page.evaluate(async () => (await fetch('api/dashboard/goals?scope=rep:r07')).status);
        await page.goto(new URL('dashboard?scope=team:east-2&period=last-month', baseUrl).href);
        seen.otherTeamLoaded = await waitForDashboard(page, facts);
        seen.otherTeamText = await page.evaluate(() => document.getElementById('dash-status').textContent);
        seen.otherTeamTiles = await page.evaluate(() => document.querySelectorAll('.dash-tile').length);
      }
      facts.personas[role] = seen;
      await context.close();
    }

    // The manager's team in both languages at both widths; the deep link names scope, period and metric.
    for (const locale of ['zh-CN', 'en-US']) {
      for (const [width, viewport] of [['laptop', LAPTOP], ['phone', PHONE]]) {
        const link = `dashboard?scope=team:east-1&period=last-month&metric=revenue&locale=${locale}`;
        const { context, page } = await signIn(browser, 'manager', locale, viewport, link, facts);
        expect(await waitForDashboard(page, facts) === 'true', `the ${locale} ${width} dashboard did not load`);
        const seen = await readPage(page);
        let card = null;
        if (width === 'laptop') {
          // The chat sits beside the figures, as the signed-in person: ask it a figure, so the picture shows it working.
          const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
          await sendBox.waitFor({ state: 'visible', timeout: 30000 });
          seen.chatBeside = await page.evaluate(() => {
            const chat = document.getElementById('dash-chat').getBoundingClientRect();
            const main = document.getElementById('dash-main').getBoundingClientRect();
            return chat.width > 0 && chat.left >= main.right - 1;
          });
          await page.locator('#dash-chat .ac-adaptiveCard').first().waitFor({ state: 'visible', timeout: 30000 }); // the welcome card
          await sendBox.fill(CHAT[locale].question);
          await sendBox.press('Enter');
          card = page.locator('#dash-chat .ac-adaptiveCard', { has: page.locator('button', { hasText: CHAT[locale].open }) }).last();
          await card.waitFor({ state: 'visible', timeout: 90000 });
          await page.waitForTimeout(800); // Web Chat scrolls to the newest activity after it renders
          seen.chatAnswer = await card.innerText();
        }
        await page.waitForTimeout(1200); // echarts animates its first draw
        const file = path.join(folder, `dashboard-${locale.slice(0, 2)}-${width}.png`);
        await page.screenshot({ path: file, fullPage: false });
        facts.files.push(file);
        facts[`${locale}-${width}`] = seen;
        if (card) facts[`${locale}-link`] = await followOpenInDashboard(context, card, locale, facts);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
});
