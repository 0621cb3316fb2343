/** Reading and waiting on pages in a real browser talking to a real server. */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/** The visible text of an element including its (nested) shadow roots, which textContent skips. */
export function deepText(locator: Locator): Promise<string> {
  return locator.first().evaluate(
    (root) => {
      const walk = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
        const el = node as Element;
        const kids = el.shadowRoot ? Array.from(el.shadowRoot.childNodes) : Array.from(node.childNodes);
        return kids.map(walk).join(' ');
      };
      return walk(root).replace(/\s+/g, ' ').trim();
    },
    undefined,
    { timeout: 2000 },
  );
}

/** Waits for a condition: expect.poll with a timeout for a busy machine (vitest's default is 1 s), never a fixed sleep. */
export function poll<T>(fn: () => T | Promise<T>, timeout = 20_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}
