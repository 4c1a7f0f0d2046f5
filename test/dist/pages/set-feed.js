// A page's own script gives the banner its feed as a property, before the widgets' code has arrived (as a framework does).
document.querySelector('care-awareness-banner').feed = {
  version: 1,
  organization: { name: 'Hillside Library Circle', timezone: 'Europe/Dublin' },
  messages: [{ id: 'property', text: 'The feed property comes first.' }],
};
