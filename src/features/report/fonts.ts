/**
 * Browser: the two Be Vietnam Pro TTFs as same-origin asset URLs (Vite ?url), fetched only when a
 * PDF is made. Never the package's index.js, which would pull in every weight.
 */
import regularUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';
import type { ReportFonts } from '../../report/pdf-renderer';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`font ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function fetchReportFonts(): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
}
