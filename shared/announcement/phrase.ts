/**
 * Turns the office's call phrase ("Xin mời công dân có số thứ tự {number} đến quầy số {counter}")
 * into the ordered clips the board plays and the text a speech voice says. Literal words are
 * matched to the longest recorded segment first, then single words; words with no clip are
 * reported, so the installer's test page can say what a custom phrase lacks.
 */
import { readNumber, readTicketNumber, clipsToText } from './read-number.js';
import { allClips, CHIME } from './vocabulary.js';

export interface CallAnnouncement {
  /** clip ids of the office's phrase, in order (the chime is not part of it) */
  phrase: string[];
  /** the phrase as text for a speech voice, numbers already in words */
  text: string;
  /** the short form said when calls queue up: the number and the counter ("a không hai mươi lăm, quầy ba") */
  brief: string[];
  briefText: string;
  /** literal words of the phrase that have no clip (skipped when joining clips) */
  missing: string[];
}

const KNOWN = new Set(allClips().map((c) => c.id));
/** "quầy" (counter): the brief form names the counter with this one word, whatever the office's phrase says */
const BRIEF_COUNTER_WORD = 'quầy';

export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function literalClips(text: string, has: (id: string) => boolean, missing: string[]): string[] {
  const words = normalizeWords(text);
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let j = words.length; j > i + 1; j--) {
      const id = `phrase:${words.slice(i, j).join(' ')}`;
      if (has(id)) {
        out.push(id);
        i = j;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const w = words[i]!;
    if (/^\d+$/.test(w)) out.push(...readNumber(Number(w)));
    else if (has(w)) out.push(w);
    else missing.push(w);
    i++;
  }
  return out;
}

/** The clips and text of one call. `has` says which clips exist (default: the generated vocabulary). */
export function buildCall(
  template: string,
  ticketNumber: string,
  counterNumber: number,
  has: (id: string) => boolean = (id) => KNOWN.has(id),
): CallAnnouncement {
  const missing: string[] = [];
  const phrase: string[] = [];
  const textParts: string[] = [];
  for (const part of template.split(/(\{number\}|\{counter\})/)) {
    if (part === '{number}') {
      const clips = readTicketNumber(ticketNumber);
      phrase.push(...clips);
      textParts.push(clipsToText(clips));
    } else if (part === '{counter}') {
      const clips = readNumber(counterNumber);
      phrase.push(...clips);
      textParts.push(clipsToText(clips));
    } else if (part.trim()) {
      phrase.push(...literalClips(part, has, missing));
      textParts.push(part.trim());
    }
  }
  const number = readTicketNumber(ticketNumber);
  const counter = readNumber(counterNumber);
  return {
    phrase,
    text: textParts.join(' ').replace(/\s+/g, ' ').trim(),
    brief: [...number, BRIEF_COUNTER_WORD, ...counter],
    briefText: `${clipsToText(number)}, ${BRIEF_COUNTER_WORD} ${clipsToText(counter)}`,
    missing,
  };
}

export { CHIME };
