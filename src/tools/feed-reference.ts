/**
 * docs/feed-reference.md, written from feed.schema.json: every field with its
 * type, whether it is required, what it means and an example, and the common
 * mistakes with their fixes, each run through the widgets' own validator (so
 * the page shows what `care-widgets check` says, and cannot list a mistake the
 * validator misses). scripts/feed-reference.js writes the page; a test fails
 * when it differs from what this gives. Pure.
 */
import { parseFeed } from '../feed/index.js';

type Schema = Record<string, unknown>;

/** A mistake people make, as edits to a small valid feed (MISTAKE_BASE): the wrong values and the right ones. */
export interface Mistake {
  /** The type or field the mistake is listed under: a $defs name (`Time`) or an object's (`Schedule`). */
  under: string;
  wrong: Record<string, unknown>;
  right: Record<string, unknown>;
}

const MISTAKE_BASE = {
  version: 1,
  organization: { name: 'St Anne\'s Chapel', timezone: 'America/New_York' },
  places: [{ id: 'hall', name: 'Chapel hall' }],
  sessions: [{ id: 'circle', title: 'Listening circle', place: 'hall', schedule: { start_date: '2026-09-01', time: '19:00', repeat: 'weekly', days: ['tu'] } }],
  referrals: [{ id: 'line', name: 'Help line', phone: '988' }],
  messages: [{ id: 'hello', text: 'Listening helps.' }],
};

export const MISTAKES: readonly Mistake[] = [
  { under: 'Time', wrong: { 'sessions[0].schedule.time': '7pm' }, right: { 'sessions[0].schedule.time': '19:00' } },
  { under: 'Time', wrong: { 'sessions[0].schedule.time': '7:00' }, right: { 'sessions[0].schedule.time': '07:00' } },
  { under: 'Date', wrong: { 'sessions[0].schedule.start_date': '9/1/2026' }, right: { 'sessions[0].schedule.start_date': '2026-09-01' } },
  { under: 'Zone', wrong: { 'organization.timezone': '-05:00' }, right: { 'organization.timezone': 'America/New_York' } },
  { under: 'Zone', wrong: { 'organization.timezone': 'Eastern Time' }, right: { 'organization.timezone': 'America/New_York' } },
  { under: 'Days', wrong: { 'sessions[0].schedule.days': ['Tuesday'] }, right: { 'sessions[0].schedule.days': ['tu'] } },
  { under: 'Days', wrong: { 'sessions[0].schedule.days': 'tu' }, right: { 'sessions[0].schedule.days': ['tu'] } },
  { under: 'Lang', wrong: { 'organization.language': 'English' }, right: { 'organization.language': 'en' } },
  { under: 'Id', wrong: { 'sessions[0].id': 'listening circle' }, right: { 'sessions[0].id': 'listening-circle' } },
  { under: 'Text', wrong: { 'sessions[0].title': { english: 'Listening circle' } }, right: { 'sessions[0].title': { en: 'Listening circle' } } },
  { under: 'Text', wrong: { 'sessions[0].title': '' }, right: { 'sessions[0].title': 'Listening circle' } },
  { under: 'Organization', wrong: { 'organization.emergency': { number: 911 } }, right: { 'organization.emergency': { number: '911' } } },
  { under: 'Place', wrong: { 'places[0].lat': 41.88 }, right: { 'places[0].lat': 41.88, 'places[0].lng': -87.63 } },
  { under: 'Session', wrong: { 'sessions[0].place': 'Hall' }, right: { 'sessions[0].place': 'hall' } },
  { under: 'Schedule', wrong: { 'sessions[0].schedule.repeat': 'monthly' }, right: { 'sessions[0].schedule.repeat': 'monthly', 'sessions[0].schedule.weeks': [2] } },
  { under: 'Schedule', wrong: { 'sessions[0].schedule.end_date': '2026-06-30' }, right: { 'sessions[0].schedule.end_date': '2027-06-30' } },
  { under: 'Referral', wrong: { 'referrals[0].hours': '9-5 weekdays' }, right: { 'referrals[0].hours': [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }] } },
  { under: 'Referral', wrong: { 'referrals[0].cost': 'Free' }, right: { 'referrals[0].cost': 'free' } },
  { under: 'Message', wrong: { 'messages[0].starts': '1 November' }, right: { 'messages[0].starts': '2026-11-01' } },
  { under: 'Session', wrong: { 'sessions[0].registration': { required: 'yes' } }, right: { 'sessions[0].registration': { required: true } } },
];

