/**
 * Which `--care-*` custom properties a stylesheet reads, and the fallbacks it
 * gives them. The styles map each public token to a private `--_name` once
 * (src/internal/tokens.styles.ts) and use the private one; a token counts as
 * read only when its private name is used, so a widget that never uses
 * `--_hope-surface` does not read `--care-hope-surface`.
 */

/** Property name → every fallback the styles give it, with private names written as their tokens. */
export type CssRead = Map<string, string[]>;

/** Each `var(--name, fallback)` in the text, nested ones included. */
function varsIn(text: string): { name: string; fallback?: string }[] {
  const found: { name: string; fallback?: string }[] = [];
  for (const match of text.matchAll(/var\(\s*(--[\w-]+)/g)) {
    let depth = 0;
    let comma = -1;
    let end = match.index + 3;
    for (; end < text.length; end++) {
      const char = text[end];
      if (char === '(') depth++;
      else if (char === ')' && --depth === 0) break;
      else if (char === ',' && depth === 1 && comma < 0) comma = end;
    }
    const fallback = comma < 0 ? undefined : text.slice(comma + 1, end).replace(/\s+/g, ' ').trim().replace(/--_/g, '--care-');
    found.push({ name: match[1], fallback });
  }
  return found;
}

export function cssPropertiesRead(css: string): CssRead {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const privates = new Map<string, string>();
  const uses = text.replace(/(--_[\w-]+)\s*:\s*([^;{}]+);?/g, (_, name: string, value: string) => {
    // A private name set again further in (--_surface: none inside a box with a tint of its own) keeps what it read first too.
    privates.set(name, `${privates.get(name) ?? ''} ${value}`);
    return '';
  });
  const read: CssRead = new Map();
  const seen = new Set<string>();
  const visit = (source: string) => {
    for (const { name, fallback } of varsIn(source)) {
      if (name.startsWith('--care-')) {
        const fallbacks = read.get(name) ?? [];
        if (fallback !== undefined && !fallbacks.includes(fallback)) fallbacks.push(fallback);
        read.set(name, fallbacks);
      } else if (privates.has(name) && !seen.has(name)) {
        seen.add(name);
        visit(privates.get(name)!);
      }
    }
  };
  visit(uses);
  return read;
}
