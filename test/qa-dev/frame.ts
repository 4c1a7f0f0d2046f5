/** A page of its own in a frame, loading the built package's files as an app's bundle would (test/qa-dev). */
export async function framePage(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const ready = new Promise<void>((resolve) => window.addEventListener('message', function ready(e) {
    if (e.source !== frame.contentWindow || e.data !== 'ready') return;
    window.removeEventListener('message', ready);
    resolve();
  }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module">parent.postMessage('ready', '*')</script></body></html>`;
  document.body.append(frame);
  await ready;
  return frame.contentWindow!;
}

export const tags = ['care-feed', 'care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];
