// The web chat page at / in headless Chromium with a Chinese browser: the real Web Chat bundle gets a
// token, shows the welcome card, sends 帮助 through the embedded Direct Line endpoint and renders the
// bot's answer in Chinese.
// usage: node webchat-browser.mjs <botBaseUrl> [screenshot.png]
import { launchChromium, screenshot, watchPage } from './lib/browser.mjs';
import { expect, readArgs, runScenario } from './lib/scenario.mjs';

const WELCOME_TITLE = '你好，我是销售教练';
const HELP_TITLE = '可以这样问我';
const SEND_FAILED = /发送失败|Send failed/i;

const { baseUrl, artifactPath } = readArgs('webchat-browser.mjs <botBaseUrl> [screenshot.png]');

/** Opens the page with one request answered by `handler` and returns the status text the page shows. */
async function statusTextWhen(context, pattern, handler) {
  const page = await context.newPage();
  try {
    await page.route(pattern, handler);
    await page.goto(baseUrl);
    const status = page.locator('.salescoach-webchat__status[role="alert"]');
    await status.waitFor({ state: 'visible', timeout: 15000 });
    return (await status.innerText()).trim();
  } finally {
    await page.close();
  }
}

await runScenario('webchat-browser', async (facts) => {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    watchPage(page, facts);
    const tokenResponse = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'), { timeout: 30000 });
    const pageResponse = await page.goto(baseUrl);
    facts.pageStatus = pageResponse?.status();
    facts.title = await page.title();
    facts.tokenStatus = (await tokenResponse).status();

    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.waitFor({ state: 'visible', timeout: 30000 });
    facts.sendBoxPlaceholder = await sendBox.getAttribute('placeholder');

    const welcome = page.locator('.ac-adaptiveCard', { hasText: WELCOME_TITLE });
    await welcome.first().waitFor({ state: 'visible', timeout: 30000 });
    facts.welcomeCardCount = await welcome.count();
    facts.welcomeCardButtons = await welcome.first().locator('button').allInnerTexts();

    await sendBox.fill('帮助');
    await sendBox.press('Enter');
    const botReply = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: HELP_TITLE });
    await botReply.first().waitFor({ state: 'visible', timeout: 30000 });
    facts.helpReply = (await botReply.first().innerText()).slice(0, 200);
    facts.userBubble = (await page.locator('.webchat__bubble--from-user').last().innerText()).trim();
    // Web Chat marks the user's message as failed when the echo (id + clientActivityID) does not come back.
    facts.sendFailedShown = await page.getByText(SEND_FAILED).count() > 0;
    await screenshot(page, artifactPath, facts);

    // The page's own failure paths, both languages on the page: no bundle on the server, no token.
    facts.bundleMissingText = await statusTextWhen(context, '**/lib/webchat.js', (route) => route.fulfill({ status: 404, body: '' }));
    facts.tokenFailureText = await statusTextWhen(context, '**/api/directline/token', (route) => route.fulfill({ status: 503, body: '' }));

    expect(facts.userBubble.includes('帮助'), `the user's bubble shows "${facts.userBubble}"`);
    expect(!facts.sendFailedShown, 'Web Chat shows the user\'s message as failed to send');
    expect(facts.pageErrors.length === 0, `the page threw: ${facts.pageErrors.join(' | ')}`);
  } finally {
    await browser.close();
  }
});
