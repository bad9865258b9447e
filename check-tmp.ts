import { DEFAULT_ROWS } from './src/domain/cbam-tables.generated';
import { defaultValueFor, benchmarkFor, routeLetters } from './src/domain/cbam-lookup';
const counts: Record<string, number> = {};
for (const r of DEFAULT_ROWS) {
  const d = defaultValueFor(r[0]);
  let b = 'n/a';
  if (d.kind === 'value') {
    const bl = benchmarkFor(r[0], 'B', routeLetters(d.value.route, d.value.sector, null), 2026);
    b = bl.kind === 'value' ? `${bl.value}(${bl.route})` : bl.kind === 'range' ? `range ${bl.min}-${bl.max} [${bl.codes.length}]` : 'NONE';
  }
  const key = d.kind + (d.kind === 'none' ? ':' + d.reason : '') + ' / ' + (b.startsWith('range') ? 'range' : b === 'NONE' ? 'NONE' : b === 'n/a' ? 'n/a' : 'value');
  counts[key] = (counts[key] ?? 0) + 1;
  if (b === 'NONE' || b.startsWith('range') || d.kind === 'ambiguous') console.log(r[0], r[5], d.kind, d.kind === 'ambiguous' ? `${d.min}-${d.max}` : '', b);
}
console.log(counts);
for (const c of ['7604 10', '7604 10 90', '7318 15', '7318 15 95', '7308 90', '7318', '2523 10 00', '2523 10 00 10', '7218 10 00', '2716', '7601']) {
  const d = defaultValueFor(c);
  console.log(c, JSON.stringify(d).slice(0, 160), d.kind === 'value' ? JSON.stringify(benchmarkFor(c, 'B', routeLetters(d.value.route, d.value.sector, null), 2026)).slice(0, 200) : '');
}
