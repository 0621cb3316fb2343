/** Scenario 5: the gzipped JavaScript each built page loads (its entry, static imports and preloads). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export function pageWeights(): Record<string, { files: number; gzipBytes: number; rawBytes: number }> {
  const dist = resolve('dist');
  const out: Record<string, { files: number; gzipBytes: number; rawBytes: number }> = {};
  if (!existsSync(dist)) return out;
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  for (const html of walk(dist).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(html, 'utf8');
    const refs = new Set<string>();
    for (const m of text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)) refs.add(m[1]!);
    // modules the entry imports statically are preloaded by Vite; count the entry's own imports too
    const queue = [...refs];
    while (queue.length) {
      const ref = queue.pop()!;
      const file = ref.startsWith('/') ? join(dist, ref) : join(dirname(html), ref);
      if (!existsSync(file)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
        const abs = '/' + relative(dist, join(dirname(file), m[1]!));
        if (!refs.has(abs) && !refs.has(m[1]!)) {
          refs.add(abs);
          queue.push(abs);
        }
      }
    }
    let gz = 0;
    let raw = 0;
    const seen = new Set<string>();
    for (const ref of refs) {
      const file = ref.startsWith('/') ? join(dist, ref) : join(dirname(html), ref);
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      const buf = readFileSync(file);
      raw += buf.length;
      gz += gzipSync(buf, { level: 9 }).length;
    }
    out['/' + relative(dist, html)] = { files: seen.size, gzipBytes: gz, rawBytes: raw };
  }
  return out;
}
