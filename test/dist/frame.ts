/** A page from test/dist/pages/ (or any address of the test server) in a frame of the test page, loaded. */
export async function loadFrame<W extends Window>(src: string, width?: number): Promise<{ frame: HTMLIFrameElement; win: W }> {
  const frame = document.createElement('iframe');
  if (width !== undefined) {
    frame.style.width = `${width}px`;
    frame.style.height = '400px';
  }
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as W };
}

/** A page of its own (`body`) in a frame, loading the built package's files as an app's bundle would, once its modules have run. */
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

/** Every tag the package defines (elements.md). */
export const tags = ['care-feed', 'care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];
