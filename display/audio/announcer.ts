/**
 * The board's announcer: every live call and recall goes into one AnnouncementQueue and is
 * spoken part by part (the chime's two tones, the office's phrase twice; less when calls queue
 * up, see shared/announcement/announcement-plan.ts), one call at a time, in order. Each
 * announcement is recorded on `window.__announcements` (queued, start and end times, the parts
 * and clips played), which the end-to-end tests read instead of listening.
 */
import { MAX_LAG_MS, partSeconds, VOICE_TIMING, type Part } from '../../shared/announcement/announcement-plan.js';
import { AnnouncementQueue, type AnnouncementEvent, type QueuedAnnouncement } from '../../shared/announcement/announcement-queue.js';
import { buildCall, type CallAnnouncement } from '../../shared/announcement/phrase.js';
import { ClipPlayer, localVietnameseVoice, speak } from './clip-player.js';

export interface AnnouncementRecord {
  id: string;
  ticketNumber: string;
  counterNumber: number;
  recall: boolean;
  queuedAt: number;
  startedAt?: number;
  endedAt?: number;
  mode?: 'clips' | 'speech';
  text?: string;
  /** the parts said, in order: 'ding', 'dong' (the chime's two tones), 'phrase', 'brief' */
  parts: Part[];
  /** what was scheduled, in order: 'ding' and 'dong', then clip ids (or `speech:<text>`) */
  played: string[];
  error?: string;
}

declare global {
  interface Window {
    __announcements?: AnnouncementRecord[];
  }
}

export type VoiceMode = 'auto' | 'clips' | 'speech';

export class Announcer {
  readonly player = new ClipPlayer();
  readonly records: AnnouncementRecord[] = [];
  private readonly queue: AnnouncementQueue;
  /** the office's call phrase, updated from each snapshot */
  phrase = 'Xin mời công dân có số thứ tự {number} đến quầy số {counter}';
  voiceMode: VoiceMode = 'auto';
  onChange: () => void = () => {};

  /** `speed` plays everything faster (tests); the voice's lag target shrinks with it, so the same calls are planned the same way. */
  constructor(speed = 1) {
    this.player.speed = speed;
    window.__announcements = this.records;
    this.queue = new AnnouncementQueue({
      playPart: (a, part) => this.playPart(a, part),
      partMs: (a, part) => this.partMs(a, part),
      onEvent: (e) => this.record(e),
      now: () => performance.now(),
      maxLagMs: MAX_LAG_MS / speed,
    });
    // the clips' lengths, for planning before the first call
    void this.player.loadManifest().catch(() => {});
  }

  /** Calls already on the board when it (re)connected: shown, never spoken. */
  markSeen(ids: string[]): void {
    this.queue.markSeen(ids);
  }

  announce(a: QueuedAnnouncement): boolean {
    if (this.queue.has(a.id)) return false;
    this.records.push({
      id: a.id,
      ticketNumber: a.ticketNumber,
      counterNumber: a.counterNumber,
      recall: a.recall,
      queuedAt: performance.now(),
      parts: [],
      played: [],
    });
    // a board runs all day: keep the last thousand records (the queue itself never drops a call)
    if (this.records.length > 1000) this.records.splice(0, this.records.length - 1000);
    return this.queue.enqueue(a);
  }

  get pending(): number {
    return this.queue.size;
  }

  private record(e: AnnouncementEvent): void {
    const r = this.records.findLast((x) => x.id === e.id);
    if (!r) return;
    if (e.type === 'start') r.startedAt = e.at;
    if (e.type === 'part') r.parts.push(e.part);
    if (e.type === 'end') {
      r.endedAt = e.at;
      if (e.error) r.error = e.error;
    }
    this.onChange();
  }

  /** The call's clips, with the clips the board has (the generated vocabulary until the manifest is in). */
  private call(a: QueuedAnnouncement, has?: (id: string) => boolean): CallAnnouncement {
    return buildCall(this.phrase, a.ticketNumber, a.counterNumber, has);
  }

  private partMs(a: QueuedAnnouncement, part: Part): number {
    const s = partSeconds(part, this.call(a), (id) => this.player.seconds(id));
    return (s / this.player.speed + VOICE_TIMING.leadSeconds) * 1000;
  }

  private async playPart(a: QueuedAnnouncement, part: Part): Promise<void> {
    const r = this.records.findLast((x) => x.id === a.id)!;
    const note = (id: string) => r.played.push(id);
    if (part === 'ding' || part === 'dong') return this.player.playChime(part, note);
    const call = this.call(a, await this.player.has());
    r.text = call.text;
    const voice = this.voiceMode === 'clips' ? undefined : localVietnameseVoice();
    if (voice) {
      r.mode = 'speech';
      const text = part === 'phrase' ? call.text : call.briefText;
      note(`speech:${text}`);
      await speak(text, voice, this.player.speed);
      await this.player.pause(VOICE_TIMING.pauseAfter[part]);
      return;
    }
    r.mode = 'clips';
    await this.player.playClips(part === 'phrase' ? call.phrase : call.brief, VOICE_TIMING.pauseAfter[part], note);
  }
}
