/** A Blob's text; FileReader where Blob.text is missing (jsdom). Kept apart so the page loads no domain code with it. */
export function readBlobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('unreadable'));
    r.readAsText(blob);
  });
}
