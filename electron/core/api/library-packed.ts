import type { FileSummary, StorySummary } from './views';

/**
 * The whole library listing (files and stories) as one JSON string, for the renderer's
 * list. At 30,000 stories `stories.list` is ~6 MB of small objects; structured clone (Electron
 * IPC) and above all Playwright's binding (the e2e bridge) pay per object, while one string
 * crosses either transport as a single copy and `JSON.parse` rebuilds it in a few tens of ms.
 * Stories are rows of columns that point at their file by index, so a path is sent once.
 */
interface PackedLibrary {
  v: 1;
  files: FileSummary[];
  /** Stories in the whole listing when this is one page of it (its files are only those the page names); else left off. */
  total?: number;
  /** [id, file index, index in file, title, date, source, language, words, byline, 1 when the date is guessed (else left off)] */
  stories: [string, number, number, string, string | null, string | null, string, number, (string | null)?, 1?][];
}

/**
 * Encode the listing; `stories` must only name files in `files` (the catalog guarantees it).
 * `total`: this is one page of a listing of that many stories.
 */
export function packLibrary(files: FileSummary[], stories: StorySummary[], total?: number): string {
  const fileIndex = new Map(files.map((f, i) => [f.path, i]));
  const rows: PackedLibrary['stories'] = [];
  for (const s of stories) {
    const fi = fileIndex.get(s.path);
    if (fi === undefined) continue; // a story whose file vanished between the two reads
    const row: PackedLibrary['stories'][number] = [s.id, fi, s.index, s.title, s.date, s.source, s.language, s.words, s.byline];
    if (s.dateGuessed) row.push(1);
    rows.push(row);
  }
  const packed: PackedLibrary = { v: 1, files, stories: rows, ...(total === undefined ? {} : { total }) };
  return JSON.stringify(packed);
}

/**
 * Decode what `packLibrary` made. Returns null for anything malformed (a different version, a
 * truncated string), so the caller can fall back to the plain listings instead of crashing.
 */
export function unpackLibrary(json: string): { files: FileSummary[]; stories: StorySummary[]; total: number } | null {
  let packed: PackedLibrary;
  try {
    packed = JSON.parse(json) as PackedLibrary;
  } catch {
    return null;
  }
  if (!packed || packed.v !== 1 || !Array.isArray(packed.files) || !Array.isArray(packed.stories)) return null;
  const { files } = packed;
  const stories: StorySummary[] = new Array(packed.stories.length);
  let n = 0;
  for (const row of packed.stories) {
    const f = Array.isArray(row) ? files[row[1]] : undefined;
    if (!f || typeof row[0] !== 'string') continue;
    stories[n++] = {
      id: row[0],
      docId: f.docId,
      path: f.path,
      index: row[2],
      title: row[3],
      date: row[4],
      source: row[5],
      language: row[6],
      words: row[7],
      byline: typeof row[8] === 'string' ? row[8] : null,
      ...(row[9] === 1 ? { dateGuessed: true } : {}),
    };
  }
  stories.length = n;
  const total = typeof packed.total === 'number' && packed.total >= n ? packed.total : n;
  return { files, stories, total };
}
