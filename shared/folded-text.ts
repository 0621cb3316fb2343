/** Vietnamese text without case or diacritics ("Đông Anh" → "dong anh"): for searching, and for ASCII file names. */
export function folded(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
