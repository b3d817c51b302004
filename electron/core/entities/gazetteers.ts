import { foldToken } from '../search/fold';

/**
 * Small word lists that classify capitalised runs. Deliberately short and editable: the
 * extractor must keep up with ingest (tens of MB/s), so it leans on these cues instead of a
 * full parser. Entries are folded (lower-case, no diacritics); Cyrillic ones are stems.
 */

/** Titles and roles that precede a person's name and are stripped from it. */
const RAW_TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'finance', 'deputy', 'secretary', 'of', 'state',
  'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'leader', 'premier', 'general', 'gen', 'admiral', 'colonel',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'king', 'queen', 'prince', 'senator', 'sen', 'governor', 'mayor', 'ambassador', 'envoy',
  'chairman', 'chairwoman', 'chief', 'director', 'commander', 'pope', 'rep', 'judge', 'justice', 'speaker', 'counterpart',
  'президент', 'министр', 'пресс-секретарь', 'председатель', 'премьер', 'глава', 'посол', 'генерал', 'спикер', 'лидер',
]);

/** Nationality adjectives that often precede a title ("Russian Foreign Minister …"). */
const RAW_NATIONALITIES = new Set([
  'us', 'u.s', 'american', 'russian', 'chinese', 'north', 'south', 'korean', 'japanese', 'british', 'french', 'german', 'ukrainian',
  'iranian', 'indian', 'turkish', 'israeli', 'european', 'swiss', 'kremlin', 'state', 'former', 'new',
]);

/** Last or inner words that make a run an organization. */
const RAW_ORG_HEADS = new Set([
  'ministry', 'agency', 'council', 'party', 'organisation', 'organization', 'commission', 'command', 'union', 'bank', 'department',
  'endowment', 'federation', 'institute', 'university', 'school', 'staff', 'office', 'committee', 'court', 'army', 'navy', 'corporation',
  'corp', 'group', 'company', 'inc', 'ltd', 'fund', 'association', 'parliament', 'assembly', 'senate', 'congress', 'police', 'service',
  'forces', 'guard', 'cafe', 'times', 'post', 'news', 'television', 'tv', 'radio', 'foundation', 'alliance', 'front', 'movement',
  'министерств', 'агентств', 'совет', 'парти', 'организаци', 'комисси', 'банк', 'департамент', 'служб', 'дума', 'правительств',
]);

/** Organizations known by a single name. */
const RAW_ORGS = new Set([
  'kremlin', 'gazprom', 'rosneft', 'kcna', 'nato', 'reuters', 'tass', 'xinhua', 'yonhap', 'kyodo', 'pentagon', 'hamas', 'hezbollah',
  'taliban', 'opec', 'asean', 'wagner', 'interfax', 'ria', 'un', 'eu', 'imf', 'who', 'кремл', 'газпром', 'нато', 'тасс', 'оон',
]);

/** Countries, regions and cities, including multi-word ones. */
const RAW_PLACES = new Set([
  'russia', 'china', 'ukraine', 'korea', 'north korea', 'south korea', 'japan', 'india', 'iran', 'iraq', 'syria', 'israel', 'turkey',
  'germany', 'france', 'britain', 'united kingdom', 'uk', 'united states', 'us', 'usa', 'america', 'europe', 'asia', 'central asia',
  'middle east', 'africa', 'taiwan', 'hong kong', 'korean peninsula', 'crimea', 'belarus', 'kazakhstan', 'switzerland', 'gaza',
  'beijing', 'moscow', 'tianjin', 'shanghai', 'astana', 'seoul', 'pyongyang', 'tokyo', 'washington', 'kyiv', 'kiev', 'london', 'paris',
  'berlin', 'brussels', 'dubai', 'vladivostok', 'zurich', 'geneve', 'geneva', 'bern', 'minsk', 'tehran', 'ankara', 'delhi', 'new delhi',
  'siberia', 'donbas', 'kharkiv', 'odesa', 'st petersburg', 'great hall of the people', 'red square',
]);

/** Cyrillic place stems (case endings vary). */
const RAW_PLACE_STEMS_RU = ['кнр', 'росси', 'кита', 'москв', 'пекин', 'украин', 'сеул', 'пхеньян', 'токи', 'вашингтон', 'киев', 'европ', 'сша', 'япони', 'кндр', 'минск', 'берлин', 'париж', 'лондон', 'крым'];

/** Verbs and cues right after a name that say it is a person. */
const RAW_PERSON_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'argued', 'warned', 'praised', 'sказал', 'сказал', 'заявил', 'заявила', 'сообщил', 'отметил', 'провёл', 'провел', 'встретился', 'обсудил']);

/** Given names that make a run a person even without a title. */
const RAW_GIVEN_NAMES = new Set([
  'sergei', 'sergey', 'vladimir', 'dmitry', 'dmitri', 'andrei', 'andrey', 'yevgeny', 'evgeny', 'antony', 'anthony', 'joe', 'donald',
  'kim', 'xi', 'wang', 'li', 'qin', 'lin', 'choe', 'ursula', 'karin', 'olaf', 'emmanuel', 'boris', 'alexei', 'alexey', 'maria', 'mikhail',
  'сергей', 'владимир', 'дмитрий', 'андрей', 'мария', 'михаил', 'си', 'ван',
]);

/** Words that precede a place. */
const RAW_PLACE_BEFORE = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'into', 'в', 'во', 'из', 'под']);

/** Lower-case words that may sit inside a name ("Central Bank of Russia", "Ursula von der Leyen"). */
const RAW_CONNECTORS = new Set(['of', 'the', 'von', 'der', 'de', 'van', 'al', 'bin', 'du', 'la']);

/** Capitalised words that are not names when they start a sentence or a run. */
const RAW_STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'after', 'during', 'earlier', 'later', 'several', 'officials', 'analysts', 'economists',
  'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'this', 'that',
  'these', 'those', 'there', 'what', 'who', 'why', 'how', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'file',
  'photo', 'read', 'more', 'also', 'some', 'many', 'most', 'no', 'not', 'organisers', 'protesters', 'lawmakers', 'experts', 'people',
  'western', 'any', 'all', 'its', 'one', 'two', 'three', 'however', 'meanwhile', 'according', 'stock', 'under', 'with', 'without', 'since',
  'police', 'similar', 'speakers',
  'эксперты', 'стороны', 'он', 'она', 'они', 'в', 'на', 'по', 'это', 'как', 'но', 'и',
]);

/** Entries are folded like tokens ("й" → "и"), so lookups compare like with like. */
const fold = (set: Set<string>) => new Set([...set].map(foldToken));
export const TITLES = fold(RAW_TITLES);
export const NATIONALITIES = fold(RAW_NATIONALITIES);
export const ORG_HEADS = fold(RAW_ORG_HEADS);
export const ORGS = fold(RAW_ORGS);
export const PLACES = fold(RAW_PLACES);
export const PLACE_STEMS_RU = RAW_PLACE_STEMS_RU.map(foldToken);
export const PERSON_AFTER = fold(RAW_PERSON_AFTER);
export const GIVEN_NAMES = fold(RAW_GIVEN_NAMES);
export const PLACE_BEFORE = fold(RAW_PLACE_BEFORE);
export const CONNECTORS = fold(RAW_CONNECTORS);
export const STOP = fold(RAW_STOP);
