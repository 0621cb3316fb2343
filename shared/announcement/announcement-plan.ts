/**
 * How much of each call the hall's voice says, so it keeps up with the board. A call alone is
 * said in full: the two-tone chime ("ding", "dong") and the office's phrase twice, about 14 s.
 * Six counters calling together would leave the last one more than a minute behind the board, so
 * when calls queue up the voice says each once, with no chime between them (a short "ding" before
 * the first when it breaks a silence); and when even that would leave a waiting call more than
 * MAX_LAG_MS behind, it says only the number and the counter ("a không hai mươi lăm, quầy ba"),
 * with no chime at all. Calls stay in arrival order and none is dropped. The choice is made again
 * before each part, so a call that started alone loses its second chime tone or its repeat as soon
 * as another waits. Six calls at once: the sixth starts about 15 s after it reached the board.
 */
import type { CallAnnouncement } from './phrase.js';
import { CHIME } from './vocabulary.js';

/** The pieces of an announcement, each played whole: the chime's first and second tone, the phrase, the brief form. */
export type Part = 'ding' | 'dong' | 'phrase' | 'brief';

/**
 * `full`: ding, dong, phrase, phrase. `once`: the phrase once, after a ding when it breaks a
 * silence. `brief`: the number and the counter once.
 */
export type Style = 'full' | 'once' | 'brief';

/** No call should start later than this after it reached the board (as far as the brief form can manage). */
export const MAX_LAG_MS = 15_000;

/** The player's timing, in seconds at normal speed: the planner estimates with the same numbers the player uses. */
export const VOICE_TIMING = {
  /** the chime's first tone (it fades out by itself); the rest of the clip is the second */
  dingSeconds: 0.7,
  /** silence after each part */
  pauseAfter: { ding: 0.2, dong: 0.7, phrase: 0.7, brief: 0.3 } satisfies Record<Part, number>,
  /** between the clips of one part */
  wordGap: 0.03,
  /** each part is scheduled this far ahead on the audio clock (not scaled by speed) */
  leadSeconds: 0.05,
  /** an estimate for a clip whose length is unknown (no manifest yet) */
  clipSeconds: 0.35,
} as const;

const SPOKEN: readonly Part[] = ['phrase', 'brief'];

/** The next part of a call that has said `said` so far, in `style`; undefined when it is done. */
export function nextPart(said: readonly Part[], style: Style, afterSilence: boolean): Part | undefined {
  const spoken = said.filter((p) => SPOKEN.includes(p)).length;
  if (style === 'full') {
    if (spoken === 0 && !said.includes('ding')) return 'ding';
    if (spoken === 0 && !said.includes('dong')) return 'dong';
    return spoken < 2 ? 'phrase' : undefined;
  }
  if (spoken > 0) return undefined;
  if (style === 'once' && afterSilence && said.length === 0) return 'ding';
  return style === 'once' ? 'phrase' : 'brief';
}

export interface PlannedCall<T> {
  item: T;
  /** when it reached the board (the queue's clock, ms) */
  queuedAt: number;
}

export interface PlanInput<T> {
  now: number;
  /** the call being said, with the parts said so far */
  current?: { item: T; said: readonly Part[]; afterSilence: boolean };
  /** the calls waiting behind it, in order */
  waiting: readonly PlannedCall<T>[];
  /** how long a part of a call lasts, pause included (ms) */
  partMs: (item: T, part: Part) => number;
  maxLagMs: number;
}

/** When each waiting call would start if the current one and all of them were said in `style` (ms). */
export function plannedStarts<T>(style: Style, input: PlanInput<T>): number[] {
  let t = input.now;
  const sayAll = (item: T, said: Part[], afterSilence: boolean) => {
    for (let p = nextPart(said, style, afterSilence); p; p = nextPart(said, style, afterSilence)) {
      t += input.partMs(item, p);
      said.push(p);
    }
  };
  if (input.current) sayAll(input.current.item, [...input.current.said], input.current.afterSilence);
  const starts: number[] = [];
  input.waiting.forEach((w, i) => {
    starts.push(t);
    sayAll(w.item, [], !input.current && i === 0);
  });
  return starts;
}

/** The fullest style that starts every waiting call within the lag; `brief` when none can. */
export function chooseStyle<T>(input: PlanInput<T>): Style {
  if (!input.waiting.length) return 'full';
  const starts = plannedStarts('once', input);
  return starts.every((s, i) => s - input.waiting[i]!.queuedAt <= input.maxLagMs) ? 'once' : 'brief';
}

/** How long a part of a call lasts at normal speed, its pause included (s); `seconds` gives a clip's length. */
export function partSeconds(part: Part, call: Pick<CallAnnouncement, 'phrase' | 'brief'>, seconds: (id: string) => number | undefined): number {
  const t = VOICE_TIMING;
  const clips = (ids: readonly string[]) => ids.reduce((sum, id) => sum + (seconds(id) ?? t.clipSeconds) + t.wordGap, 0);
  const chime = seconds(CHIME) ?? 2;
  const sound = part === 'ding' ? t.dingSeconds : part === 'dong' ? Math.max(0, chime - t.dingSeconds) : clips(part === 'phrase' ? call.phrase : call.brief);
  return sound + t.pauseAfter[part];
}
