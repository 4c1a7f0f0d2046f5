/**
 * Attribute rules (attributes.ts) that only some widgets use: they travel with
 * those widgets' code rather than in the core every widget loads (vite.config.ts).
 */
import { isZone } from '../feed/checks.js';
import type { AttributeRule } from './attributes.js';

export { presetRule, blankOr } from './preset-rules.js';

/** A place-based time zone name, as in the feed (so not `EST`, nor a name with a stray space). */
export const zoneRule: AttributeRule = { accepts: (v) => typeof v === 'string' && v === v.trim() && isZone(v), fix: ['zone'] };

export const wholeNumberRule = (min: number, max: number, fallback: number): AttributeRule => ({
  accepts: (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
  fix: ['wholeNumber', String(min), String(max), String(fallback)],
  fallback,
});
