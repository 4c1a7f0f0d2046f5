/**
 * docs/translating.md, written from the English strings every widget shows: the shared ones
 * (src/i18n/en.ts), those the finder and the lookup share (the audiences' names and the crisis words,
 * src/i18n/finder-lookup.ts) and each widget's own (src/<widget>/strings.ts, for every element of
 * src/widgets.ts): every key of UIStrings. scripts/translating-guide.js writes the page (it ships in the package); a test fails
 * when it differs from what this gives.
 */
import { en } from '../i18n/en.js';
import { audienceEn, crisisEn } from '../i18n/finder-lookup.js';
import { WIDGETS } from '../widgets.js';

export interface StringGroup {
  /** Who shows these strings: "every widget", or tags. */
  title: string;
  strings: Record<string, string>;
}

const isStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).length > 0 && Object.values(value).every((v) => typeof v === 'string');

/** A module that a widget's folder may not have: [its exports], or []. */
async function optionalModule(load: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  try {
    return [(await load()) as Record<string, unknown>];
  } catch {
    return [];
  }
}

/**
 * The shared strings, the audiences' names and the crisis words, then each widget's own English strings: the exported objects of
 * its strings.ts, and of its more-strings.ts where a part that loads later (details, extra filters) has words of its own.
 */
export async function stringGroups(): Promise<StringGroup[]> {
  const groups: StringGroup[] = [
    { title: 'every widget', strings: en },
    // The names of the feed's audience codes, unless the feed names them itself (labels.audiences).
    { title: '<care-session-finder> and <care-referral-lookup>: who a session or a service is for', strings: audienceEn },
    { title: '<care-session-finder> and <care-referral-lookup>: where to turn in a crisis', strings: crisisEn },
  ];
  for (const [tag, folder] of Object.entries(WIDGETS)) {
    const modules = [...(await optionalModule(() => import(`../${folder}/strings.ts`))), ...(await optionalModule(() => import(`../${folder}/more-strings.ts`)))];
    const strings = Object.assign({}, ...modules.flatMap((module) => Object.values(module).filter(isStrings))) as Record<string, string>;
    // A widget with no words of its own (<care-feed>) has no group.
    if (Object.keys(strings).length > 0) groups.push({ title: `<${tag}>`, strings });
  }
  return groups;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
/** A tag in code: Markdown would take `<care-referral-lookup>` for an HTML element and show nothing of it. */
const heading = (title: string) => title.replace(/<care-[a-z-]+>/g, '`$&`');

export function translatingGuide(groups: readonly StringGroup[]): string {
  const total = groups.reduce((sum, group) => sum + Object.keys(group.strings).length, 0);
  return `# Translating the widgets

<!-- Written by \`node scripts/translating-guide.js\` from the widgets' English strings; edit those, not this page. -->

English is built in; Spanish (\`es\`), Arabic (\`ar\`) and Hebrew (\`he\`) ship with the package and
load only on a page that asks for them. A widget shows the language of its \`lang\` attribute, else
the nearest \`lang\` up the page, else the feed's \`organization.language\`.

## Adding a language

A site that builds with the npm package can add a language, or change the words of a shipped one,
before its widgets show: give \`registerLocale\` every key listed below (${total} in all), each with its
translation. A \`{name}\` in a string is filled in by the widget (a number, a date, a search): keep
it as it is, wherever the sentence needs it.

A count has two strings, \`….one\` and \`….other\`. The widget shows \`.one\` for the numbers your
language's plural rules call "one" (in English 1 alone; in French and Brazilian Portuguese 0 and 1
too) and \`.other\` for every other number: write \`{count}\` in both, not "1". Only where "one" is 1
alone (Spanish, Hebrew, Arabic) may \`.one\` say it in words.

A language whose plural rules have more forms may add them: \`….zero\`, \`….two\`, \`….few\` and
\`….many\` (Polish \`results.few\` for 2–4 sessions and \`results.many\` for 5–21; Arabic all four). Each
is optional: a number whose form is not given is shown with \`.other\`. A form that holds one number
alone (Arabic's zero and two) may say it in words.

\`\`\`js
import { registerLocale } from 'care-widgets';

registerLocale('fr', {
  loading: 'Chargement…',
  retry: 'Réessayer',
  // … every key below
});
\`\`\`

In TypeScript, the \`UIStrings\` type (exported by \`care-widgets\`) holds every key, so a key left
out, or one misspelt, is an error before the page is built:

\`\`\`ts
import { registerLocale, type UIStrings } from 'care-widgets';

const fr: UIStrings = { loading: 'Chargement…', retry: 'Réessayer' /* … */ };
registerLocale('fr', fr);
\`\`\`

A page that loads the script-tag file (\`care-widgets.js\`) shows the shipped languages only. To
have a language ship with the package for everyone, send its strings to the project's repository;
a native speaker's review is welcome there too (the Arabic and Hebrew strings still await one).

## Every string

${groups.map((group) => `### Shown by ${heading(group.title)} (${Object.keys(group.strings).length})

| key | English |
|---|---|
${Object.entries(group.strings).map(([key, text]) => `| \`${key}\` | ${cell(text)} |`).join('\n')}
`).join('\n')}`;
}
