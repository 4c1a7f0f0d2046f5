/**
 * Keeps src/feed/feed.schema.json and parseFeed from drifting apart: for the
 * complete feed and every rule's variant (test/mocks/feeds/validation/cases.ts),
 * the schema accepts a feed exactly when the validator reports no problem.
 *
 * Rules JSON Schema cannot say, tested only against the validator (the cases
 * marked `validatorOnly`), where the schema accepts what the validator reports:
 * - a time zone that exists (the schema checks only that it looks like a name, not an offset);
 * - place ids that sessions and referrals refer to exist in "places";
 * - ids unique within their list;
 * - end_date not before start_date;
 * - opening hours need a zone, from the referral or the organization;
 * - a URL that actually parses (the schema checks only its scheme);
 * - a real calendar date inside a DateTime (Dates alone are checked, through the "date" format).
 *
 * What the spec allows is valid against the schema, whatever the validator says of it (the cases
 * marked `said`): a field that changes nothing, an old name of a zone, a WhatsApp number without its
 * country code, an interval over 52 or a duration over a day. The validator reads each, and says it;
 * nothing of the entry is lost.
 */
import { expect } from '@open-wc/testing';
import type Ajv2020Type from 'ajv/dist/2020.js';
import type addFormatsType from 'ajv-formats';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { DAYS, REFERRAL_COSTS, SIGNUP_FIELDS } from '../../src/feed/codes.js';
import { edit, fullFeed, minimalFeed, type Json } from '../mocks/feeds/validation/feeds.js';
import { BAD, GOOD, SAFE_URLS, UNSAFE_URLS } from '../mocks/feeds/validation/cases.js';

/**
 * Ajv ships CommonJS only, and the test runner serves ES modules as they are
 * (an `import Ajv2020 from 'ajv/dist/2020.js'` fails: "does not provide an
 * export named 'default'"). This small loader fetches the CommonJS files from
 * the test server and runs them, so no build step or runner plugin is needed.
 * Probing for `x.js` before `x/index.js` logs a few 404s; they are harmless.
 */
const commonJsModules = new Map<string, { exports: unknown }>();
function fetchTextSync(url: string): string | undefined {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url, false);
  xhr.send();
  return xhr.status === 200 ? xhr.responseText : undefined;
}
function resolveCommonJs(spec: string, from: string): { url: string; source: string } {
  if (!spec.startsWith('.')) {
    const name = spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
    const root = new URL(`/node_modules/${name}/`, location.href).href;
    const main = spec.slice(name.length + 1) || (JSON.parse(fetchTextSync(`${root}package.json`) ?? '{}') as { main?: string }).main || 'index.js';
    return resolveCommonJs(`./${main.replace(/^\.\//, '')}`, root);
  }
  const base = new URL(spec, from).href;
  for (const url of /\.(js|json)$/.test(base) ? [base] : [`${base}.js`, `${base}/index.js`, `${base}.json`]) {
    const source = fetchTextSync(url);
    if (source !== undefined) return { url, source };
  }
  throw new Error(`cannot find ${spec} from ${from}`);
}
function requireCommonJs(spec: string, from = location.href): unknown {
  const { url, source } = resolveCommonJs(spec, from);
  let module = commonJsModules.get(url);
  if (!module) {
    module = { exports: {} };
    commonJsModules.set(url, module);
    if (url.endsWith('.json')) module.exports = JSON.parse(source);
    else new Function('module', 'exports', 'require', source)(module, module.exports, (s: string) => requireCommonJs(s, url));
  }
  return module.exports;
}

