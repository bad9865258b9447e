/**
 * Dark (true) and light modules of the QR code of `text`, rows top to bottom, without the quiet
 * zone (leave 4 modules of margin when drawing). Throws when the text is too long for any QR code.
 * Used by the share dialog (SVG) and the PDF cover (vector squares); both load it on demand.
 */
import qrcode from 'qrcode-generator';

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export function qrMatrix(text: string, ecc: QrErrorCorrection = 'M'): boolean[][] {
  const qr = qrcode(0, ecc);
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}
