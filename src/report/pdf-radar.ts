/** The radar chart of the dimension scores against the targets, with its legend in the top-left corner. */
import type { Bi, RadarAxis } from './model-types';
import { BRAND, BRAND_DARK, BRAND_FILL, GREY, INK, LIGHT_GREY, M_X, PAGE_W, RULE, linesHeight } from './pdf-style';
import type { Writer } from './pdf-writer';

/** mm the chart takes on the page, with its legend */
export const RADAR_HEIGHT = 96;

export function drawRadar(w: Writer, axes: RadarAxis[], legend: { score: Bi; target: Bi; noData: Bi }): void {
  const height = RADAR_HEIGHT;
  w.ensure(height);
  const top = w.y;
  const cx = PAGE_W / 2;
  const cy = w.y + 48;
  const R = 35;
  const n = axes.length;
  if (n < 3) { w.y += 4; return; }
  const ang = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const pt = (i: number, v: number): [number, number] => [cx + Math.cos(ang(i)) * R * (v / 4), cy + Math.sin(ang(i)) * R * (v / 4)];
  const doc = w.doc;
  // rings 1..4 and spokes
  doc.setLineWidth(0.2);
  for (let ring = 1; ring <= 4; ring++) {
    doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
    polygon(w, axes.map((_, i) => pt(i, ring)), null);
    w.setStyle({ size: 6.5, color: LIGHT_GREY });
    doc.text(String(ring), cx + 1, cy - R * (ring / 4) + 2.4);
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = pt(i, 4);
    doc.line(cx, cy, x, y);
  }
  // score polygon (scored axes only), then the target, dashed
  const scored = axes.map((a, i) => ({ a, i })).filter((x) => x.a.score !== null);
  if (scored.length >= 3) {
    doc.setFillColor(BRAND_FILL[0], BRAND_FILL[1], BRAND_FILL[2]);
    doc.setDrawColor(BRAND[0], BRAND[1], BRAND[2]);
    doc.setLineWidth(0.7);
    polygon(w, scored.map(({ a, i }) => pt(i, a.score ?? 0)), 'FD');
  }
  const targeted = axes.map((a, i) => ({ a, i })).filter((x) => x.a.target !== null);
  if (targeted.length >= 3) {
    doc.setDrawColor(BRAND_DARK[0], BRAND_DARK[1], BRAND_DARK[2]);
    doc.setLineWidth(0.45);
    doc.setLineDashPattern([1.6, 1.2], 0);
    polygon(w, targeted.map(({ a, i }) => pt(i, a.target ?? 0)), null);
    doc.setLineDashPattern([], 0);
  }
  doc.setFillColor(BRAND[0], BRAND[1], BRAND[2]);
  for (const { a, i } of scored) {
    const [x, y] = pt(i, a.score ?? 0);
    doc.circle(x, y, 0.8, 'F');
  }
  // labels outside the outer ring
  axes.forEach((a, i) => {
    const c = Math.cos(ang(i));
    const s = Math.sin(ang(i));
    const [lx, ly] = [cx + c * (R + 4), cy + s * (R + 4)];
    const align = c > 0.1 ? 'left' : c < -0.1 ? 'right' : 'center';
    const width = 40;
    const colour = a.score === null ? LIGHT_GREY : INK;
    const label = w.bi({ vi: `${a.label.vi} ${a.value.vi}`, en: `${a.label.en} ${a.value.en}` }, width,
      { main: { size: 8, bold: true, color: colour }, sub: { size: 7, color: GREY } });
    const h = linesHeight(label);
    const top = s < -0.25 ? ly - h : s > 0.25 ? ly : ly - h / 2;
    const x = align === 'left' ? lx : align === 'right' ? lx - width : lx - width / 2;
    w.drawLines(label, x, top, width, align);
  });
  // legend
  // in the top-left corner, one under the other: the space below the chart is the table's
  const lx = M_X;
  let ly = top + 3;
  const item = (b: Bi, draw: (x: number, y: number) => void) => {
    draw(lx, ly);
    const ls = w.bi(b, 34, { main: { size: 8, color: INK }, sub: { size: 7, color: GREY } });
    ly = Math.max(ly + 7, w.drawLines(ls, lx + 8, ly - 1.8, 34) + 3);
  };
  item(legend.score, (x, y) => {
    doc.setFillColor(BRAND_FILL[0], BRAND_FILL[1], BRAND_FILL[2]);
    doc.setDrawColor(BRAND[0], BRAND[1], BRAND[2]);
    doc.setLineWidth(0.5);
    doc.rect(x, y - 1.5, 6, 3, 'FD');
  });
  item(legend.target, (x, y) => {
    doc.setDrawColor(BRAND_DARK[0], BRAND_DARK[1], BRAND_DARK[2]);
    doc.setLineWidth(0.45);
    doc.setLineDashPattern([1.6, 1.2], 0);
    doc.line(x, y, x + 6, y);
    doc.setLineDashPattern([], 0);
  });
  if (axes.some((a) => a.score === null)) {
    item(legend.noData, (x, y) => {
      w.setStyle({ size: 8, bold: true, color: LIGHT_GREY });
      doc.text('D', x + 1.5, y + 1.2);
    });
  }
  // below the lowest axis label (the chart's foot)
  w.y = top + height;
}

function polygon(w: Writer, points: [number, number][], style: 'FD' | 'F' | null): void {
  const first = points[0];
  if (!first) return;
  const deltas: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const q = points[i - 1]!;
    deltas.push([p[0] - q[0], p[1] - q[1]]);
  }
  w.doc.lines(deltas, first[0], first[1], [1, 1], style ?? 'S', true);
}

