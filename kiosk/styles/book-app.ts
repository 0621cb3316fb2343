/** The booking page's frame: one column on a phone, the chosen service above each step. */
import { css } from 'lit';

export const bookAppStyles = css`
      :host { display: block; min-height: 100vh; background: var(--bg); }
      main { padding: 1rem; display: grid; gap: 1rem; max-width: 40rem; margin: 0 auto; outline: none; }
      .lead { font-size: 1.05rem; font-weight: 600; color: var(--muted); }
      .notice { background: #fff4d1; border-left: 6px solid var(--warn); padding: 0.6rem 0.8rem; border-radius: 0.5rem; font-weight: 700; color: #3a2a00; }
      .chosen { background: var(--surface); border-radius: var(--radius); padding: 0.8rem 1rem; border: 2px solid var(--line); }
      .chosen h2 { font-size: 0.95rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
      .chosen p { font-size: 1.15rem; font-weight: 800; margin-top: 0.2rem; }
      .back { justify-self: start; font-size: 1.05rem; padding: 0.4em 1em; }
      .back svg { width: 1.3em; height: 1.3em; }
      .btn.wide { width: 100%; font-size: 1.1rem; }
      .center { padding: 2rem 1rem; text-align: center; font-size: 1.15rem; }
`;
