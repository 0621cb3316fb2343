#!/usr/bin/env node
/** `npm run dev`: the server with reload on change (tsx watch) and Vite's dev server for the pages. */
import { spawn } from 'node:child_process';

const procs = [spawn('npx', ['tsx', 'watch', 'server/main.ts'], { stdio: 'inherit' }), spawn('npx', ['vite'], { stdio: 'inherit' })];
const stop = () => procs.forEach((p) => p.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const p of procs) p.on('exit', () => stop());
console.log('\n  Pages with hot reload: http://localhost:5173/kiosk/?office=tay-mo (API on PORT, default 3000)\n');
