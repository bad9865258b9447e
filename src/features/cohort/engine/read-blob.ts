/** A Blob's text; FileReader where Blob.text is missing (jsdom). Kept apart so the page loads no domain code with it. */
export function readBlobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return viaFileReader(blob, 'text').then(String);
}

/** The FileReader way, for where Blob.text or Blob.arrayBuffer is missing (jsdom). */
function viaFileReader(blob: Blob, as: 'text' | 'bytes'): Promise<FileReader['result']> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('unreadable'));
    if (as === 'text') r.readAsText(blob);
    else r.readAsArrayBuffer(blob);
  });
}

/**
 * The texts of ranges of one Blob (a batch of files packed together): read once and decoded range
 * by range as UTF-8, as Blob.text() decodes a file (a leading byte-order mark dropped, bad bytes
 * replaced). If the whole cannot be read (a file deleted since it was chosen), each range is
 * read on its own and only those that fail are null.
 */
export async function readParts(pack: Blob, parts: ReadonlyArray<{ start: number; size: number }>): Promise<Array<string | null>> {
  const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
  try {
    const all = new Uint8Array(await readBlobBytes(pack));
    return parts.map((p) => decode(all.subarray(p.start, p.start + p.size)));
  } catch {
    return Promise.all(parts.map((p) => readBlobBytes(pack.slice(p.start, p.start + p.size)).then((b) => decode(new Uint8Array(b)), () => null)));
  }
}

function readBlobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return viaFileReader(blob, 'bytes') as Promise<ArrayBuffer>;
}
