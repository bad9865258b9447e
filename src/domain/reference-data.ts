// PROVISIONAL: replaced by the CBAM reference-data work (issue 4). Signature is the contract.
export type CbamCategory = 'cement' | 'electricity' | 'fertilisers' | 'ironSteel' | 'aluminium' | 'hydrogen';
export type CnClassification =
  | { ok: true; digits: string; status: 'in' | 'out' | 'partial'; category: CbamCategory | null; reasonKey: string }
  | { ok: false; error: 'empty' | 'letters' | 'tooShort' | 'tooLong' | 'oddLength' };

export function classifyCnCode(input: string): CnClassification {
  const digits = input.replace(/[\s.]/g, '');
  if (digits === '') return { ok: false, error: 'empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, error: 'letters' };
  if (digits.length < 4) return { ok: false, error: 'tooShort' };
  if (digits.length > 8) return { ok: false, error: 'tooLong' };
  const in73 = /^(730[1-9]|7310|7311|7318|7326|72)/.test(digits);
  return { ok: true, digits, status: in73 ? 'in' : 'out', category: in73 ? 'ironSteel' : null, reasonKey: 'provisional' };
}
