/** The first page's head: a slim band, the company, one line of facts, the level box (and QR code). */
import type { Cover } from './model-types';
import { toPdfText } from './pdf-text';
import { BRAND, BRAND_DARK, CONTENT_W, GREY, INK, M_X, ON_BRAND_SOFT, PAGE_W, P_META, P_MUTED, BRAND_TINT, WHITE, linesHeight, type Line } from './pdf-style';
import type { QrMatrix, Writer } from './pdf-writer';

export function drawCover(w: Writer, c: Cover, qr: QrMatrix | undefined): void {
  const doc = w.doc;
  // a slim band: the first page is the summary's, not a title page
  const bandH = 29;
  w.fillRect(0, 0, PAGE_W, bandH, BRAND);
  // the app's name on one line in both languages ("Sẵn sàng 4.0 · Ready 4.0")
  const kicker = w.mode === 'bilingual' && c.kicker.vi !== c.kicker.en ? `${c.kicker.vi} · ${c.kicker.en}` : w.pick(c.kicker);
  let y = w.drawLines(w.toLines(kicker, CONTENT_W, { size: 9.5, bold: true, color: ON_BRAND_SOFT }), M_X, 7, CONTENT_W) + 1;
  y = w.drawLines(w.bi(c.title, CONTENT_W, { main: { size: 17, bold: true, color: WHITE }, sub: { size: 11, color: ON_BRAND_SOFT } }), M_X, y, CONTENT_W);
  w.y = Math.max(y, bandH) + 7;

  const name = w.split(c.company, CONTENT_W, { size: 18, bold: true, color: INK })
    .map((t) => ({ text: t, size: 18, bold: true, color: INK }));
  w.flow(name);
  w.y += 1;
  // one line under the name: date, questionnaire, assessor (the firm's facts close the summary)
  const line = (l: 'vi' | 'en') => c.facts.map((f) => `${f.label[l]}: ${f.value[l]}`).join(' · ');
  w.flow(w.bi({ vi: line('vi'), en: line('en') }, CONTENT_W, P_META));
  w.y += 2;

  // headline box, with the QR code at its right when there is a link to encode
  const qrSize = 38;
  const modules = qr?.modules ?? [];
  const hasQr = modules.length > 0 && c.qr.url !== null;
  const boxW = hasQr ? CONTENT_W - qrSize - 8 : CONTENT_W;
  const label = w.bi(c.headline.label, boxW - 10, { main: { size: 10, bold: true, color: BRAND_DARK }, sub: { size: 8.5, color: GREY } });
  const valueLines: Line[] = [{ text: toPdfText(w.pick(c.headline.value)), size: 38, bold: true, color: BRAND }];
  const nameLines = w.bi(c.headline.name, boxW - 10, { main: { size: 13, bold: true, color: INK }, sub: { size: 10, color: GREY } });
  const explain = w.bi(c.headline.explain, boxW - 10, P_MUTED);
  const conf = w.bi(c.confidence, boxW - 10, { main: { size: 9, bold: true, color: INK }, sub: { size: 8, color: GREY } });
  const boxH = Math.max(hasQr ? qrSize + 14 : 0, linesHeight(label) + linesHeight(valueLines) + linesHeight(nameLines) + linesHeight(explain) + linesHeight(conf) + 10);
  w.ensure(boxH + 4);
  const top = w.y + 2;
  w.fillRect(M_X, top, boxW, boxH, BRAND_TINT);
  w.fillRect(M_X, top, 1.5, boxH, BRAND);
  let by = top + 4;
  by = w.drawLines(label, M_X + 6, by, boxW - 10);
  by = w.drawLines(valueLines, M_X + 6, by, boxW - 10);
  by = w.drawLines(nameLines, M_X + 6, by, boxW - 10) + 1.5;
  by = w.drawLines(explain, M_X + 6, by, boxW - 10) + 1.5;
  w.drawLines(conf, M_X + 6, by, boxW - 10);

  if (hasQr) {
    const qx = M_X + CONTENT_W - qrSize;
    const qy = top;
    const quiet = 2;
    const cell = qrSize / (modules.length + 2 * quiet);
    w.fillRect(qx, qy, qrSize, qrSize, WHITE);
    doc.setFillColor(0, 0, 0);
    // One rectangle per horizontal run of dark modules: a third of the drawing operators.
    modules.forEach((row, r) => {
      let c0 = -1;
      row.forEach((dark, col) => {
        if (dark && c0 < 0) c0 = col;
        if (c0 >= 0 && (!dark || col === row.length - 1)) {
          const c1 = dark ? col + 1 : col;
          doc.rect(qx + (c0 + quiet) * cell, qy + (r + quiet) * cell, (c1 - c0) * cell + 0.01, cell + 0.01, 'F');
          c0 = -1;
        }
      });
    });
    w.drawLines(w.bi(c.qr.caption, qrSize, { main: { size: 7.5, bold: true, color: INK }, sub: { size: 6.5, color: GREY } }), qx, qy + qrSize + 1.5, qrSize, 'center');
  }
  w.y = top + boxH + 8;
  w.flow(w.bi(c.selfAssessment, CONTENT_W, P_MUTED));
}
