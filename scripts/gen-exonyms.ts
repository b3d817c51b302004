import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transliterate } from 'transliteration';
import { foldToken } from '../electron/core/search/fold';
import { terms } from '../electron/core/search/tokenize';

/**
 * Writes electron/core/search/exonyms-data.ts: English ↔ Russian names of countries and
 * territories (CLDR territory display names, with their short and variant forms), of the
 * cities CLDR names as time-zone exemplars (plus the zone id's own English city name, so
 * "Kiev" joins "Kyiv" and "Киев"), and of first-level regions and city-regions from
 * iso3166-2-db (ISO 3166-2 subdivisions named from Wikipedia/OSM): CLDR names no city that
 * is not a time-zone exemplar, so Beijing (China's zone is Asia/Shanghai) ↔ Пекин, and
 * regions such as Bavaria ↔ Бавария, come from there. Only pairs transliteration cannot
 * connect are kept (Moscow ↔ Москва, not Berlin ↔ Берлин).
 *
 * Run with `npm run gen:exonyms` after updating CLDR. iso3166-2-db is 280 MB unpacked and
 * needed only here, so it is not a dependency: install it for the run with
 * `npm i --no-save iso3166-2-db@2.3.11`.
 */
const require = createRequire(import.meta.url);
const json = (p: string): unknown => JSON.parse(readFileSync(require.resolve(p), 'utf8'));

type Names = Map<string, Set<string>>;

function territories(lang: 'en' | 'ru'): Names {
  const doc = json(`cldr-localenames-full/main/${lang}/territories.json`) as {
    main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
  };
  const out: Names = new Map();
  for (const [code, name] of Object.entries(doc.main[lang].localeDisplayNames.territories)) {
    // Only countries and territories with ISO letters ("RU", "RU-alt-short"), not regions like "150".
    const base = code.split('-alt-')[0];
    if (!/^[A-Z]{2}$/.test(base)) continue;
    if (!out.has(base)) out.set(base, new Set());
    out.get(base)!.add(name);
  }
  return out;
}

function cities(lang: 'en' | 'ru'): Names {
  const doc = json(`cldr-dates-full/main/${lang}/timeZoneNames.json`) as {
    main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }>;
  };
  const out: Names = new Map();
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const city = (node as { exemplarCity?: unknown }).exemplarCity;
    if ((node as { _type?: unknown })._type === 'zone' || typeof city === 'string') {
      const names = new Set<string>();
      if (typeof city === 'string') names.add(city);
      // English leaves out a city named as in its zone id, and the id keeps the older spelling ("Europe/Kiev" for "Kyiv").
      if (lang === 'en') names.add(path[path.length - 1].replace(/_/g, ' '));
      if (names.size) out.set(path.join('/'), names);
      return;
    }
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('_')) walk(v, [...path, k]);
  };
  walk(doc.main[lang].dates.timeZoneNames.zone, []);
  return out;
}

const REGIONS_PACKAGE = 'iso3166-2-db@2.3.11';
/** OpenStreetMap admin levels 3-4 are a country's first-level regions; deeper ones are districts and councils. Unlevelled
 * entries are kept: city-regions such as Beijing have none. */
const MAX_REGION_LEVEL = 4;
/** Shorter region names are mostly district codes and common words ("Bay" ↔ "Бей", "Vaud" ↔ "Во"). */
const MIN_REGION_NAME = 4;

interface Region {
  iso: string;
  names?: Record<string, string>;
  reference?: { openstreetmap_level?: number | null };
}

/** ISO 3166-2 first-level regions with both an English and a Cyrillic Russian name, keyed "CN-11". */
function regions(): [Names, Names] {
  let doc: Record<string, { regions?: Region[] }>;
  try {
    doc = json('iso3166-2-db/data/iso3166-2.json') as typeof doc;
  } catch {
    throw new Error(`gen:exonyms needs ${REGIONS_PACKAGE} for city and region names: run \`npm i --no-save ${REGIONS_PACKAGE}\` first.`);
  }
  const en: Names = new Map();
  const ru: Names = new Map();
  for (const [country, c] of Object.entries(doc)) {
    for (const r of c.regions ?? []) {
      const level = r.reference?.openstreetmap_level;
      const e = r.names?.en?.trim();
      const R = r.names?.ru?.trim();
      if (!e || !R || (level != null && level > MAX_REGION_LEVEL)) continue;
      // Some Russian entries are the untranslated Latin name: not a Russian name.
      if (!/^[\u0400-\u04ff\s-]+$/.test(R) || R.length < MIN_REGION_NAME || e.length < MIN_REGION_NAME) continue;
      // One word each: a region's names often drop or add "Province", "Oblast" ("Gaza Province" is "Газа"), so a
      // multi-word one would be a phrase no text uses, or claim another place's one-word name.
      if (terms(e).length !== 1 || terms(R).length !== 1) continue;
      en.set(`${country}-${r.iso}`, new Set([e]));
      ru.set(`${country}-${r.iso}`, new Set([R]));
    }
  }
  return [en, ru];
}

/**
 * International bodies and offices the news names by an abbreviation or a name no
 * transliteration joins (WHO/ВОЗ, IMF/МВФ, Kremlin/Кремль). No npm dataset carries them in
 * both languages (CLDR names places only), so they are typed here, each as the English
 * abbreviation and name, then the Russian ones, as each body's own sites spell them.
 */
