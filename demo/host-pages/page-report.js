// Loaded first by each host page: shows on the page itself any script error or
// Content-Security-Policy (and Trusted Types) violation, so a person can see at a
// glance whether the widgets worked on this kind of page, without opening the console.
const problems = [];

function show() {
  const out = document.getElementById('page-report');
  if (!out) return;
  out.textContent = problems.length
    ? `${problems.length === 1 ? 'One problem' : `${problems.length} problems`} on this page: ${problems.join(' · ')}`
    : 'No script errors or policy violations on this page.';
}

document.addEventListener('securitypolicyviolation', (e) => {
  problems.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'a call'}`);
  show();
});
addEventListener('error', (e) => {
  problems.push(e.message);
  show();
});
addEventListener('unhandledrejection', (e) => {
  problems.push(String(e.reason));
  show();
});
document.addEventListener('DOMContentLoaded', show);
