/** Finds glossary terms in question text, so each card can explain the jargon it uses. */
export interface GlossaryTerm {
  key: string;
  term: string;
  definition: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(term: string): RegExp {
  // Acronyms (PLC, OT) match case-sensitively so "ot" inside a word or sentence never counts;
  // phrases ("default value", "tiền chất") match in any case, with an English plural "s".
  const acronym = term === term.toUpperCase() && /\p{Lu}/u.test(term);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}s?(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
}

export function termsIn(text: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return terms.filter((t) => matcher(t.term).test(text));
}

/** glossary:terms as returned by i18next (returnObjects), defensively typed. */
export function toTermList(raw: unknown): GlossaryTerm[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const out: GlossaryTerm[] = [];
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    const r = v as { term?: unknown; definition?: unknown } | null;
    if (r && typeof r.term === 'string' && typeof r.definition === 'string') {
      out.push({ key, term: r.term, definition: r.definition });
    }
  }
  return out;
}