/** Every property the spec's tables name, as paths into the feed ([] = each item of a list). */
const SPEC_PROPERTIES = [
  'version', 'updated', 'organization', 'places', 'sessions', 'referrals', 'messages', 'volunteering', 'labels',
  'labels.audiences', 'labels.kinds', 'labels.topics', 'labels.accessibility',
  'organization.name', 'organization.url', 'organization.timezone', 'organization.language', 'organization.country',
  'organization.emergency', 'organization.emergency.number', 'organization.emergency.label',
  'organization.contact', 'organization.contact.email', 'organization.contact.phone', 'organization.contact.url', 'organization.feedback_url',
  'places[].id', 'places[].name', 'places[].kind', 'places[].address', 'places[].lat', 'places[].lng', 'places[].directions',
  'places[].accessibility', 'places[].address_on_request',
  'sessions[].id', 'sessions[].title', 'sessions[].description', 'sessions[].kind', 'sessions[].audiences', 'sessions[].topics',
  'sessions[].languages', 'sessions[].place', 'sessions[].online', 'sessions[].online.url', 'sessions[].online.phone', 'sessions[].online.notes',
  'sessions[].schedule', 'sessions[].facilitator', 'sessions[].cost', 'sessions[].registration', 'sessions[].registration.required',
  'sessions[].registration.url', 'sessions[].registration.email', 'sessions[].registration.phone', 'sessions[].registration.notes',
  'sessions[].contact', 'sessions[].contact.name', 'sessions[].contact.email', 'sessions[].contact.phone',
  'sessions[].accessibility', 'sessions[].status', 'sessions[].updated',
  'sessions[].schedule.start_date', 'sessions[].schedule.end_date', 'sessions[].schedule.time', 'sessions[].schedule.end_time',
  'sessions[].schedule.duration', 'sessions[].schedule.repeat', 'sessions[].schedule.interval', 'sessions[].schedule.days',
  'sessions[].schedule.weeks', 'sessions[].schedule.except', 'sessions[].schedule.add', 'sessions[].schedule.by_appointment',
  'sessions[].schedule.timezone',
  'referrals[].id', 'referrals[].name', 'referrals[].kind', 'referrals[].urgent', 'referrals[].description', 'referrals[].topics',
  'referrals[].audiences', 'referrals[].phone', 'referrals[].sms', 'referrals[].whatsapp', 'referrals[].chat_url', 'referrals[].url',
  'referrals[].email', 'referrals[].hours', 'referrals[].hours[].days', 'referrals[].hours[].opens', 'referrals[].hours[].closes',
  'referrals[].timezone', 'referrals[].cost', 'referrals[].languages', 'referrals[].area', 'referrals[].place', 'referrals[].walk_in',
  'referrals[].referral_required', 'referrals[].eligibility', 'referrals[].verified',
  'messages[].id', 'messages[].text', 'messages[].link', 'messages[].link.text', 'messages[].link.url', 'messages[].starts',
  'messages[].ends', 'messages[].tone',
  'volunteering.intro', 'volunteering.roles', 'volunteering.roles[].id', 'volunteering.roles[].title', 'volunteering.roles[].description',
  'volunteering.roles[].commitment', 'volunteering.roles[].training', 'volunteering.roles[].min_age', 'volunteering.submit',
  'volunteering.submit.url', 'volunteering.submit.format', 'volunteering.submit.email', 'volunteering.fields', 'volunteering.consent',
  'volunteering.consent.text', 'volunteering.consent.version', 'volunteering.privacy_url', 'volunteering.thanks',
];

type Schema = Record<string, unknown>;

