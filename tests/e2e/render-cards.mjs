// Parses and renders Adaptive Cards with Microsoft's own renderer (npm `adaptivecards`) inside Debian's
// Chromium, the way Web Chat does, and reports per card: the parse/validation errors, whether it rendered,
// the visible text, the input ids and the action titles. Teams renders schema 1.5, so the host config
// pins the renderer to that version.
// Each image is also measured as shown at the card's width: the height in CSS pixels of the lowest line of
// dark text in it (a chart's axis labels), so a chart whose labels shrink to a smudge fails a test.
// usage: node render-cards.mjs <cards.json> [card width in px, default 480]   (a JSON array of card objects)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watchPage } from './lib/browser.mjs';
import { expect, runScenario } from './lib/scenario.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [cardsFile, widthArgument] = process.argv.slice(2);
const cardWidth = Number(widthArgument ?? 480);
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
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>');
    await page.addScriptTag({ path: path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
    facts.cardWidth = cardWidth;
    facts.results = await page.evaluate(async ({ all, width }) => {
      const AC = window.AdaptiveCards;
      const host = document.getElementById('host');
      host.style.width = `${width}px`;
      // The lowest band of dark pixels (text, not the blue bars or grey grid), in natural then shown pixels.
      const lowestTextBand = (img) => {
        const w = img.naturalWidth, h = img.naturalHeight;
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const context = canvas.getContext('2d');
        context.drawImage(img, 0, 0);
        const data = context.getImageData(0, 0, w, h).data;
        const isDark = (x, y) => {
          const i = (y * w + x) * 4;
          return data[i + 3] > 128 && 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2] < 90;
        };
        // The frame's long vertical lines would join every row into one band: columns dark over a third of
        // the height are lines, not text, and so are rows dark over half the width.
        const lineColumn = [];
        for (let x = 0; x < w; x++) {
          let n = 0;
          for (let y = 0; y < h; y++) if (isDark(x, y)) n++;
          lineColumn.push(n > h / 3);
        }
        const text = (y) => {
          let n = 0;
          for (let x = 0; x < w; x++) if (!lineColumn[x] && isDark(x, y)) n++;
          return n > 0 && n < w / 2;
        };
        let y = h - 1;
        while (y >= 0 && !text(y)) y--;
        const bottom = y;
        while (y >= 0 && text(y)) y--;
        const shownWidth = img.getBoundingClientRect().width;
        return { naturalWidth: w, shownWidth, labelPx: bottom < 0 ? 0 : (bottom - y) * shownWidth / w };
      };
      const results = [];
      for (const json of all) results.push(await (async () => {
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
          const images = element ? [...element.querySelectorAll('img')] : [];
          await Promise.all(images.map((img) => img.decode().catch(() => {})));
          return {
            images: images.map(lowestTextBand),
            parseErrors: errors,
            rendered: !!element && element.childElementCount > 0,
            text: element ? element.innerText : '',
            inputIds: card.getAllInputs(true).map((input) => input.id),
            actionTitles: card.getAllActions().map((action) => action.title ?? ''),
          };
        } catch (error) {
          errors.push(`exception: ${error?.message ?? error}`);
          return { parseErrors: errors, rendered: false, text: '', inputIds: [], actionTitles: [], images: [] };
        }
      })());
      return results;
    }, { all: cards, width: cardWidth });
  } finally {
    await browser.close();
  }
});
