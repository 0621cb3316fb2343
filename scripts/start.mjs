#!/usr/bin/env node
/**
 * `npm start`: builds the pages when a source is newer than the last build, then runs the
 * server (which starts its own redis-server unless REDIS_URL is set) and its workers.
 */
import { spawn } from 'node:child_process';
import { buildPagesIfStale } from './build-pages.mjs';
import { SERVER_NODE_OPTIONS } from './server-node-options.mjs';

try {
  buildPagesIfStale();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, '--import', 'tsx', 'server/main.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