describe('feed.schema.json', () => {
  let schema: Schema;
  let validate: ValidateFunction;

  before(async () => {
    schema = (await (await fetch('/src/feed/feed.schema.json')).json()) as Schema;
    const Ajv2020 = (requireCommonJs('ajv/dist/2020.js') as { default: typeof Ajv2020Type }).default;
    const addFormats = (requireCommonJs('ajv-formats') as { default: typeof addFormatsType }).default;
    // Ajv's default strict mode, with its warnings made errors: no unknown keyword, no type-less applicator.
    const ajv = new Ajv2020({ allErrors: true, logger: { log: () => {}, warn: (m: unknown) => { throw new Error(String(m)); }, error: console.error } });
    addFormats(ajv, ['date']);
    validate = ajv.compile(schema);
  });

  const schemaAccepts = (feed: Json): boolean => validate(feed) as boolean;
  const schemaErrors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');
  const validatorAccepts = (feed: Json): boolean => {
    try {
      return parseFeed(JSON.stringify(feed)).problems.length === 0;
    } catch {
      return false;
    }
  };

  it('is a 2020-12 schema with the published $id', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://care-widgets.dev/feed.schema.json');
  });

  it('accepts the complete feed and the smallest one, as the validator does', () => {
    for (const feed of [fullFeed(), minimalFeed()]) {
      expect(validatorAccepts(feed), 'validator').to.equal(true);
      expect(schemaAccepts(feed), schemaErrors()).to.equal(true);
    }
  });

  it('accepts the demo site\'s sample feed, as the validator does', async () => {
    const sample = (await (await fetch('/demo/sample-feed.json')).json()) as Json;
    expect(parseFeed(sample).problems).to.deep.equal([]);
    expect(schemaAccepts(sample), schemaErrors()).to.equal(true);
  });

  describe('agrees with the validator on every good variant', () => {
    for (const [rule, edits] of GOOD) {
      it(rule, () => {
        const feed = edit(edits);
        expect(validatorAccepts(feed), 'validator accepts').to.equal(true);
        expect(schemaAccepts(feed), schemaErrors()).to.equal(true);
      });
    }
  });

  describe('agrees with the validator on every broken rule', () => {
    for (const bad of BAD) {
      it(`${bad.rule}${bad.validatorOnly ? ` (validator only: ${bad.validatorOnly})` : ''}${bad.said ? ` (valid, and said: ${bad.said})` : ''}`, () => {
        const feed = edit(bad.edits);
        expect(validatorAccepts(feed), 'validator accepts').to.equal(false);
        // A validator-only rule is one the schema lets through; if it ever catches one, move it out of that list.
        expect(schemaAccepts(feed), bad.validatorOnly || bad.said ? `schema lets it through ${schemaErrors()}` : 'schema rejects').to.equal(!!(bad.validatorOnly || bad.said));
        // What the spec allows is read: said, never left out.
        if (bad.said) expect(parseFeed(feed).problems.filter((p) => p.skipped), 'left out').to.deep.equal([]);
      });
    }

    it('a missing or unknown version', () => {
      for (const version of [undefined, 2, '1', 0]) {
        const feed = edit(version === undefined ? {} : { version }, { organization: { name: 'X' } });
        expect(validatorAccepts(feed), String(version)).to.equal(false);
        expect(schemaAccepts(feed), String(version)).to.equal(false);
      }
    });
  });

  it('allows unknown fields everywhere (principle 3)', () => {
    const feed = edit({ x_top: 1, 'organization.x': [], 'sessions[0].x': {}, 'sessions[0].schedule.x': 'y', 'volunteering.submit.x': true, 'labels.x': {} });
    expect(validatorAccepts(feed)).to.equal(true);
    expect(schemaAccepts(feed), schemaErrors()).to.equal(true);
  });

  it('takes the same links as the validator, and none a browser would run', () => {
    for (const url of [...SAFE_URLS, ...UNSAFE_URLS]) {
      const feed = edit({ 'organization.url': url });
      const safe = SAFE_URLS.includes(url);
      expect(validatorAccepts(feed), `validator on ${JSON.stringify(url)}`).to.equal(safe);
      expect(schemaAccepts(feed), `schema on ${JSON.stringify(url)}`).to.equal(safe);
    }
  });

  it('takes only web addresses for where signups go', () => {
    for (const [url, ok] of [['https://forms.example.org/x', true], ['/signup', true], ['mailto:a@example.org', false], ['tel:+1555', false], ['sms:+1555', false]] as const) {
      const feed = edit({ 'volunteering.submit.url': url });
      expect([validatorAccepts(feed), schemaAccepts(feed)], url).to.deep.equal([ok, ok]);
    }
  });

  describe('names every property of the spec', () => {
    const deref = (s: Schema): Schema => (typeof s.$ref === 'string' ? deref((schema.$defs as Record<string, Schema>)[s.$ref.split('/').pop()!]) : s);
    /** The subschema at a spec path, following $ref, properties, items, and the list branch of an anyOf (hours). */
    function at(path: string): Schema | undefined {
      let s: Schema | undefined = schema;
      for (const key of path.replace(/\[\]/g, '.[]').split('.')) {
        const d: Schema | undefined = s && deref(s);
        if (key !== '[]') s = (d?.properties as Record<string, Schema> | undefined)?.[key];
        else s = (d?.items as Schema | undefined) ?? (d?.anyOf as Schema[] | undefined)?.map((b) => deref(b).items as Schema | undefined).find(Boolean);
      }
      return s;
    }

    for (const path of SPEC_PROPERTIES) {
      it(path, () => {
        const property = at(path);
        expect(property, 'in the schema').to.be.an('object');
        // Editors show the description as help: on the property, or on the type it refers to.
        expect(property!.description ?? deref(property!).description, 'description').to.be.a('string').and.not.equal('');
      });
    }
  });

  it('lists the same closed values as the validator', () => {
    const defs = schema.$defs as Record<string, Schema>;
    const props = (name: string) => defs[name].properties as Record<string, Schema>;
    expect((defs.Day as { enum: string[] }).enum).to.deep.equal([...DAYS]);
    expect((props('Referral').cost as { enum: string[] }).enum).to.deep.equal([...REFERRAL_COSTS]);
    expect(((props('Volunteering').fields as Schema).items as { enum: string[] }).enum).to.deep.equal([...SIGNUP_FIELDS]);
  });
});
