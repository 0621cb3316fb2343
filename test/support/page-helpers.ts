/** The visible text of an element including its (nested) shadow roots, which textContent skips. */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

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

/** expect.poll with a timeout that suits a real browser talking to a real server (vitest's default is 1 s). */
export function poll<T>(fn: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}
