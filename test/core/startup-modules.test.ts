/**
 * Start-up loads only what serving the hall needs: the spreadsheet, PDF, thermal printer and Web
 * Push libraries (a third of the server's module loading) load on their first export, import, slip
 * or push (which test/supervision/ranking-exports, test/reports/oracle-export, test/dossiers,
 * test/security/printer-settings and test/notifications/web-push exercise).
 */
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LATER = ['exceljs', 'pdfkit', 'node-thermal-printer', 'web-push'];

/**
 * The packages under node_modules that importing `modules` loads, in a fresh Node process: every
 * URL the module resolver resolves (ESM), and every file `require` loaded (CommonJS).
 */
async function packagesLoadedBy(modules: string[]): Promise<string[]> {
  const hooks = `let port; export function initialize(d) { port = d.port; }
    export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }`;
  const script = `
    import { createRequire, register } from 'node:module';
    import { MessageChannel } from 'node:worker_threads';
    const { port1, port2 } = new MessageChannel();
    const seen = [];
    port1.on('message', (url) => seen.push(url));
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), import.meta.url, { data: { port: port2 }, transferList: [port2] });
    for (const m of ${JSON.stringify(modules)}) await import(m);
    await new Promise((r) => setTimeout(r, 200));
    port1.close();
    const names = [...seen, ...Object.keys(createRequire(import.meta.url).cache)].map((p) => new RegExp('node_modules/((?:@[^/]+/)?[^/]+)').exec(p)?.[1]);
    console.log(JSON.stringify([...new Set(names.filter(Boolean))]));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as string[];
}

it('loads no spreadsheet, PDF, printer or Web Push library to start', { timeout: 120_000 }, async () => {
  const atStart = await packagesLoadedBy(['./server/app.ts', './server/jobs/workers.ts']);
  // the check sees both kinds of package: express is CommonJS, zod is ESM
  expect(atStart).toEqual(expect.arrayContaining(['express', 'zod']));
  expect(atStart.filter((p) => LATER.includes(p))).toEqual([]);
});
