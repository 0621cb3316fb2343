/**
 * Recognises the QR text of a chip ID card (CCCD) before it is sent: `12 digits|old id|name|
 * ddmmyyyy|…`. The server parses and masks it (server/tickets/cccd.ts); the kiosk never shows it.
 */
export function looksLikeCccd(raw: string): boolean {
  const f = raw.trim().split('|');
  return f.length >= 6 && /^\d{12}$/.test(f[0] ?? '') && !!f[2]?.trim() && /^\d{8}$/.test(f[3] ?? '');
}
