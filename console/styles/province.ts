/**
 * Shared look of the province's live wall: readable from across a room on a 1920×1080 wall
 * screen, dense enough for a 1366×768 laptop (the type grows with the screen), the console's colours.
 */
import { css } from 'lit';

export const provinceStyles = css`
  :host { display: block; color: var(--qms-ink); font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; font-size: 15px; --big: 22px; }
  @media (min-width: 1700px) {
    :host { font-size: 18px; --big: 30px; }
  }
  .num { font-variant-numeric: tabular-nums; }
  .big { font-size: var(--big); font-weight: 700; line-height: 1.1; color: var(--qms-navy); }
  .bad { color: var(--qms-red); }
  .muted { color: var(--qms-muted); }
  .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  button, select, input { font: inherit; }
  a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid var(--qms-gold); outline-offset: 2px; }
`;
