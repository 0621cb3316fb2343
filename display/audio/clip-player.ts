/**
 * Plays the generated (or recorded) clips of public/audio/vi/ back to back through one
 * AudioContext, and a browser vi-VN voice only when one is installed locally (no network voice:
 * the display PC may have no network). Resolves when the last sound has finished.
 */
import { CHIME } from '../../shared/announcement/vocabulary.js';

interface Manifest {
  clips: Record<string, { file: string; seconds: number }>;
}

const BASE = '/audio/vi/';
/** the error of an announcement the browser would not let play (no tap yet) */
export const BLOCKED = 'sound is blocked by the browser';
/** pause between the two readings of the phrase, and after the chime (seconds) */
const REPEAT_GAP = 0.7;
const WORD_GAP = 0.03;

export class ClipPlayer {
  private ctx: AudioContext | undefined;
  private manifest: Promise<Manifest> | undefined;
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
    this.manifest.catch(() => (this.manifest = undefined));
    return this.manifest;
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

  /** Plays groups of clips in order: each group's clips joined, a pause between groups. */
  async playGroups(groups: string[][], onClip?: (id: string) => void): Promise<void> {
    if (!(await this.unlock())) throw new Error(BLOCKED);
    const ctx = this.context;
    const decoded = await Promise.all(groups.map((g) => Promise.all(g.map(async (id) => ({ id, buf: await this.buffer(id) })))));
    let t = ctx.currentTime + 0.05;
    const start = t;
    let last: AudioBufferSourceNode | undefined;
    for (const group of decoded) {
      for (const { id, buf } of group) {
        const src = ctx.createBufferSource();
        src.buffer = buf;
        src.playbackRate.value = this.speed;
        src.connect(ctx.destination);
        src.start(t);
        onClip?.(id);
        t += buf.duration / this.speed + WORD_GAP / this.speed;
        last = src;
      }
      t += REPEAT_GAP / this.speed;
    }
    if (!last) return;
    const total = (t - start) * 1000;
    await new Promise<void>((res) => {
      const timer = setTimeout(res, total + 1500);
      last!.onended = () => {
        clearTimeout(timer);
        res();
      };
    });
  }

  async chime(): Promise<void> {
    await this.playGroups([[CHIME]]);
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
