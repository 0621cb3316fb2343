/**
 * `npm start` in a terminal shows short human lines, not one JSON object per request (the URL
 * banner would scroll away); piped or with LOG_FORMAT=json it stays JSON for log collectors.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { logFormatFor } from '../../server/observability/logger.js';

/** Logs what the access log writes for one request, through the real logger, in a child process. */
function logOneRequest(format: 'json' | 'pretty'): string {
  const code = `
    import { createLogger } from './server/observability/logger.ts';
    const log = createLogger('info', '${format}', undefined, false);
    log.info({ reqId: 'r1', method: 'GET', path: '/api/v1/offices/tay-mo', status: 200, ms: 3 }, 'request');
    log.flush?.();
    setTimeout(() => process.exit(0), 300);
  `;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout.trim();
}

describe('log format', () => {
  it('is pretty in a terminal and JSON when piped or when LOG_FORMAT=json', () => {
    expect(logFormatFor('auto', true)).toBe('pretty');
    expect(logFormatFor('auto', false)).toBe('json');
    expect(logFormatFor('json', true)).toBe('json');
    expect(logFormatFor('pretty', false)).toBe('pretty');
  });

  it('writes one short human line per request when pretty', () => {
    const out = logOneRequest('pretty');
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: GET \/api\/v1\/offices\/tay-mo 200 3 ms$/);
  });

  it('writes JSON otherwise', () => {
    const entry = JSON.parse(logOneRequest('json'));
    expect(entry).toMatchObject({ msg: 'request', method: 'GET', status: 200, path: '/api/v1/offices/tay-mo' });
  });
});
