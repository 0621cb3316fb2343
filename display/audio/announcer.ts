/**
 * The board's announcer: every live call and recall goes into one AnnouncementQueue and is
 * spoken as chime + the office's phrase twice, one call at a time, in order. Each announcement
 * is recorded on `window.__announcements` (queued, start and end times, what was played), which
 * the end-to-end tests read instead of listening.
 */
import { AnnouncementQueue, type AnnouncementEvent, type QueuedAnnouncement } from '../../shared/announcement/announcement-queue.js';
import { buildCall } from '../../shared/announcement/phrase.js';
import { CHIME } from '../../shared/announcement/vocabulary.js';
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
  /** clip ids in the order they were scheduled (chime, phrase, phrase) */
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

  constructor(speed = 1) {
    this.player.speed = speed;
    window.__announcements = this.records;
    this.queue = new AnnouncementQueue((a) => this.play(a), (e) => this.record(e), () => performance.now());
  }

  /** Calls already on the board when it (re)connected: shown, never spoken. */
  markSeen(ids: string[]): void {
    this.queue.markSeen(ids);
  }

  announce(a: QueuedAnnouncement): boolean {
    if (this.queue.has(a.id)) return false;
    this.records.push({ id: a.id, ticketNumber: a.ticketNumber, counterNumber: a.counterNumber, recall: a.recall, queuedAt: performance.now(), played: [] });
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
    if (e.type === 'end') {
      r.endedAt = e.at;
      if (e.error) r.error = e.error;
    }
    this.onChange();
  }

  private async play(a: QueuedAnnouncement): Promise<void> {
    const r = this.records.findLast((x) => x.id === a.id)!;
    const has = await this.player.has();
    const call = buildCall(this.phrase, a.ticketNumber, a.counterNumber, has);
    r.text = call.text;
    const voice = this.voiceMode === 'clips' ? undefined : localVietnameseVoice();
    const note = (id: string) => r.played.push(id);
    if (voice) {
      r.mode = 'speech';
      await this.player.playGroups([[CHIME]], note);
      for (let i = 0; i < 2; i++) {
        note(`speech:${call.text}`);
        await speak(call.text, voice, this.player.speed);
      }
      return;
    }
    r.mode = 'clips';
    await this.player.playGroups([[CHIME], call.phrase, call.phrase], note);
  }
}
