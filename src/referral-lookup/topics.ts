/**
 * The topic picker: plain words a person in trouble would use, each standing for the feed's
 * topic codes (feed-format.md, referrals `topics`). Pure, no DOM.
 */
import type { Referral } from '../feed/types.js';

/** Each choice's id (its words are the string `topicGroup.<id>`) and the codes it finds, most pressing first. */
export const TOPIC_GROUPS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  worried: ['crisis', 'suicide', 'self-harm'],
  suicide: ['suicide', 'self-harm', 'crisis'],
  hurting: ['domestic-violence', 'sexual-violence', 'bullying'],
  low: ['depression', 'anxiety', 'stress'],
  grief: ['grief'],
  'drink-drugs': ['substance-use'],
  trauma: ['trauma'],
  alone: ['loneliness'],
  eating: ['eating-disorders'],
  family: ['family', 'parenting'],
  young: ['youth'],
  older: ['older-adults'],
  lgbtq: ['lgbtq'],
  money: ['money', 'housing'],
}));

export interface TopicChoice {
  /** A group id of TOPIC_GROUPS, or a topic code of the feed's own that no group covers (see topicCodes). */
  id: string;
  /** A feed's own code, as first met: it is labelled from the feed's `labels.topics`. */
  own?: string;
  codes: readonly string[];
}

/**
 * The codes a choice or a `topic` attribute value stands for: a group's codes, else the value as a code.
 * In lower case: codes are compared in any case ("Grief" in a feed, `topic="grief"` on a page). A feed's own
 * code named like a group ("young", "eating", "low" in a feed) is a choice of its own, its id the code after
 * a "=", which no code holds (feed-format.md: codes are letters, digits, `-` and `_`).
 */
export const topicCodes = (id: string): readonly string[] => TOPIC_GROUPS.get((id = id.toLowerCase())) ?? [id.replace(/^=/, '')];

/** Whether a referral has any of the codes (lower case, as topicCodes gives them), written in any case. */
export const hasTopic = (referral: Referral, codes: readonly string[]): boolean => !!referral.topics?.some((code) => codes.includes(code.toLowerCase()));

/**
 * The choices worth offering for these referrals: the groups that find at least one of them,
 * in TOPIC_GROUPS order, then the feed's own codes that no group covers, in the order met.
 */
export function topicChoices(referrals: readonly Referral[]): TopicChoice[] {
  const taken = new Set([...TOPIC_GROUPS.values()].flat());
  const choices: TopicChoice[] = [...TOPIC_GROUPS]
    .filter(([, codes]) => referrals.some((r) => hasTopic(r, codes)))
    .map(([id, codes]) => ({ id, codes }));
  for (const code of referrals.flatMap((r) => r.topics ?? [])) {
    // A group's codes are its; another code is offered once, in the case first met ("Veterans", "veterans").
    const lower = code.toLowerCase();
    if (!taken.has(lower)) choices.push({ id: TOPIC_GROUPS.has(lower) ? '=' + code : code, own: code, codes: [lower] });
    taken.add(lower);
  }
  return choices;
}
