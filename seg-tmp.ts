import { readFileSync, readdirSync } from 'node:fs';
import { segmentDump } from './electron/core/text/segment';
const dir = '/work/shared/corpus/seeds/';
for (const f of readdirSync(dir)) {
  const text = readFileSync(dir + f, 'utf8');
  const stories = segmentDump(text);
  console.log('=====', f, stories.length);
  for (const s of stories) {
    console.log(JSON.stringify({ title: s.title, date: s.date, source: s.source, lang: s.language, words: s.words, start: s.start, end: s.end }));
    for (const n of s.noise) console.log('   ', n.kind.padEnd(18), JSON.stringify(text.slice(n.start, n.end).slice(0, 90)));
  }
}
