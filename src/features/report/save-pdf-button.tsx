// Replaced by the PDF report feature (issue 6).
export default function SavePdfButton() {
  return null;
}
