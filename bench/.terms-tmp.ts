import { readFileSync } from 'node:fs';
import { FullTextIndex } from '../electron/core/search/full-text-index';
const dir = 'bench/.corpus/discovery-10000-20240601';
const truth = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
const idx = new FullTextIndex();
const mem = () => { (globalThis as any).gc?.(); const m = process.memoryUsage(); return `rss ${Math.round(m.rss / 1048576)} heap ${Math.round(m.heapUsed / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)}`; };
console.log('start', mem());
for (const d of truth) { const text = readFileSync(dir + '/' + d.path, 'utf8'); for (const s of d.stories) { const t = text.slice(s.start, s.end); idx.add(s.key, s.title, t.slice(t.indexOf('\n') + 1)); } }
console.log('terms', (idx as any).termList.length, mem());
