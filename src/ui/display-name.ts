/**
 * Names typed by someone else (a company, a reviewer) shown in the UI: direction overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), marks and zero-width characters are removed, so a name
 * like "‮gnaH" cannot display reversed or hide text — the PDF does the same (report/pdf-text.ts).
 */
const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function displayName(s: string): string {
  return s.replace(CONTROLS, '').normalize('NFC').trim();
}

/** The title, else the company name, else `fallback` — cleaned for display. */
export function assessmentName(a: { title: string; profile: { companyName: string } }, fallback: string): string {
  return displayName(a.title) || displayName(a.profile.companyName) || fallback;
}
