/**
 * Names of the files the app writes (the PDFs, the assessment file): ASCII only, so every file
 * system, operating system and mail client keeps them as they are.
 */

/**
 * "Công ty TNHH Cơ khí…" → "cong-ty-tnhh-co-khi…": no accents, đ as d, lower case, any run of
 * other characters as one "-", at most 60 characters; `empty` when nothing is left.
 */
export function fileSlug(name: string, empty = 'report'): string {
  const s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return s || empty;
}
