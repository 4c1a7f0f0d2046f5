/**
 * The translating guide lists every key of UIStrings, the type a site's own language is checked
 * against: a key left out of the guide stays English in a language made from it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { UIStrings } from '../../src/i18n/en.js';
import { en } from '../../src/i18n/en.js';
import { finderLookupEn } from '../../src/i18n/finder-lookup.js';
import { bannerEn } from '../../src/awareness-banner/strings.js';
import { finderEn } from '../../src/session-finder/strings.js';
import { finderMoreEn } from '../../src/session-finder/more-strings.js';
import { lookupEn } from '../../src/referral-lookup/strings.js';
import { lookupMoreEn } from '../../src/referral-lookup/more-strings.js';
import { signupEn } from '../../src/volunteer-signup/strings.js';
import { signupMoreEn } from '../../src/volunteer-signup/more-strings.js';
import { stringGroups } from '../../src/tools/translating-guide.js';

// Typed as UIStrings: a module that adds keys to the type and is missing here is an error of the type check.
const every: UIStrings = { ...en, ...finderLookupEn, ...bannerEn, ...finderEn, ...finderMoreEn, ...lookupEn, ...lookupMoreEn, ...signupEn, ...signupMoreEn };

describe('docs/translating.md holds every key of UIStrings', () => {
  it('in its groups, each key once, audience names included', async () => {
    const listed = (await stringGroups()).flatMap((group) => Object.keys(group.strings));
    assert.deepEqual([...listed].sort(), Object.keys(every).sort());
    assert.equal(new Set(listed).size, listed.length);
  });

  it('and says how many in all, in a table row each', () => {
    const guide = readFileSync('docs/translating.md', 'utf8');
    const total = Object.keys(every).length;
    assert.match(guide, new RegExp(`every key listed below \\(${total} in all\\)`));
    assert.equal(guide.match(/^\| `[^`]+` \| /gm)?.length, total);
    assert.match(guide, /\| `audience\.youth` \| Young people \|/);
  });

  it('shows the tags in its headings as code, which Markdown would take for elements and leave out', () => {
    const guide = readFileSync('docs/translating.md', 'utf8');
    assert.deepEqual(guide.match(/^### .*$/gm)?.filter((line) => /<care-/.test(line.replace(/`<care-[a-z-]+>`/g, ''))), []);
  });
});
