/** Saves a Blob as a file through a temporary link: the only way a static app hands over a file. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: keep the URL alive for a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
