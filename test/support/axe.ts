/**
 * axe-core in the real browser: the page's accessibility checked against the WCAG 2.1 A and AA
 * rules plus axe's best practices, inside every shadow root (axe's default). The pages keep their
 * strict CSP on (`script-src 'self'` refuses an added <script>, so `page.addScriptTag` cannot be
 * used): axe's source from node_modules is evaluated through the DevTools protocol, which the CSP
 * does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Rules whose failures count whatever impact axe gives them: the issue names these (a page
 * without a main landmark or an h1, a table header with no text) although axe rates them moderate or minor.
 */
const ALWAYS_COUNTED = new Set([
  'landmark-one-main',
  'page-has-heading-one',
  'empty-table-header',
  'meta-viewport',
  'meta-viewport-large',
  'label-content-name-mismatch',
]);

const counted = (v: Result) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS_COUNTED.has(v.id);

/**
 * The counted violations on the page as it is now, one line each: the rule, its impact, and
 * where (the selector path through shadow roots) with axe's summary of what is wrong.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter(counted)
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`));
}
