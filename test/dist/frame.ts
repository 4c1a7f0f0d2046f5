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
