/** The kiosk's frame: its dialogs, toast and pages over the home screen. */
import { css } from 'lit';

export const kioskAppStyles = css`
      :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--bg); }
      main { flex: 1; position: relative; display: flex; flex-direction: column; }
      .center { margin: auto; padding: 2rem; text-align: center; font-size: 1.6rem; }
      .overlay { position: fixed; inset: 0; background: rgba(20, 23, 26, 0.55); display: grid; place-items: center; z-index: 10; }
      .dialog { background: var(--surface); border-radius: 1.4rem; padding: 2rem 2.2rem; width: min(92vw, 40rem); display: grid; gap: 1.2rem; text-align: center; font-size: 1.5rem; box-shadow: 0 20px 60px rgba(0, 0, 0, 0.35); }
      .dialog .big { font-size: 1.8rem; font-weight: 800; }
      .dialog.warn { border-top: 10px solid var(--warn); }
      .dialog.bad { border-top: 10px solid var(--bad); }
      .spinner { width: 4.5rem; height: 4.5rem; margin: 0 auto; border-radius: 50%; border: 0.55rem solid #e3ded6; border-top-color: var(--primary); animation: spin 0.9s linear infinite; }
      @keyframes spin { to { transform: rotate(360deg); } }
      .toast { background: #e7f3ec; border: 3px solid var(--ok); border-radius: var(--radius); margin: 1rem 1.6rem 0; padding: 0.7rem 1rem; font-size: 1.3rem; font-weight: 700; }
      .page { padding: 1.6rem; display: flex; flex-direction: column; gap: 1.2rem; }
      .page .back { align-self: flex-start; }
      .back svg { width: 1.4em; height: 1.4em; }
    `;
