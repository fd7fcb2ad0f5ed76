// Parses and renders Adaptive Cards with Microsoft's own renderer (npm `adaptivecards`) inside Debian's
// Chromium, the way Web Chat does, and reports per card: the parse/validation errors, whether it rendered,
// the visible text, the input ids and the action titles. Teams renders schema 1.5, so the host config
// pins the renderer to that version.
// usage: node render-cards.mjs <cards.json>   (a JSON array of card objects)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watchPage } from './lib/browser.mjs';
import { expect, runScenario } from './lib/scenario.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [cardsFile] = process.argv.slice(2);
if (!cardsFile) {
  process.stderr.write('usage: node render-cards.mjs <cards.json>\n');
  process.exit(2);
}

await runScenario('render-cards', async (facts) => {
  const cards = JSON.parse(fs.readFileSync(cardsFile, 'utf8'));
  expect(Array.isArray(cards), 'the input file must hold a JSON array of cards');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    watchPage(page, facts);
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="host" style="width:480px"></div></body></html>');
    await page.addScriptTag({ path: path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
    facts.results = await page.evaluate((all) => {
      const AC = window.AdaptiveCards;
      const host = document.getElementById('host');
      return all.map((json) => {
        const errors = [];
        try {
          // adaptivecards 3.0.6 checks "lang" with a global (/g) regex whose lastIndex survives between
          // cards, so the second card of a batch would be refused; each card is checked as if alone.
          AC.CardElement.langProperty.regEx.lastIndex = 0;
          const card = new AC.AdaptiveCard();
          card.hostConfig = new AC.HostConfig({ supportsInteractivity: true });
          const context = new AC.SerializationContext(AC.Versions.v1_5);
          card.parse(json, context);
          for (let i = 0; i < context.eventCount; i++) errors.push(`parse: ${context.getEventAt(i).message}`);
          const validation = card.validateProperties();
          for (let i = 0; i < validation.validationEvents.length; i++) errors.push(`validate: ${validation.validationEvents[i].message}`);
          if (card.version && card.version.major === 1 && card.version.minor > 5) errors.push(`version ${card.version} is above Teams' 1.5`);
          host.innerHTML = '';
          const element = card.render();
          if (element) host.appendChild(element);
          return {
            parseErrors: errors,
            rendered: !!element && element.childElementCount > 0,
            text: element ? element.innerText : '',
            inputIds: card.getAllInputs(true).map((input) => input.id),
            actionTitles: card.getAllActions().map((action) => action.title ?? ''),
          };
        } catch (error) {
          errors.push(`exception: ${error?.message ?? error}`);
          return { parseErrors: errors, rendered: false, text: '', inputIds: [], actionTitles: [] };
        }
      });
    }, cards);
  } finally {
    await browser.close();
  }
});
