/**
 * The script-tag bundles need no ContextRoot: they register `<care-feed>`
 * before any widget (src/bundle.ts), so every `<care-feed>` already listens
 * when a widget inside it asks for its feed. Leaving it out saves ~0.3 KB
 * gzip for every visitor.
 */
export function ensureContextRoot(): void {}
