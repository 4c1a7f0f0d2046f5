/**
 * Feeds for the referral lookup's tests and stories. With LOOKUP_NOW (Monday 23 November 2026,
 * 09:15 in Chicago) every expectation is exact: the crisis line is open 24/7, the clinic open
 * until 5 PM, the warmline closed until 8 PM, the grief line (in Los Angeles) opens at 11 AM
 * Chicago time, the drop-in centre opens tomorrow, the recovery coaches list no hours.
 */
export const LOOKUP_NOW = new Date('2026-11-23T15:15:00Z');

const organization = {
  name: 'Riverside Peer Support Network', timezone: 'America/Chicago', language: 'en',
  emergency: { number: '911', label: { en: 'In an emergency, call 911', es: 'En una emergencia, llame al 911' } },
};

const places = [
  { id: 'eastside', name: 'Eastside Community Centre', address: '940 Harmon Street\nRiverside', directions: 'Side door, first floor' },
  { id: 'haven', name: 'Haven House', address: '99 Secret Lane', address_on_request: true },
];

export const referrals = {
  lifeline: {
    id: 'lifeline', name: '988 Suicide & Crisis Lifeline', kind: 'crisis-line', urgent: true,
    description: 'Free, confidential support for anyone in distress, or worried about someone. Call, text or chat.',
    topics: ['crisis', 'suicide', 'self-harm'], phone: '988', sms: '988', chat_url: 'https://988lifeline.org/chat/', url: 'https://988lifeline.org',
    hours: '24/7', cost: 'free', languages: ['en', 'es'], area: 'United States', verified: '2026-11-01',
  },
  safeHarbor: {
    id: 'safe-harbor', name: 'Safe Harbor Domestic Violence Hotline', kind: 'helpline', urgent: true,
    topics: ['domestic-violence', 'sexual-violence'], phone: '(217) 555-0188', whatsapp: '+1 217 555 0189',
    hours: '24/7', cost: 'free', languages: ['en', 'es'], verified: '2026-09-14',
  },
  clinic: {
    id: 'clinic', name: 'Riverside Counselling Clinic', kind: 'counselling',
    description: 'Licensed counsellors for individuals and families. First appointment within two weeks.',
    topics: ['anxiety', 'depression', 'family'], phone: '(217) 555-0175', email: 'intake@riverside-clinic.example.org', url: 'https://riverside-clinic.example.org',
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
    cost: 'sliding-scale', languages: ['en', 'es'], referral_required: false, area: 'Riverside County', verified: '2026-10-15',
  },
  warmline: {
    id: 'warmline', name: 'Riverside Peer Warmline', kind: 'peer-support',
    description: 'Not in crisis but need to talk? Peers answer every evening and into the night.',
    topics: ['loneliness', 'anxiety', 'stress'], phone: '(217) 555-0123', sms: '(217) 555-0124',
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '20:00', closes: '02:00' }], cost: 'free', verified: '2026-11-05',
  },
  grief: {
    id: 'grief', name: 'Pacific Grief Line', kind: 'helpline', timezone: 'America/Los_Angeles',
    description: 'Someone to talk to after a death, by phone, from the West Coast.',
    topics: ['grief'], audiences: ['grief'], phone: '1-800-555-GRIEF',
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], cost: 'free', languages: ['en'], verified: '2026-07-30',
  },
  dropIn: {
    id: 'drop-in', name: { en: 'Eastside Drop-in Centre', es: 'Centro de Acogida Eastside' }, kind: 'social-service',
    description: 'Help with rent, bills and food. Just walk in.',
    topics: ['housing', 'money', 'stress'], phone: '(217) 555-0190', whatsapp: '+1 217 555 0191', place: 'eastside', walk_in: true,
    hours: [{ days: ['tu', 'th'], opens: '10:00', closes: '16:00' }], cost: 'free', languages: ['en', 'es'], eligibility: 'Riverside residents', verified: '2026-11-12',
  },
  recovery: {
    id: 'recovery', name: 'Riverside Recovery Coaches', kind: 'peer-support',
    description: 'Coaches who have been there, for anyone worried about drinking or drug use.',
    topics: ['substance-use', 'family'], whatsapp: '+1 217 555 0185', url: 'https://recovery.example.org', cost: 'free', walk_in: true,
  },
  lakeshore: {
    id: 'lakeshore', name: 'Lakeshore Family Counselling', kind: 'counselling',
    topics: ['family', 'parenting', 'youth'], audiences: ['parents', 'youth'], phone: '(217) 555-0178',
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '18:00' }],
    cost: 'insurance', languages: ['en'], referral_required: true, eligibility: 'Families with children aged 4–17', verified: '2024-10-01',
  },
  haven: {
    id: 'haven', name: 'Haven House Women’s Refuge', kind: 'social-service',
    topics: ['domestic-violence'], audiences: ['women'], phone: '(217) 555-0166', place: 'haven', cost: 'free',
  },
  veterans: {
    id: 'veterans', name: 'Veterans Peer Network', kind: 'online-resource',
    topics: ['veterans'], chat_url: 'https://veterans.example.org/chat', cost: 'free', languages: ['en'],
  },
};

