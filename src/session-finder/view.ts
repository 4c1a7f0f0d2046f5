/**
 * What the finder shows, worked out from its index and filters: the window,
 * the summary's wording, rows grouped by day, facet choices in display order,
 * nearest first. Pure: no DOM, no element; the element only reads the result.
 */
import { DAYS } from '../feed/codes.js';
import type { Feed } from '../feed/types.js';
import type { LocalText } from '../feed/text.js';
import type { CountKey, StringKey } from '../i18n/en.js';
import { codeLabel, languageName } from '../i18n/labels.js';
import { DAY_MS } from '../time/calendar.js';
import type { Facet, Filters } from './filters.js';
import type { DetailsContext } from './session-details.js';
import { codeSpellings, Row, TIMES_OF_DAY } from './session-index.js';

/** More choices than this make a list no one scans; search serves better. */
export const MAX_CHOICES = 50;
/**
 * A feed with more sessions than this is expanded in two passes: at once, the next day, or the
 * first week when the next day does not fill a page; then the whole window in short background
 * tasks (counts and the summary follow).
 */
export const LARGE_FEED = 500;
export const FIRST_PASS_DAYS = [1, 7];
const DEFAULT_DAYS = 56;

/** `days-ahead` as a usable number: 1 to 366 days, else the default 8 weeks. */
export function windowDays(daysAhead: number): number {
  const days = Math.round(daysAhead);
  return days >= 1 ? Math.min(days, 366) : DEFAULT_DAYS;
}

/** The range of instants a window of `days` covers from `now`. */
export const windowFrom = (now: Date, days: number) => ({ from: now, to: new Date(now.getTime() + days * DAY_MS) });

/** "12 sessions in the next 8 weeks" where the window is two weeks or more, whole; else "… in the next 10 days", or "… in the next 24 hours". */
export const summaryKey = (days: number): CountKey => (days === 1 ? 'resultsDay' : days % 7 === 0 && days > 7 ? 'results' : 'resultsDays');

/** Rows grouped by the viewer's date, in the order given. */
export function groupByDay(rows: readonly Row[]): Row[][] {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.viewerDay);
    if (group) group.push(row);
    else groups.set(row.viewerDay, [row]);
  }
  return [...groups.values()];
}

/** Within each day, nearest first (`km`: a row's distance, undefined when unknown), then by start; days stay in order. */
export function sortByDistance(rows: Row[], km: (row: Row) => number | undefined): Row[] {
  const distance = (row: Row) => km(row) ?? Infinity;
  return [...rows].sort((a, b) => (a.viewerDay - b.viewerDay) || (distance(a) - distance(b)) || Row.byStart(a, b));
}

const MODES = ['in-person', 'online', 'hybrid'];
/** Facets whose values have a natural order; the others are sorted by label. */
const NATURAL_ORDER: Partial<Record<Facet, readonly string[]>> = { day: DAYS, time: TIMES_OF_DAY, mode: MODES };

/** A facet's [value, label] pairs in display order: days, times and modes as in a week, the rest by label. */
export function facetOptions(facet: Facet, values: readonly string[], label: (value: string) => LocalText, locale: string): [string, LocalText][] {
  const order = NATURAL_ORDER[facet];
  const options = (order ? order.filter((v) => values.includes(v)) : values).map((v): [string, LocalText] => [v, label(v)]);
  if (!order) options.sort((a, b) => a[1].value.localeCompare(b[1].value, locale));
  return options;
}

/**
 * A function naming a facet's values in the viewer's language; a place's name and a feed's own label
 * with the language they came out in (undefined: the UI's), for the option's `lang`.
 */
export function facetLabeller(feed: Feed, facet: Facet, ctx: DetailsContext): (value: string) => LocalText {
  switch (facet) {
    case 'day': return (v) => ({ value: weekdayName(v, ctx.uiLang) });
    case 'time': return (v) => ({ value: ctx.t(`time.${v}` as StringKey) });
    case 'mode': return (v) => ({ value: ctx.t(`mode.${v}` as StringKey) });
    // A kind's or an audience's value is its code's key (session-index.ts): named from the feed's spelling of it.
    case 'kind': return (v) => codeLabel(feed, 'kinds', codeSpellings.get(v) ?? v, ctx.strings, ctx.local);
    case 'audience': return (v) => codeLabel(feed, 'audiences', codeSpellings.get(v) ?? v, ctx.strings, ctx.local);
    case 'language': return (v) => ({ value: languageName(v, ctx.uiLang) });
    case 'place': {
      const names = new Map(feed.places.map((p) => [p.id, p.name]));
      return (v) => {
        const name = ctx.local(names.get(v));
        return name.value ? name : { value: v };
      };
    }
  }
}

/** How many filters a person set, besides the search words (the count on the "Filters" button). */
export const activeFilterCount = (filters: Filters): number =>
  Object.entries(filters).filter(([key, v]) => key !== 'query' && v !== undefined && v !== false && v !== '').length;

/** True when the search box is the only filter set. */
export const searchOnly = (filters: Filters): boolean => activeFilterCount(filters) === 0;

/** "miércoles, 25 de noviembre" → "Miércoles, 25 de noviembre", to match "Hoy" and "Mañana". */
export const capitalize = (text: string, locale: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
/** "tu" → "Tuesday" in the viewer's language (2024-01-01 was a Monday). */
export function weekdayName(day: string, locale: string): string {
  let format = weekdayFormats.get(locale);
  if (!format) weekdayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })));
  return format.format(Date.UTC(2024, 0, 1 + DAYS.indexOf(day as never)));
}
