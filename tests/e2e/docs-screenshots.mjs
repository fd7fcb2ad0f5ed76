// The screenshots in docs/screenshots/, taken from the real clients against a bot on the demo company:
// the web chat page in a Chinese and an English browser, and Microsoft 365 Agents Playground (the Teams
// emulator) in Chinese and English. Each asks a KPI question and waits for the answer's card, so the
// docs show what a newcomer sees today.
// usage: node docs-screenshots.mjs <botBaseUrl> <outputFolder>
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, screenshot, watchPage } from './lib/browser.mjs';
import { startPlayground } from './lib/playground.mjs';
import { expect, readArgs, runScenario, waitFor } from './lib/scenario.mjs';

const { baseUrl, artifactPath: folder } = readArgs('docs-screenshots.mjs <botBaseUrl> <outputFolder>');
expect(folder, 'an output folder is required');

const WEB = [
  { locale: 'zh-CN', question: '本月各团队销售额排名', answer: /销售额排名/, file: 'webchat-zh.png' },
  { locale: 'en-US', question: 'top 5 reps by revenue this quarter', answer: /Revenue ranking|ranking/i, file: 'webchat-en.png' },
];
const PLAYGROUND = [
  { question: '本月销售额多少', answer: /的销售额/, file: 'playground-zh.png' },
  { question: 'What is our revenue this month?', answer: /revenue/i, file: 'playground-en.png' },
];

/** Waits until an Adaptive Card whose text matches the answer has rendered and its images have loaded. */
async function waitForCard(page, answer) {
  await waitFor(`a card matching ${answer}`, async () => page.evaluate(({ source, flags }) => {
    const regex = new RegExp(source, flags);
    const cards = [...document.querySelectorAll('.ac-adaptiveCard')].filter((c) => regex.test(c.innerText));
    return cards.length > 0 && [...cards.at(-1).querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0);
  }, { source: answer.source, flags: answer.flags }), 60000, 250);
  await page.waitForTimeout(800); // Web Chat scrolls to the newest activity after it renders
}

await runScenario('docs-screenshots', async (facts) => {
  fs.mkdirSync(folder, { recursive: true });
  facts.files = [];
  const browser = await launchChromium();
  try {
    for (const shot of WEB) {
      const context = await browser.newContext({ locale: shot.locale, viewport: { width: 900, height: 1000 } });
      const page = await context.newPage();
      watchPage(page, facts);
      await page.goto(baseUrl);
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      await sendBox.waitFor({ state: 'visible', timeout: 30000 });
      await page.locator('.ac-adaptiveCard').first().waitFor({ state: 'visible', timeout: 30000 }); // the welcome card
      await sendBox.fill(shot.question);
      await sendBox.press('Enter');
      await waitForCard(page, shot.answer);
      const file = path.join(folder, shot.file);
      await screenshot(page, file, facts);
      facts.files.push(file);
      await context.close();
    }

    for (const shot of PLAYGROUND) {
      const playground = await startPlayground(`${baseUrl}api/messages`);
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
        watchPage(page, facts);
        await page.goto(playground.url);
        await waitFor('the playground\'s send box', async () => (await page.locator('[data-lexical-editor="true"][contenteditable="true"]').count()) > 0, 45000, 250);
        await page.waitForTimeout(2000); // the welcome arrives with the install events
        const sendBox = page.locator('[data-lexical-editor="true"][contenteditable="true"]');
        await sendBox.click();
        await page.keyboard.type(shot.question);
        await page.getByRole('button', { name: 'Send Message' }).click();
        await waitFor(`the answer to "${shot.question}"`, async () => page.evaluate(({ source, flags }) => {
          const regex = new RegExp(source, flags);
          return [...document.querySelectorAll('img')].some((img) => img.src.startsWith('data:image/png') && img.complete && img.naturalWidth > 0)
            && [...document.querySelectorAll('body *')].some((e) => e.children.length === 0 && regex.test(e.textContent));
        }, { source: shot.answer.source, flags: shot.answer.flags }), 60000, 250);
        await page.waitForTimeout(800);
        const file = path.join(folder, shot.file);
        await screenshot(page, file, facts);
        facts.files.push(file);
        await page.close();
      } finally {
        playground.stop();
      }
    }
    expect(facts.pageErrors.length === 0, `a page threw: ${facts.pageErrors.join(' | ')}`);
  } finally {
    await browser.close();
  }
});
