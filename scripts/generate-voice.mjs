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
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

function duration(file) {
  return Number(run('soxi', ['-D', file]).trim());
}

mkdirSync(OUT, { recursive: true });
const tmp = join(tmpdir(), `voice-${process.pid}.wav`);
const manifest = { voice: `espeak-ng ${VOICE}`, generatedAt: new Date().toISOString(), clips: {} };

const chimeFile = join(OUT, `${CHIME}.ogg`);
if (!onlyMissing || !existsSync(chimeFile)) {
  // "ding-dong": two bell-like tones with a soft decay and a short tail
  run('sox', ['-n', '-r', '22050', '-c', '1', chimeFile, 'synth', '0.7', 'pluck', 'E5', 'synth', '0.7', 'sine', 'mix', 'E5', 'fade', 'q', '0.01', '0.7', '0.6', ':', 'synth', '1.1', 'pluck', 'C5', 'synth', '1.1', 'sine', 'mix', 'C5', 'fade', 'q', '0.01', '1.1', '1.0', 'gain', '-n', '-3', 'pad', '0', '0.2']);
}
manifest.clips[CHIME] = { file: `${CHIME}.ogg`, seconds: Number(duration(chimeFile).toFixed(3)) };

for (const clip of allClips()) {
  const file = join(OUT, `${clip.file}.ogg`);
  if (!onlyMissing || !existsSync(file)) {
    run('espeak-ng', ['-v', VOICE, '-s', SPEED, '-a', '170', '-w', tmp, clip.say]);
    // trim leading and trailing silence, normalise loudness, mono 22 kHz Vorbis
    run('sox', [tmp, '-r', '22050', '-c', '1', '-C', '2', file, 'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'reverse', 'gain', '-n', '-2']);
  }
  manifest.clips[clip.id] = { file: `${clip.file}.ogg`, seconds: Number(duration(file).toFixed(3)) };
}
rmSync(tmp, { force: true });
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${Object.keys(manifest.clips).length} clips in ${OUT}`);