/** A copy of the base feed with `edits` set at their paths (`sessions[0].schedule.time`). */
function edited(edits: Record<string, unknown>): unknown {
  const feed = JSON.parse(JSON.stringify(MISTAKE_BASE)) as Schema;
  for (const [path, value] of Object.entries(edits)) {
    const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
    let node = feed as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return feed;
}

/** What the checker says about a mistake; throws when it says nothing, or when the fix is not clean. */
export function mistakeMessages({ wrong, right }: Mistake): string[] {
  const said = parseFeed(edited(wrong)).problems.map((p) => p.message);
  if (said.length === 0) throw new Error(`the validator accepts the mistake ${JSON.stringify(wrong)}: take it out of MISTAKES`);
  const fixed = parseFeed(edited(right)).problems;
  if (fixed.length > 0) throw new Error(`the fix ${JSON.stringify(right)} still has problems: ${fixed.map((p) => p.message).join('; ')}`);
  return said;
}

const code = (v: unknown) => `\`${JSON.stringify(v)}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const anchor = (title: string) => title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

/** The reference page for `schema`, with examples from `sample` (the demo site's sample feed) where the schema has none. */
export function feedReference(schema: Schema, sample: unknown): string {
  const defs = schema.$defs as Record<string, Schema>;
  const deref = (s: Schema): Schema => (typeof s.$ref === 'string' ? deref(defs[s.$ref.split('/').pop()!]) : s);
  const defName = (s: Schema) => (typeof s.$ref === 'string' ? s.$ref.split('/').pop()! : undefined);
  const isObject = (s: Schema) => deref(s).type === 'object' && !!deref(s).properties;

  function typeOf(s: Schema): string {
    const name = defName(s);
    if (name) return isObject(s) ? `object ([${defs[name].title}](#${anchor(String(defs[name].title))}))` : `[${defs[name].title}](#${anchor(String(defs[name].title))})`;
    if ('const' in s) return code(s.const);
    if (Array.isArray(s.enum)) return `one of ${s.enum.map(code).join(', ')}`;
    if (Array.isArray(s.anyOf)) return (s.anyOf as Schema[]).map(typeOf).join(' or ');
    const range = (kind: string) => (s.minimum !== undefined && s.maximum !== undefined ? `${kind}, ${s.minimum} to ${s.maximum}` : s.minimum !== undefined ? `${kind}, ${s.minimum} or more` : kind);
    switch (s.type) {
      case 'array': return `list of ${typeOf(s.items as Schema)}`;
      case 'object': return s.properties ? 'object (below)' : `object of code → ${typeOf(s.additionalProperties as Schema)}`;
      case 'integer': return range('whole number');
      case 'number': return range('number');
      case 'boolean': return '`true` or `false`';
      default: return s.pattern === '^[A-Za-z]{2}$' ? 'two letters' : 'text';
    }
  }

  function exampleOf(s: Schema): unknown {
    const d = deref(s);
    for (const source of [s, d]) {
      if (Array.isArray(source.examples)) return source.examples[0];
    }
    if ('const' in d) return d.const;
    if (s.default !== undefined) return s.default;
    if (Array.isArray(d.enum)) return d.enum[0];
    if (d.type === 'array' && d.items) {
      const item = exampleOf(d.items as Schema);
      return item === undefined ? undefined : [item];
    }
    return undefined;
  }

  /** The first value the sample feed has for `key` of the objects at `path` (`sessions[…].schedule`), the plainest first. */
  function sampleValue(path: string, key: string): unknown {
    let nodes: unknown[] = [sample];
    if (path !== '{…}') {
      for (const segment of path.split('.')) {
        const name = segment.replace('[…]', '');
        nodes = nodes.map((n) => (n as Record<string, unknown> | undefined)?.[name]);
        if (segment.endsWith('[…]')) nodes = nodes.flatMap((n) => (Array.isArray(n) ? n : []));
      }
    }
    const values = nodes.map((n) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[key] : undefined)).filter((v) => v !== undefined);
    const plain = values.find((v) => typeof v !== 'object') ?? values.find((v) => JSON.stringify(v).length <= 60);
    if (typeof plain === 'string' && plain.length > 60) return `${plain.slice(0, 57).replace(/\s+\S*$/, '')}…`;
    return plain;
  }

  /** When a field is required, in words, from `required` and the schema's conditions. */
  function requiredWhen(owner: Schema, key: string, extra: Record<string, string>): string {
    if ((owner.required as string[] | undefined)?.includes(key)) return 'yes';
    if (extra[key]) return extra[key];
    const oneOf = (owner.anyOf as Schema[] | undefined)?.map((b) => (b.required as string[] | undefined)?.[0]).filter(Boolean) as string[] | undefined;
    if (oneOf?.includes(key)) return `one of ${oneOf.map((k) => `\`${k}\``).join(', ')}`;
    for (const rule of (owner.allOf as Schema[] | undefined) ?? []) {
      const [[when, is]] = Object.entries((rule.if as Schema).properties as Record<string, Schema>).map(([k, v]) => [k, v.const]);
      if (((rule.then as Schema | undefined)?.required as string[] | undefined)?.includes(key)) return `when \`${when}\` is ${code(is)}`;
      if (((rule.else as Schema | undefined)?.required as string[] | undefined)?.includes(key)) return `unless \`${when}\` is ${code(is)}`;
    }
    return 'no';
  }

  const out: string[] = [
    '# Care feed reference',
    '',
    '<!-- Written by `node scripts/feed-reference.js` from src/feed/feed.schema.json; edit those, not this page. -->',
    '',
    'Every field of the care feed (version 1): its type, whether it is required, what it means, an example, and the mistakes people',
    'often make with what `care-widgets check` says about them. Fields not listed here are allowed, kept and ignored.',
    '',
    String(schema.description ?? ''),
    '',
    'To have your editor underline mistakes while you type, make the first line of the feed',
    '`"$schema": "https://unpkg.com/care-widgets/dist/feed.schema.json",` (see docs/webmaster-toolkit.md).',
    '',
  ];

  /** One table of fields; nested objects get their own table after it. */
  function table(title: string, path: string, owner: Schema, extra: Record<string, string> = {}, seen = new Set<string>()): void {
    const properties = owner.properties as Record<string, Schema>;
    out.push(`## ${title}`, '', `\`${path}\`${owner.description && owner !== schema ? `: ${owner.description}` : ''}`, '', '| field | type | required | meaning | example |', '|---|---|---|---|---|');
    const nested: [string, Schema][] = [];
    for (const [key, property] of Object.entries(properties)) {
      const d = deref(property);
      const description = [property.description ?? d.description, d.default !== undefined || property.default !== undefined ? `Default ${code(property.default ?? d.default)}.` : '']
        .filter(Boolean).join(' ');
      const example = exampleOf(property) ?? (d.type === 'object' ? undefined : sampleValue(path, key));
      out.push(`| \`${key}\` | ${typeOf(property)} | ${requiredWhen(owner, key, extra)} | ${cell(String(description))} | ${example === undefined ? '' : cell(code(example))} |`);
      if (property.type === 'object' && property.properties) nested.push([key, property]);
    }
    out.push('');
    const mistakes = MISTAKES.filter((m) => m.under === title || m.under === defNameOf(owner));
    if (mistakes.length > 0) mistakeTable(mistakes);
    for (const [key, property] of nested) table(`${title}: ${key}`, `${path}.${key}`, property, {}, seen);
  }

  const defNameOf = (s: Schema) => Object.keys(defs).find((k) => defs[k] === s);

  function mistakeTable(mistakes: readonly Mistake[]): void {
    out.push('Common mistakes:', '', '| wrong | right | what check says |', '|---|---|---|');
    for (const m of mistakes) {
      const show = (edits: Record<string, unknown>) => Object.entries(edits).map(([p, v]) => `\`${p.replace(/\[0\]/g, '[…]')}: ${JSON.stringify(v)}\``).join(', ');
      out.push(`| ${cell(show(m.wrong))} | ${cell(show(m.right))} | ${mistakeMessages(m).map(cell).join('<br>')} |`);
    }
    out.push('');
  }

  const root = schema as Schema;
  table('Top level', '{…}', root);
  const rootThen = (root.then as Schema | undefined)?.properties as Record<string, Schema> | undefined;
  const whenSessions = Object.fromEntries(((rootThen?.organization?.required as string[] | undefined) ?? []).map((k) => [k, `when there are \`${(root.if as Schema).required}\``]));
  const objects: [string, string, Record<string, string>?][] = [
    ['Organization', 'organization', whenSessions], ['Place', 'places[…]'], ['Session', 'sessions[…]'], ['Schedule', 'sessions[…].schedule'],
    ['Referral', 'referrals[…]'], ['OpeningHours', 'referrals[…].hours[…]'], ['Message', 'messages[…]'], ['Volunteering', 'volunteering'],
    ['Role', 'volunteering.roles[…]'], ['Labels', 'labels'],
  ];
  for (const [name, path, extra] of objects) table(String(defs[name].title), path, defs[name], extra);

  out.push('## Value types', '');
  for (const [name, def] of Object.entries(defs)) {
    if (def.type === 'object') continue;
    out.push(`### ${def.title}`, '', String(def.description ?? ''), '');
    const example = exampleOf(def);
    if (example !== undefined) out.push(`Example: ${code(example)}`, '');
    const mistakes = MISTAKES.filter((m) => m.under === name);
    if (mistakes.length > 0) mistakeTable(mistakes);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
