/**
 * Plays the generated (or recorded) clips of public/audio/vi/ back to back through one
 * AudioContext, and a browser vi-VN voice only when one is installed locally (no network voice:
 * the display PC may have no network). Each call resolves when its sound and the pause after it
 * are over, so the announcement queue's plan (announcement-plan.ts) matches what the hall hears.
 */
import { VOICE_TIMING } from '../../shared/announcement/announcement-plan.js';
import { CHIME } from '../../shared/announcement/vocabulary.js';

interface Manifest {
  clips: Record<string, { file: string; seconds: number }>;
}

const BASE = '/audio/vi/';
/** the error of an announcement the browser would not let play (no tap yet) */
export const BLOCKED = 'sound is blocked by the browser';
/** a piece of a clip: the chime's first tone is its first `dingSeconds` */
interface ClipPiece {
  id: string;
  offset?: number;
  duration?: number;
}

export class ClipPlayer {
  private ctx: AudioContext | undefined;
  private manifest: Promise<Manifest> | undefined;
  private loaded: Manifest | undefined;
  private buffers = new Map<string, Promise<AudioBuffer>>();
  /** playback speed; tests and impatient installers may raise it (?audioSpeed=) */
  speed = 1;

  get context(): AudioContext {
    this.ctx ??= new AudioContext({ latencyHint: 'playback' });
    return this.ctx;
  }

  loadManifest(): Promise<Manifest> {
    this.manifest ??= fetch(`${BASE}manifest.json`).then((r) => {
      if (!r.ok) throw new Error(`audio manifest: HTTP ${r.status}`);
      return r.json() as Promise<Manifest>;
    });
    void this.manifest.then((m) => (this.loaded = m)).catch(() => {});
    this.manifest.catch(() => (this.manifest = undefined));
    return this.manifest;
  }

  /** A clip's length in seconds, once the manifest is loaded (for planning; undefined before). */
  seconds(id: string): number | undefined {
    return this.loaded?.clips[id]?.seconds;
  }

  async has(): Promise<(id: string) => boolean> {
    const m = await this.loadManifest();
    return (id) => id in m.clips;
  }

  /** Tries to start the audio output; false when the browser still blocks sound. */
  async unlock(timeoutMs = 600): Promise<boolean> {
    const ctx = this.context;
    if (ctx.state === 'running') return true;
    await Promise.race([ctx.resume().catch(() => {}), new Promise((r) => setTimeout(r, timeoutMs))]);
    return (ctx.state as AudioContextState) === 'running';
  }

  /** Decodes every clip in advance, so the first call plays without a gap. */
  async preload(): Promise<void> {
    const m = await this.loadManifest();
    await Promise.all(Object.keys(m.clips).map((id) => this.buffer(id).catch(() => undefined)));
  }

  private buffer(id: string): Promise<AudioBuffer> {
    let b = this.buffers.get(id);
    if (!b) {
      b = (async () => {
        const m = await this.loadManifest();
        const entry = m.clips[id];
        if (!entry) throw new Error(`no clip ${id}`);
        const res = await fetch(BASE + entry.file);
        if (!res.ok) throw new Error(`clip ${id}: HTTP ${res.status}`);
        return this.context.decodeAudioData(await res.arrayBuffer());
      })();
      b.catch(() => this.buffers.delete(id));
      this.buffers.set(id, b);
    }
    return b;
  }

  /** Plays clips back to back, then stays silent for `pauseAfter` seconds (both at the player's speed). */
  async playClips(clips: readonly (string | ClipPiece)[], pauseAfter: number, onClip?: (id: string) => void): Promise<void> {
    if (!(await this.unlock())) throw new Error(BLOCKED);
    const ctx = this.context;
    const pieces = clips.map((c) => (typeof c === 'string' ? { id: c } : c));
    const decoded = await Promise.all(pieces.map(async (p) => ({ ...p, buf: await this.buffer(p.id) })));
    let t = ctx.currentTime + VOICE_TIMING.leadSeconds;
    let last: AudioBufferSourceNode | undefined;
    for (const { id, buf, offset = 0, duration = buf.duration - offset } of decoded) {
      const src = ctx.createBufferSource();
      src.buffer = buf;
      src.playbackRate.value = this.speed;
      src.connect(ctx.destination);
      src.start(t, offset, duration);
      onClip?.(id);
      t += duration / this.speed + VOICE_TIMING.wordGap / this.speed;
      last = src;
    }
    if (last) {
      const total = (t - ctx.currentTime) * 1000;
      const src = last;
      await new Promise<void>((res) => {
        const timer = setTimeout(res, total + 1500);
        src.onended = () => {
          clearTimeout(timer);
          res();
        };
      });
    }
    await this.pause(pauseAfter);
  }

  /** The chime's first tone ("ding", also its short form) or the rest of it ("dong"). */
  async playChime(part: 'ding' | 'dong', onClip?: (id: string) => void): Promise<void> {
    const ding = VOICE_TIMING.dingSeconds;
    const piece = part === 'ding' ? { id: CHIME, offset: 0, duration: ding } : { id: CHIME, offset: ding };
    await this.playClips([piece], VOICE_TIMING.pauseAfter[part], () => onClip?.(part));
  }

  /** Silence for `seconds` at the player's speed. */
  pause(seconds: number): Promise<void> {
    return new Promise((res) => setTimeout(res, (seconds / this.speed) * 1000));
  }
}

/** A local (installed, offline) Vietnamese speech voice, if the browser has one. */
export function localVietnameseVoice(): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('vi') && v.localService);
}

/** Says a text with a voice; resolves when done (or after a generous timeout). */
export function speak(text: string, voice: SpeechSynthesisVoice, rate = 1): Promise<void> {
  return new Promise((res, rej) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = Math.min(rate * 0.95, 10);
    const timer = setTimeout(res, 20_000);
    u.onend = () => {
      clearTimeout(timer);
      res();
    };
    u.onerror = (e) => {
      clearTimeout(timer);
      rej(new Error(`speech: ${e.error}`));
    };
    speechSynthesis.speak(u);
  });
}
