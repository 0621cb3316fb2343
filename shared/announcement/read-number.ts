/**
 * Numbers read the Vietnamese way, as the list of clip ids the board joins:
 * 25 → hai mươi lăm, 21 → hai mươi mốt, 24 → hai mươi tư, 105 → một trăm linh năm,
 * 1020 → một nghìn không trăm hai mươi; a ticket "A025" → a, không, hai mươi lăm.
 */
import { LETTER_NAMES } from './vocabulary.js';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Two digits, 0–99; after a hundreds place 1–9 read with "linh" (một trăm linh năm). */
function readTens(n: number, afterHundreds: boolean): string[] {
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 0) {
    if (unit === 0) return [];
    return afterHundreds ? ['linh', DIGITS[unit]!] : [DIGITS[unit]!];
  }
  const out = tens === 1 ? ['mười'] : [DIGITS[tens]!, 'mươi'];
  if (unit === 0) return out;
  if (unit === 5) out.push('lăm');
  else if (unit === 1 && tens >= 2) out.push('mốt');
  else if (unit === 4 && tens >= 2) out.push('tư');
  else out.push(DIGITS[unit]!);
  return out;
}

function readHundreds(n: number, inside: boolean): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0 && !inside) return readTens(rest, false);
  if (h === 0 && rest === 0) return [];
  return [DIGITS[h]!, 'trăm', ...readTens(rest, true)];
}

/** A whole number 0–999 999 read in words (clip ids). */
export function readNumber(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`cannot read ${n}`);
  if (n === 0) return ['không'];
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return readHundreds(rest, false);
  return [...readHundreds(thousands, false), 'nghìn', ...readHundreds(rest, true)];
}

/**
 * A ticket number: each prefix letter by its Vietnamese name, each leading zero as "không",
 * then the rest as a number. "A025" → letter:A, không, hai, mươi, lăm; "BC100" → letter:B, letter:C, một, trăm.
 */
export function readTicketNumber(ticket: string): string[] {
  const m = /^([A-Z]{0,2})(\d+)$/.exec(ticket.trim().toUpperCase());
  if (!m) throw new RangeError(`not a ticket number: ${ticket}`);
  const letters = [...m[1]!].map((l) => `letter:${l}`);
  const digits = m[2]!;
  const zeros = /^0*/.exec(digits)![0].length;
  const rest = digits.slice(zeros);
  const lead = Array.from({ length: zeros }, () => 'không');
  return [...letters, ...lead, ...(rest ? readNumber(Number(rest)) : [])];
}

/** The words of a clip list as text: letter names spelled out, for a speech voice or captions. */
export function clipsToText(clips: string[]): string {
  return clips
    .filter((c) => c !== 'chime')
    .map((c) => (c.startsWith('letter:') ? (LETTER_NAMES[c.slice(7)] ?? c.slice(7)) : c.startsWith('phrase:') ? c.slice(7) : c))
    .join(' ');
}
