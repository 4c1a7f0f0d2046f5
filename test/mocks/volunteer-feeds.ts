/** Feeds with a volunteer signup, shared by its tests and stories. */

const organization = { name: 'Riverside Peer Support Network', timezone: 'America/Chicago', language: 'en' };

/** Where the signup feeds send; test/mocks/volunteer-handlers.ts answers each as its name says. */
export const signupUrls = {
  ok: '/signups/ok',
  rejected: '/signups/rejected',
  serverError: '/signups/server-error',
  networkError: '/signups/network-error',
  never: '/signups/never',
};

export const volunteerRoles = [
  {
    id: 'peer-facilitator',
    title: { en: 'Peer group facilitator', es: 'Facilitador de grupo de pares' },
    description: 'Co-lead a weekly group with another trained volunteer.',
    commitment: 'About 3 hours a week for six months',
    training: 'Two Saturday trainings and monthly supervision',
    min_age: 21,
  },
  {
    id: 'welcome-host',
    title: 'Welcome host',
    description: 'Greet people at the door and make the tea.',
    commitment: 'One evening a month',
    training: 'A two-hour welcome session',
    min_age: 16,
  },
  { id: 'warmline-listener', title: 'Warmline listener', commitment: 'Two 4-hour shifts a month' },
];

/** A feed whose signup asks every optional question; `volunteering` fields can be replaced. */
export function volunteerFeed(volunteering: Record<string, unknown> = {}) {
  return {
    version: 1,
    organization,
    volunteering: {
      intro: 'Our groups are run by neighbours who have been there. We train and support every volunteer.',
      roles: volunteerRoles,
      submit: { url: signupUrls.ok, format: 'json', email: 'volunteer@riverside-peer.example.org' },
      fields: ['phone', 'availability', 'languages', 'age_confirm', 'message'],
      consent: { text: 'I agree that Riverside Peer Support Network may keep my details and contact me about volunteering.', version: '2026-09' },
      privacy_url: 'https://riverside-peer.example.org/privacy',
      thanks: 'Thank you! Our volunteer coordinator will be in touch within a week.',
      ...volunteering,
    },
  };
}

export const volunteerFeeds = {
  full: volunteerFeed(),
  /** Form-encoded, as hosted form back-ends take it. */
  form: volunteerFeed({ submit: { url: signupUrls.ok, format: 'form', email: 'volunteer@riverside-peer.example.org' } }),
  /** One role, no optional questions, no fallback email, no thanks of its own. */
  minimal: volunteerFeed({
    intro: undefined,
    roles: [volunteerRoles[1]],
    submit: { url: signupUrls.ok },
    fields: undefined,
    privacy_url: undefined,
    thanks: undefined,
  }),
  noVolunteering: { version: 1, organization, messages: [] },
};