const INTERNATIONAL_BODIES: readonly string[][] = [
  ['World Health Organization', 'WHO', 'ВОЗ', 'Всемирная организация здравоохранения'],
  ['International Monetary Fund', 'IMF', 'МВФ', 'Международный валютный фонд'],
  ['World Trade Organization', 'WTO', 'ВТО', 'Всемирная торговая организация'],
  ['World Bank', 'Всемирный банк'],
  ['International Atomic Energy Agency', 'IAEA', 'МАГАТЭ', 'Международное агентство по атомной энергии'],
  ['International Criminal Court', 'ICC', 'МУС', 'Международный уголовный суд'],
  ['OSCE', 'ОБСЕ'],
  ['OPEC', 'ОПЕК'],
  ['OECD', 'ОЭСР'],
  ['Commonwealth of Independent States', 'CIS', 'СНГ', 'Содружество Независимых Государств'],
  ['Collective Security Treaty Organization', 'CSTO', 'ОДКБ', 'Организация Договора о коллективной безопасности'],
  ['Shanghai Cooperation Organisation', 'SCO', 'ШОС', 'Шанхайская организация сотрудничества'],
  ['Eurasian Economic Union', 'EAEU', 'ЕАЭС', 'Евразийский экономический союз'],
  ['European Commission', 'Еврокомиссия', 'Европейская комиссия'],
  ['European Parliament', 'Европарламент', 'Европейский парламент'],
  ['Security Council', 'Совбез', 'Совет Безопасности'],
  ['Kremlin', 'Кремль'],
  ['White House', 'Белый дом'],
  ['State Department', 'Госдеп', 'Госдепартамент'],
  ['FBI', 'ФБР'],
  ['CIA', 'ЦРУ'],
  ['FSB', 'ФСБ'],
];

/**
 * Abbreviations and short names news copy uses that CLDR does not carry, each added to the
 * CLDR group holding its first name (or standing alone when none does). Only these are typed
 * by hand: CLDR has "US"/"США" and "UN"/"ООН" as short territory names, but not "USA",
 * "EU"/"ЕС"/"Евросоюз" or NATO, which is no territory, nor the international bodies below. Dotted spellings ("U.S.", "U.N.")
 * need no entry: the index reads them as their letters.
 */
const ABBREVIATIONS: readonly string[][] = [
  ['United States', 'USA'],
  // Russian news calls these by older names CLDR does not list (it has "Беларусь", "Молдова").
  ['Belarus', 'Беларусь', 'Белоруссия'],
  ['Moldova', 'Молдова', 'Молдавия'],
  ['European Union', 'EU', 'ЕС', 'Евросоюз'],
  ['NATO', 'НАТО', 'North Atlantic Treaty Organization', 'Организация Североатлантического договора'],
  ...INTERNATIONAL_BODIES,
];

/** Bodies, not places: the entity extractor lists them as organisations ("Sri Lanka" is a place, "NATO" a body). */
const BODIES: readonly string[][] = [
  // CLDR lists the UN as a territory ("UN"/"ООН"); news means the organisation.
  ['United Nations'],
  ['European Union'],
  ['NATO'],
  ...INTERNATIONAL_BODIES,
];

/** Names that transliterate to the same letters need no table entry. */
const roughKey = (s: string) => foldToken(transliterate(s)).replace(/[^a-z]/g, '');

const groups: string[][] = [];
for (const [en, ru] of [[territories('en'), territories('ru')], [cities('en'), cities('ru')], regions()]) {
  for (const [id, ruNames] of ru) {
    // English leaves out most cities named as in their zone id ("Europe/Moscow"): the id names them.
    const enNames = en.get(id) ?? (id.includes('/') ? new Set([id.split('/').pop()!.replace(/_/g, ' ')]) : null);
    if (!enNames) continue;
    const all = [...enNames, ...ruNames].filter((n) => !/[()]/.test(n));
    const keys = new Set(all.map(roughKey));
    if (keys.size < 2) continue;
    groups.push([...new Set(all)].sort());
  }
}
for (const [anchor, ...more] of ABBREVIATIONS) {
  const g = groups.find((names) => names.includes(anchor));
  if (g) g.push(...more.filter((n) => !g.includes(n)));
  else groups.push([anchor, ...more]);
}
for (const g of groups) g.sort();
groups.sort((a, b) => a[0].localeCompare(b[0]));
const out = `// Generated by scripts/gen-exonyms.ts from CLDR (cldr-localenames-full territories, cldr-dates-full
// exemplar cities; Unicode License v3) and ${REGIONS_PACKAGE} (first-level regions; MIT).
// Do not edit: regenerate with \`npm run gen:exonyms\`.

/** One group of names for the same place or body per entry, names separated by "|". */
export const EXONYM_DATA: readonly string[] = [
${groups.map((g) => `  ${JSON.stringify(g.join('|'))},`).join('\n')}
];

/** The groups above that name a body, not a place: one of each group's names. */
export const BODY_NAMES: readonly string[] = [
${BODIES.map((b) => `  ${JSON.stringify(b[0])},`).join('\n')}
];
`;
writeFileSync(new URL('../electron/core/search/exonyms-data.ts', import.meta.url), out);
console.log(`${groups.length} groups`);
