/**
 * Offices in the order people look them up: by the place's own name, after the body and the kind of
 * unit ("Bộ phận Một cửa UBND phường …", "Trung tâm Phục vụ hành chính công xã …"), so wards and
 * communes interleave instead of every "phường" coming before every "xã".
 */
const BODY = '(?:bộ phận một cửa|trung tâm phục vụ hành chính công|ubnd|[uủ]y ban nhân dân)';
const UNIT = new RegExp(`^(?:${BODY}\\s+)*(?:xã|phường|thị trấn|đặc khu)\\s+`, 'iu');

/** "UBND phường Tây Mỗ" → "Tây Mỗ"; a name with no unit word is kept whole. */
export const placeName = (name: string): string => name.trim().replace(UNIT, '');

/** Compares two office names by place name, then whole (a ward and a commune of the same name stay apart). */
export const byPlaceName = (a: string, b: string): number => placeName(a).localeCompare(placeName(b), 'vi') || a.localeCompare(b, 'vi');