export const referralFeeds = {
  /** Every kind of referral the lookup shows, with the feed's own topic code `veterans`. */
  lookup: {
    version: 1, organization, places, referrals: Object.values(referrals),
    labels: { topics: { veterans: { en: 'Veterans and military families', es: 'Veteranos y familias militares' } } },
  },
  /** A county's directory: 60 services and 30 crisis lines, more than a page of each. */
  directory: {
    version: 1, organization,
    referrals: [
      ...Array.from({ length: 60 }, (_, i) => ({ id: `s${i + 1}`, name: `Service ${i + 1}`, kind: 'service', phone: `555 01${String(i + 1).padStart(2, '0')}` })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `line${i + 1}`, name: `Line ${i + 1}`, kind: 'crisis-line', urgent: true, phone: `555 02${String(i + 1).padStart(2, '0')}` })),
    ],
  },
  /** Crisis resources only. */
  onlyUrgent: { version: 1, organization, referrals: [referrals.lifeline, referrals.safeHarbor] },
  /** No referrals, but an emergency number. */
  noReferrals: { version: 1, organization, referrals: [] },
  /** Nothing at all to show. */
  empty: { version: 1, organization: { name: 'Quiet Chapel', language: 'en' } },
  /** A feed written to attack the page: markup in text, script links, odd numbers. */
  hostile: {
    version: 1,
    organization: { ...organization, emergency: { number: '911', label: '<img src=x onerror="window.__lookupPwned=1">Call 911' } },
    places: [{ id: 'p', name: '<script>window.__lookupPwned=1</script>Hall', address: '1 <b>Bold</b> Street' }],
    referrals: [
      {
        id: 'evil', name: '<img src=x onerror="window.__lookupPwned=1">Evil line', kind: '<b>kind</b>', urgent: true,
        description: '<a href="javascript:alert(1)">click</a>', phone: 'javascript:alert(1)', sms: '<b>1</b>',
        chat_url: 'javascript:alert(1)', url: 'data:text/html,<script>alert(1)</script>', email: '"><img src=x onerror=alert(1)>',
        whatsapp: 'vbscript:msgbox(1)', topics: ['<i>topic</i>'],
      },
      {
        id: 'sneaky', name: 'Sneaky service', kind: 'service', place: 'p', url: ' java\tscript:alert(1)', chat_url: 'JAVASCRIPT:alert(1)',
        phone: '555-0100', eligibility: '<style>*{display:none}</style>everyone', topics: ['<i>topic</i>'], hours: [{ days: ['mo'], opens: '25:00', closes: 'noon' }],
      },
    ],
    labels: { topics: { '<i>topic</i>': '<img src=x onerror="window.__lookupPwned=1">Topic' } },
  },
};

export type ReferralFeedName = keyof typeof referralFeeds;
