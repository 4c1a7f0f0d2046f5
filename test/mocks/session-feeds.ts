/**
 * A small, fixed feed for the session finder's tests and stories. With
 * FINDER_NOW (Monday 23 November 2026, 09:15 in Chicago) every expectation
 * below is exact.
 */
export const FINDER_NOW = new Date('2026-11-23T15:15:00Z');

const places = [
  { id: 'hall', name: 'St Mark’s Church hall', kind: 'church', address: '12 Elm Street\nRiverside', lat: 41.88, lng: -87.63, accessibility: ['wheelchair', 'hearing-loop'] },
  { id: 'library', name: { en: 'Riverside Library', es: 'Biblioteca de Riverside' }, kind: 'library', address: '3 Main Street', lat: 41.9, lng: -87.7 },
  { id: 'mosque', name: 'Al-Noor Community Room', kind: 'mosque', address: '40 Oak Avenue', lat: 41.7, lng: -87.6 },
  { id: 'haven', name: 'Haven House', address: '99 Secret Lane', lat: 41.8, lng: -87.65, address_on_request: true },
];

export const finderSessions = {
  circle: {
    id: 'circle', title: 'Tuesday peer circle', description: 'A calm circle to talk and listen.', kind: 'peer-group', audiences: ['adults'], languages: ['en'],
    place: 'hall', facilitator: 'Trained peer volunteers',
    schedule: { start_date: '2026-01-06', time: '18:30', end_time: '20:00', repeat: 'weekly', days: ['tu'] },
  },
  youth: {
    id: 'youth', title: { en: 'Youth sharing circle', es: 'Círculo juvenil' }, kind: 'sharing-circle', audiences: ['youth'], languages: ['en', 'es'],
    place: 'library', schedule: { start_date: '2026-09-02', time: '16:00', duration: 90, repeat: 'weekly', days: ['we'] },
  },
  caregivers: {
    id: 'caregivers', title: 'Caregivers online', kind: 'workshop', audiences: ['caregivers'], cost: { en: '$5 suggested', es: '$5 sugeridos' },
    online: { url: 'https://meet.example.org/caregivers' },
    schedule: { start_date: '2026-01-13', time: '10:00', end_time: '11:00', repeat: 'monthly', weeks: [2], days: ['tu'] },
  },
  grief: {
    id: 'grief', title: 'Grief and loss group', kind: 'peer-group', audiences: ['grief'], place: 'mosque', online: { url: 'https://meet.example.org/grief' },
    registration: { required: true, url: 'https://example.org/register/grief' },
    schedule: { start_date: '2026-01-05', time: '09:00', end_time: '10:30', repeat: 'weekly', days: ['mo'] },
  },
  women: {
    id: 'women', title: 'Women’s circle', kind: 'sharing-circle', audiences: ['women'], place: 'haven',
    schedule: { start_date: '2026-01-01', time: '19:00', end_time: '20:30', repeat: 'weekly', days: ['th'] },
  },
  appointment: {
    id: 'appointment', title: 'One-to-one listening', kind: 'other', place: 'hall', schedule: { start_date: '2026-01-01', by_appointment: true },
  },
  paused: {
    id: 'paused', title: 'Paused walking group', kind: 'social', place: 'hall', status: 'paused',
    schedule: { start_date: '2026-01-01', time: '08:00', repeat: 'weekly', days: ['sa'] },
  },
};

export const finderFeed = {
  version: 1,
  organization: {
    name: 'Riverside Peer Support Network', timezone: 'America/Chicago', language: 'en',
    emergency: { number: '911', label: 'Emergency: call 911' },
    feedback_url: 'https://example.org/report', contact: { email: 'hello@example.org' },
  },
  places,
  sessions: Object.values(finderSessions),
  referrals: [
    { id: 'lifeline', name: '988 Suicide & Crisis Lifeline', kind: 'crisis-line', urgent: true, phone: '988', hours: '24/7' },
    { id: 'clinic', name: 'Riverside Clinic', kind: 'clinic' },
  ],
  labels: { audiences: { adults: { en: 'Grown-ups', es: 'Personas adultas' } } },
};
