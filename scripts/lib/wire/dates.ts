/** Publication dates as wire copy and web pages print them: `2 June 2020 09:40 GMT`, `April 6, 2021`. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const TIME = '(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?';
const ZONE = '(?:\\s*\\(?(GMT|UTC|Z|[+-]\\d{2}:?\\d{2})\\)?)?';
const LABEL = '^(?:(?:first\\s+)?(?:published|posted|updated|last updated|date)(?:\\s+on)?\\s*:?\\s*)?';

const DAY_MONTH_YEAR = new RegExp(`${LABEL}${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`${LABEL}${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
const ISO = new RegExp(`${LABEL}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s](\\d{2}):(\\d{2})(?::(\\d{2}))?)?${ZONE}$`, 'i');

/** A publication date found in the copy, as precise as the copy is. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  day: string;
  /** `HH:MM:SS`, when the line gives a time. */
  time?: string;
  /** `Z` or `+03:00`, when the line gives a zone. */
  offset?: string;
}

interface Parts {
  year: string;
  month: number;
  day: string;
  hh?: string | undefined;
  mm?: string | undefined;
  ss?: string | undefined;
  ampm?: string | undefined;
  zone?: string | undefined;
}

/** The pieces of a date line, in whichever of the three orders it is written. */
function matchParts(text: string): Parts | undefined {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return { day: m[1]!, month: monthIndex(m[2]!), year: m[3]!, hh: m[4], mm: m[5], ss: m[6], ampm: m[7], zone: m[8] };
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return { month: monthIndex(m[1]!), day: m[2]!, year: m[3]!, hh: m[4], mm: m[5], ss: m[6], ampm: m[7], zone: m[8] };
  m = ISO.exec(text);
  if (m) return { year: m[1]!, month: Number(m[2]), day: m[3]!, hh: m[4], mm: m[5], ss: m[6], zone: m[7] };
  return undefined;
}

/** The date on a line that holds a date and nothing else (apart from a label such as `Published:`). */
export function parseDateLine(text: string): FoundDate | undefined {
  const parts = matchParts(text);
  if (!parts) return undefined;
  const day = `${parts.year}-${pad(parts.month)}-${pad(Number(parts.day))}`;
  if (!isRealDay(day)) return undefined;
  const found: FoundDate = { day };
  if (parts.hh !== undefined && parts.mm !== undefined) found.time = `${pad(to24(Number(parts.hh), parts.ampm))}:${parts.mm}:${parts.ss ?? '00'}`;
  if (parts.zone) found.offset = toOffset(parts.zone);
  return found;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function to24(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function toOffset(zone: string): string {
  if (/^(GMT|UTC|Z)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
