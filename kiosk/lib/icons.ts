/** Small inline icons (no icon font, no network). */
import { svg } from 'lit';

export const icons = {
  priority: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="4.2" r="2.3" fill="currentColor"/><path d="M12 7.5c-2.2 0-3.6 1.4-3.6 3.4V15h2v7h3.2v-7h2v-4.1c0-2-1.4-3.4-3.6-3.4z" fill="currentColor"/><path d="M18.5 9.5v12.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><path d="M16.6 9.6c.6-.9 3.2-.9 3.8 0" stroke="currentColor" stroke-width="1.8" fill="none" stroke-linecap="round"/></svg>`,
  message: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 4.5h18v12H9l-5 4v-4H3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M7 9h10M7 12.5h7" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`,
  card: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="2.5" y="5" width="19" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="8" cy="11" r="2.2" fill="currentColor"/><path d="M4.8 16.2c.6-1.6 1.8-2.3 3.2-2.3s2.6.7 3.2 2.3M13.5 9.5h5M13.5 13h5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none"/></svg>`,
  clock: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v5l3.5 2" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none"/></svg>`,
  people: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="9" cy="8" r="3.2" fill="currentColor"/><path d="M2.5 20c.4-4 3-6 6.5-6s6.1 2 6.5 6z" fill="currentColor"/><circle cx="17" cy="9" r="2.6" fill="currentColor" opacity=".7"/><path d="M15.5 14.2c3.3-.3 5.6 1.6 6 5.3h-4.3" fill="currentColor" opacity=".7"/></svg>`,
  pencilOff: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20l1-4.5L15.5 5a2 2 0 0 1 2.8 0l.7.7a2 2 0 0 1 0 2.8L8.5 19z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M3 3l18 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>`,
  check: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4.5 12.5l5 5 10-11" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  close: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="3" stroke-linecap="round"/></svg>`,
  back: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15 4l-8 8 8 8" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  lock: svg`<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="5" y="10.5" width="14" height="10" rx="2" fill="currentColor"/><path d="M8 10.5V8a4 4 0 0 1 8 0v2.5" fill="none" stroke="currentColor" stroke-width="2.2"/></svg>`,
};
