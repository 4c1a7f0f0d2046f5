/**
 * The care feed, version 1, as the widgets receive it after `checkFeed` (or `parseFeed`).
 * Mirrors shared/spec/feed-format.md and `feed.schema.json`; test/feed/schema-agreement.test.ts
 * keeps the three in step.
 */

import type { Day, ReferralCost, SignupField } from './codes.js';

export type { Day, ReferralCost, SignupField } from './codes.js';

/** A string, or a map of BCP 47 language tag → string. */
export type Text = string | Readonly<Record<string, string>>;
/** `YYYY-MM-DD` */
export type DateString = string;
/** `HH:MM`, 24-hour */
export type TimeString = string;
/** ISO 8601 with an offset, e.g. `2026-03-01T09:00:00-05:00` (a message's keeps at most three decimals of a second) */
export type DateTimeString = string;
/** An IANA time zone name such as `America/Chicago`. */
export type Zone = string;
/** A URL that passed the safety check: https, http, mailto, tel, sms or relative. */
export type SafeUrl = string;
export type Lang = string;

export interface Organization {
  name: Text;
  url?: SafeUrl;
  timezone?: Zone;
  language: Lang;
  country?: string;
  emergency?: { number: string; label?: Text };
  contact?: { email?: string; phone?: string; url?: SafeUrl };
  feedback_url?: SafeUrl;
}

export interface Place {
  id: string;
  name: Text;
  kind?: string;
  address?: string;
  lat?: number;
  lng?: number;
  directions?: Text;
  accessibility?: string[];
  address_on_request?: boolean;
}

export interface Schedule {
  start_date: DateString;
  end_date?: DateString;
  time?: TimeString;
  end_time?: TimeString;
  duration?: number;
  repeat: 'none' | 'weekly' | 'monthly';
  interval: number;
  days?: Day[];
  weeks?: number[];
  except?: DateString[];
  add?: DateString[];
  by_appointment?: boolean;
  /** Always set after parsing: the session's own zone or the organization's. */
  timezone: Zone;
}

export interface Session {
  id: string;
  title: Text;
  description?: Text;
  kind: string;
  audiences?: string[];
  topics?: string[];
  languages?: Lang[];
  place?: string;
  online?: { url?: SafeUrl; phone?: string; notes?: Text };
  schedule: Schedule;
  facilitator?: Text;
  cost: 'free' | Text;
  registration?: { required?: boolean; url?: SafeUrl; email?: string; phone?: string; notes?: Text };
  contact?: { name?: string; email?: string; phone?: string };
  accessibility?: string[];
  status: 'active' | 'paused' | 'cancelled';
  updated?: DateString;
}

export interface OpeningHours {
  days: Day[];
  opens: TimeString;
  closes: TimeString;
}

export interface Referral {
  id: string;
  name: Text;
  kind: string;
  urgent?: boolean;
  description?: Text;
  topics?: string[];
  audiences?: string[];
  phone?: string;
  sms?: string;
  whatsapp?: string;
  chat_url?: SafeUrl;
  url?: SafeUrl;
  email?: string;
  hours?: '24/7' | OpeningHours[];
  timezone?: Zone;
  cost?: ReferralCost;
  languages?: Lang[];
  area?: Text;
  place?: string;
  walk_in?: boolean;
  referral_required?: boolean;
  eligibility?: Text;
  verified?: DateString;
}

export interface Message {
  id: string;
  text: Text;
  link?: { text?: Text; url: SafeUrl };
  starts?: DateString | DateTimeString;
  ends?: DateString | DateTimeString;
  tone: 'info' | 'hope' | 'urgent';
}


export interface VolunteerRole {
  id: string;
  title: Text;
  description?: Text;
  commitment?: Text;
  training?: Text;
  min_age?: number;
}

export interface Volunteering {
  intro?: Text;
  roles: VolunteerRole[];
  submit: { url: SafeUrl; format: 'json' | 'form'; email?: string };
  fields: SignupField[];
  consent: { text: Text; version: string };
  privacy_url?: SafeUrl;
  thanks?: Text;
}

export type LabelCategory = 'audiences' | 'kinds' | 'topics' | 'accessibility';
export type Labels = Partial<Record<LabelCategory, Readonly<Record<string, Text>>>>;

export interface Feed {
  version: 1;
  updated?: DateTimeString;
  organization: Organization;
  places: Place[];
  sessions: Session[];
  referrals: Referral[];
  messages: Message[];
  volunteering?: Volunteering;
  labels: Labels;
}

/**
 * One thing wrong in a feed. checkFeed gives it as a code and its arguments;
 * the sentence a webmaster reads (problem-messages.ts) is filled in by
 * parseFeed at once, and by the widgets before their `care-feed-load` event.
 */
export interface FeedProblem {
  /** Where, e.g. `sessions[3].schedule.timezone`. */
  path: string;
  /** What is wrong, as a stable code such as `not-date` or `missing`. */
  code: string;
  /**
   * The details the message names: the value as people see it (quoted, cut
   * short, never the raw value), a field name, an id. All strings.
   */
  args: string[];
  /** What is wrong and how to fix it, in English; empty until explained. */
  message: string;
  /** True when the whole entry at `path` (or its parent entry) was left out. */
  skipped: boolean;
  /**
   * The id of the entry the problem is in, as its writer wrote it, e.g. `evening-circle`: what a person
   * finds it by (`sessions[1]` is the second session). None outside an entry, or for an entry without one.
   */
  entry?: string;
}

export interface ParsedFeed {
  feed: Feed;
  problems: FeedProblem[];
}
