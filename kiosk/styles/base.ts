/** Shared look of the citizen's screens: large type, high contrast, touch targets of 64 px and more. */
import { css } from 'lit';

export const base = css`
  :host {
    --primary: #b3261e;
    --primary-dark: #7f1a14;
    --accent: #f2c94c;
    --ink: #14171a;
    --muted: #3d4550;
    --bg: #f3f1ed;
    --surface: #ffffff;
    --line: #d5d0c8;
    --ok: #11663a;
    --warn: #8a5a00;
    --bad: #a11a1a;
    --radius: 1.1rem;
    --touch: 64px;
    font-family: 'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif;
    color: var(--ink);
    box-sizing: border-box;
  }
  *, *::before, *::after { box-sizing: inherit; }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-height: var(--touch);
    min-width: var(--touch);
    border-radius: var(--radius);
    border: 3px solid transparent;
    -webkit-tap-highlight-color: transparent;
    touch-action: manipulation;
  }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 4px solid #1a56db; outline-offset: 3px; }
  button:disabled { cursor: default; opacity: 0.55; }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.6em;
    padding: 0.6em 1.3em;
    font-size: 1.3rem;
    font-weight: 700;
    background: var(--surface);
    border-color: var(--ink);
  }
  .btn.primary { background: var(--primary); border-color: var(--primary); color: #fff; }
  .btn.primary:active { background: var(--primary-dark); }
  .btn.ghost { background: transparent; border-color: var(--muted); color: var(--ink); }
  .btn:active { transform: scale(0.98); }
  h1, h2, h3, p { margin: 0; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  input, textarea {
    font: inherit;
    font-size: 1.2rem;
    width: 100%;
    padding: 0.7em 0.8em;
    border: 2px solid var(--muted);
    border-radius: 0.8rem;
    background: #fff;
    color: var(--ink);
    min-height: var(--touch);
    user-select: text;
    -webkit-user-select: text;
  }
  textarea { min-height: 6em; resize: vertical; }
  .error { color: var(--bad); font-weight: 700; }
`;
