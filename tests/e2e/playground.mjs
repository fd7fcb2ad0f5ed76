// The bot in a Teams-like client: Microsoft 365 Agents Playground talks to POST /api/messages as the
// msteams channel (installationUpdate and conversationUpdate when its page opens, then messages) and
// renders the replies. We drive its page in headless Chromium: the welcome card must appear once,
// and "help" must be answered.
// usage: node playground.mjs <botBaseUrl> [screenshot.png]
import { launchChromium, screenshot, watchPage } from './lib/browser.mjs';
import { startPlayground } from './lib/playground.mjs';
import { expect, readArgs, runScenario, waitFor } from './lib/scenario.mjs';

const WELCOME_TITLE = /Hi, I'm SalesCoachBot|你好，我是销售教练/;
const HELP_TITLE = /Things you can ask me|可以这样问我/;
const TURN_ERROR = /something went wrong|出了点问题|出错/;

const { baseUrl, artifactPath } = readArgs('playground.mjs <botBaseUrl> [screenshot.png]');

/** Texts of the innermost elements matching the pattern, outside the log panel (which echoes activities). */
async function chatTexts(page, pattern) {
  return page.evaluate(({ source, flags }) => {
    const regex = new RegExp(source, flags);
    const logPanel = document.querySelector('[contenteditable="true"][spellcheck="false"]');
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.children.length === 0 && regex.test(e.textContent) && !(logPanel && logPanel.contains(e)))
      .map((e) => e.textContent.trim());
  }, { source: pattern.source, flags: pattern.flags });
}

/** "installationUpdate 200"-style entries of the playground's log panel: what the bot answered to each activity. */
async function botResponses(page) {
  const text = await page.evaluate(() => document.querySelector('[contenteditable="true"][spellcheck="false"]')?.innerText ?? '');
  return text.split('\n')
    .filter((line) => /Playground\s*\S*\s*User Application/.test(line))
    .map((line) => /User Application\s+(\w+)\s+(\d{3})/.exec(line))
    .filter(Boolean)
    .map((m) => `${m[1]} ${m[2]}`);
}

await runScenario('agents-playground', async (facts) => {
  const playground = await startPlayground(`${baseUrl}api/messages`);
  facts.playgroundPort = playground.port;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watchPage(page, facts);
    await page.goto(playground.url);

    await waitFor('the welcome card', async () => (await chatTexts(page, WELCOME_TITLE)).length > 0, 45000, 250);
    // installationUpdate and conversationUpdate arrive together; give a second welcome time to show up.
    await page.waitForTimeout(2000);
    const welcomes = await chatTexts(page, WELCOME_TITLE);
    facts.welcomeCount = welcomes.length;
    facts.welcomeTitles = welcomes;

    const sendBox = page.locator('[data-lexical-editor="true"][contenteditable="true"]');
    await sendBox.click();
    await page.keyboard.type('help');
    await page.getByRole('button', { name: 'Send Message' }).click();
    const help = await waitFor('the reply to "help"', async () => (await chatTexts(page, HELP_TITLE))[0], 30000, 250);
    facts.helpReply = help.slice(0, 200);
    facts.helpReplyLanguage = /Things you can ask me/.test(help) ? 'en' : 'zh';
    facts.turnErrorShown = (await chatTexts(page, TURN_ERROR)).length > 0;
    // The reply is shown as soon as the bot sends it; the bot's HTTP answer to the message itself comes when the
    // turn has finished (state saved), so wait for that line of the log before reading it.
    await waitFor('the bot\'s answer to the message in the log', async () => (await botResponses(page)).some((r) => r.startsWith('message ')), 15000, 250);
    facts.botResponses = await botResponses(page);
    await screenshot(page, artifactPath, facts);

    expect(facts.botResponses.length > 0, 'the playground log showed no activity sent to the bot');
    const failed = facts.botResponses.filter((r) => !/ 2\d\d$/.test(r));
    expect(failed.length === 0, `the bot answered with an error status: ${failed.join(', ')}`);
  } finally {
    await browser.close();
    playground.stop();
  }
});
