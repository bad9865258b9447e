/**
 * QR code of a link, as an SVG. This module is loaded on demand (the share dialog imports it
 * lazily), so the QR library stays out of every other chunk. qrMatrix is pure, for the PDF cover.
 */
import { qrMatrix } from '../../share/qr-matrix';

export { qrMatrix };
export type { QrErrorCorrection } from '../../share/qr-matrix';

/** One SVG path of unit squares: far smaller than a <rect> per module. */
function pathOf(m: boolean[][], margin: number): string {
  let d = '';
  m.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (dark) d += `M${c + margin} ${r + margin}h1v1h-1z`;
    });
  });
  return d;
}

interface Props {
  text: string;
  /** accessible name of the image */
  label: string;
  /** shown instead when the text does not fit a QR code */
  tooLong: string;
}

export default function QrCode({ text, label, tooLong }: Props) {
  let m: boolean[][];
  try {
    m = qrMatrix(text);
  } catch {
    return <p className="notice">{tooLong}</p>;
  }
  const margin = 4;
  const size = m.length + margin * 2;
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={pathOf(m, margin)} fill="#000" />
    </svg>
  );
}
