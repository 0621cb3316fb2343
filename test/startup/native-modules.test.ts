/**
 * The password hashes' native module (argon2) must load from the binary its package ships: an
 * install with no compiler (the Docker image's `node:20-slim`) cannot build its own. argon2 0.45's
 * Linux binaries crash Node 20 on load (a segmentation fault in its module registration), which an
 * install with a compiler hides by building one; `package.json` pins a release whose binaries load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const argon2Dir = dirname(require.resolve('argon2/package.json'));

describe('native modules', () => {
  it("argon2's shipped binary for this platform loads and hashes in this Node", () => {
    const dir = join(argon2Dir, 'prebuilds', `${process.platform}-${process.arch}`);
    expect(existsSync(dir), dir).toBe(true);
    const binaries = readdirSync(dir).filter((f) => f.endsWith('.node'));
    // glibc and musl builds: each must load where it applies; here the one of this C library
    const report = process.report.getReport() as { header: { glibcVersionRuntime?: string } };
    const libc = report.header.glibcVersionRuntime ? 'glibc' : 'musl';
    const binary = binaries.find((f) => f.includes(libc)) ?? binaries[0]!;
    const run = spawnSync(process.execPath, ['-e', `const m = require(${JSON.stringify(join(dir, binary))}); process.stdout.write(typeof m.hash)`], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ status: run.status, signal: run.signal, out: run.stdout }).toEqual({ status: 0, signal: null, out: 'function' });
  });
});
