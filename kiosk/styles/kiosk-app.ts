/** The kiosk's frame: its toast and pages over the home screen (the issuing overlay has its own: issuing-dialog.ts). */
import { css } from 'lit';

export const kioskAppStyles = css`
      :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--bg); }
      main { flex: 1; position: relative; display: flex; flex-direction: column; }
      .center { margin: auto; padding: 2rem; text-align: center; font-size: 1.6rem; }
      .toast { background: #e7f3ec; border: 3px solid var(--ok); border-radius: var(--radius); margin: 1rem 1.6rem 0; padding: 0.7rem 1rem; font-size: 1.3rem; font-weight: 700; }
      .page { padding: 1.6rem; display: flex; flex-direction: column; gap: 1.2rem; }
      .page .back { align-self: flex-start; }
      .back svg { width: 1.4em; height: 1.4em; }
    `;
