/**
 * The text catalogue machinery: every screen's texts live in a typed message module
 * (`kiosk-messages.ts`, `display-messages.ts`, `console-messages.ts`) with a Vietnamese and an
 * English entry per key, so a missing translation is a type error. Vietnamese is the default;
 * the kiosk switches language per citizen, so the language is runtime state, not a build.
 */
export type Lang = 'vi' | 'en';

/** A message is a string or a function of named parameters. */
export type Message = string | ((p: Record<string, string | number>) => string);
export type Catalogue<K extends string> = Record<K, { vi: Message; en: Message }>;

let current: Lang = 'vi';
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const l of listeners) l(lang);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Builds the `t()` of one catalogue: `t('takeTicket')`, `t('ahead', { n: 3 })`. */
export function translator<K extends string>(catalogue: Catalogue<K>) {
  return (key: K, params: Record<string, string | number> = {}, lang: Lang = current): string => {
    const m = catalogue[key][lang];
    return typeof m === 'function' ? m(params) : m;
  };
}

/** Vietnamese number format: 1.234,5 */
export function formatNumber(n: number, digits = 0, lang: Lang = current): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}
