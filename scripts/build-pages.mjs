/** Builds the pages with Vite when a source is newer than the last build (used by npm start and tests). */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['kiosk', 'display', 'console', 'shared', 'public', 'vite.config.ts', 'package-lock.json'];
const STAMP = join('dist', '.build-stamp');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

export function buildPagesIfStale({ quiet = false } = {}) {
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  if (Math.max(...SOURCES.map(newest)) <= built) return false;
  // a production install (the container image) has its pages built and no vite: serve those
  if (built && !existsSync(join('node_modules', 'vite'))) return false;
  if (!quiet) console.log('Building the kiosk, display and console pages…');
  // production mode even when a test runner set NODE_ENV=test: Lit would otherwise ship its dev build
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error('vite build failed');
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}
