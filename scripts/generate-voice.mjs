#!/usr/bin/env node
/**
 * Generates the hall board's Vietnamese audio pieces into public/audio/vi/: one small Ogg Vorbis
 * clip per word, digit word, letter name and phrase segment (shared/announcement/vocabulary.ts),
 * a two-tone chime, and manifest.json (clip id → file, duration). The board joins these clips in
 * order, so calls are spoken on a display PC with no network and no installed voice.
 *
 *   node --import tsx scripts/generate-voice.mjs            (needs espeak-ng and sox)
 *   node --import tsx scripts/generate-voice.mjs --only-missing
 *
 * To use recorded human clips instead: record each clip listed in manifest.json (same words), save
 * it as public/audio/vi/<file>.ogg (mono, any rate), and rerun with --only-missing to refresh the
 * manifest's durations; the board picks up whatever files are there. The clips are committed, so a
 * build needs neither tool.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { allClips, CHIME } from '../shared/announcement/vocabulary.ts';

const OUT = resolve(import.meta.dirname, '..', 'public', 'audio', 'vi');
const onlyMissing = process.argv.includes('--only-missing');
const VOICE = process.env.VOICE ?? 'vi';
const SPEED = process.env.VOICE_SPEED ?? '145';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} is not installed (apt-get install -y espeak-ng sox libsox-fmt-all)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Seconds [start, end] of the sound in a 16-bit PCM WAV: first and last sample above 2% of the peak, 30 ms margins. */
function soundSpan(wavFile) {
  const buf = readFileSync(wavFile);
  let off = 12;
  let rate = 22050;
  let channels = 1;
  while (off + 8 <= buf.length) {
    const id = buf.toString('ascii', off, off + 4);
    const size = buf.readUInt32LE(off + 4);
    if (id === 'fmt ') {
      channels = buf.readUInt16LE(off + 10);
      rate = buf.readUInt32LE(off + 12);
    }
    if (id === 'data') {
      const start = off + 8;
      const end = Math.min(buf.length, start + (size || buf.length)) & ~1;
      const n = (end - start) / 2;
      let peak = 0;
      for (let i = 0; i < n; i++) peak = Math.max(peak, Math.abs(buf.readInt16LE(start + 2 * i)));
      const floor = peak * 0.02;
      let first = 0;
      let last = n - 1;
      while (first < n && Math.abs(buf.readInt16LE(start + 2 * first)) <= floor) first++;
      while (last > first && Math.abs(buf.readInt16LE(start + 2 * last)) <= floor) last--;
      const perSecond = rate * channels;
      const total = n / perSecond;
      return [Math.max(0, first / perSecond - 0.03).toFixed(3), Math.min(total, last / perSecond + 0.03).toFixed(3)];
    }
    off += 8 + size + (size % 2);
  }
  throw new Error(`${wavFile}: no PCM data`);
}

function duration(file) {
  return Number(run('soxi', ['-D', file]).trim());
}

mkdirSync(OUT, { recursive: true });
const tmp = join(tmpdir(), `voice-${process.pid}.wav`);
const manifest = { voice: `espeak-ng ${VOICE}`, generatedAt: new Date().toISOString(), clips: {} };

const chimeFile = join(OUT, `${CHIME}.ogg`);
if (!onlyMissing || !existsSync(chimeFile)) {
  // "ding-dong": two bell-like tones with a soft decay and a short tail. The first tone fills the
  // first 0.7 s, which the board plays alone as the short chime (VOICE_TIMING.dingSeconds).
  run('sox', [
    '-n',
    '-r',
    '22050',
    '-c',
    '1',
    chimeFile,
    'synth',
    '0.7',
    'pluck',
    'E5',
    'synth',
    '0.7',
    'sine',
    'mix',
    'E5',
    'fade',
    'q',
    '0.01',
    '0.7',
    '0.6',
    ':',
    'synth',
    '1.1',
    'pluck',
    'C5',
    'synth',
    '1.1',
    'sine',
    'mix',
    'C5',
    'fade',
    'q',
    '0.01',
    '1.1',
    '1.0',
    'gain',
    '-n',
    '-3',
    'pad',
    '0',
    '0.2',
  ]);
}
manifest.clips[CHIME] = { file: `${CHIME}.ogg`, seconds: Number(duration(chimeFile).toFixed(3)) };

for (const clip of allClips()) {
  const file = join(OUT, `${clip.file}.ogg`);
  if (!onlyMissing || !existsSync(file)) {
    run('espeak-ng', ['-v', VOICE, '-s', SPEED, '-a', '170', '-w', tmp, clip.say]);
    // cut the leading and trailing silence (sox's own silence effect cuts words that end in a
    // stop consonant), normalise loudness, mono 22 kHz Vorbis
    const [from, to] = soundSpan(tmp);
    run('sox', [tmp, '-r', '22050', '-c', '1', '-C', '2', file, 'trim', `${from}`, `=${to}`, 'gain', '-n', '-2']);
  }
  manifest.clips[clip.id] = { file: `${clip.file}.ogg`, seconds: Number(duration(file).toFixed(3)) };
}
rmSync(tmp, { force: true });
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${Object.keys(manifest.clips).length} clips in ${OUT}`);
