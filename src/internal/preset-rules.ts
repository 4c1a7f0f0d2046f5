/**
 * The attribute rules both list widgets use (attribute-rules.ts re-exports them): a module of their
 * own, so that the code the lookup shares with the finder does not carry the finder's other rules.
 */
import type { AttributeRule } from './attributes.js';

/** A filter the page presets (`audience="youth"`): by default, a code as the feed writes it, with no spaces around it. */
export const presetRule = (example: string, accepts = (v: unknown) => typeof v === 'string' && v !== '' && v.trim() === v): AttributeRule =>
  ({ accepts, fix: ['preset', example] });

/** Takes an empty value as none given, and judges the rest without the spaces around it. */
export const blankOr = (accepts: (value: string) => boolean) => (value: unknown): boolean => {
  const trimmed = String(value).trim();
  return !trimmed || accepts(trimmed);
};
