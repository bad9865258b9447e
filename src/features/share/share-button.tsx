// Replaced by the share feature (issue 7).
export default function ShareButton() {
  return null;
}
