/** The `labels` section (feed-format.md, top level): the feed's own names for its codes. */
import { isUnsafeKey } from '../checks.js';
import { asObject, keepUnknown, optional, textField, type Raw } from '../read.js';
import type { Labels, Text } from '../types.js';
import type { FeedSection } from '../validate.js';

function readLabels(raw: Raw): Labels {
  const v = optional(raw, 'labels', '', asObject, 'not-object');
  if (!v) return {};
  const labels: Labels = { audiences: undefined, kinds: undefined, topics: undefined, accessibility: undefined };
  for (const category of ['audiences', 'kinds', 'topics', 'accessibility'] as const) {
    const group = optional(v, category, 'labels', asObject, 'not-object');
    if (!group) continue;
    const out: Record<string, Text> = Object.create(null);
    for (const code of Object.keys(group)) {
      if (isUnsafeKey(code)) continue;
      const text = textField(group, code, `labels.${category}`);
      if (text !== undefined) out[code] = text;
    }
    labels[category] = out;
  }
  return keepUnknown(v, labels);
}

export const labelsSection: FeedSection = { key: 'labels', read: readLabels };
