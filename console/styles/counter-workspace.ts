/** Styles of the counter workspace: big targets, high contrast, visible focus. */
import { css } from 'lit';

export const workspaceStyles = css`
  :host { display: flex; flex-direction: column; height: 100vh; box-sizing: border-box; background: var(--qms-bg); color: var(--qms-navy); }
  header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: var(--qms-navy); color: var(--qms-white); }
  .counter-no { font-size: 44px; font-weight: 800; color: var(--qms-gold); }
  .counter-name { font-size: 24px; font-weight: 700; flex: 1; display: flex; flex-direction: column; margin: 0; }
  .counter-name small { font-size: 14px; font-weight: 400; opacity: 0.8; }
  .who { font-size: 18px; }
  .chip { padding: 4px 12px; border-radius: 8px; font-weight: 700; }
  .chip.paused { background: var(--qms-gold); color: var(--qms-navy); }
  .chip.offline { background: var(--qms-white); color: var(--qms-red); }
  .msg { min-height: 28px; padding: 8px 20px; font-size: 20px; font-weight: 700; }
  .msg.ok { background: var(--qms-ok-bg); color: var(--qms-ok); }
  .msg.error { background: var(--qms-bad-bg); color: var(--qms-red); }
  .msg.info { background: var(--qms-info-bg); }
  main { flex: 1; display: grid; grid-template-columns: minmax(360px, 0.9fr) 1.4fr; gap: 20px; padding: 16px 20px; min-height: 0; }
  .actions { display: grid; grid-template-columns: 1fr 1fr; grid-auto-rows: minmax(84px, auto); gap: 12px; align-content: start; }
  .actions button { font: inherit; font-size: 22px; font-weight: 700; border-radius: 14px; border: 3px solid var(--qms-navy); background: var(--qms-white); color: var(--qms-navy); cursor: pointer; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 4px; }
  .actions button.primary { grid-column: 1 / -1; min-height: 130px; font-size: 34px; background: var(--qms-red); border-color: var(--qms-red); color: var(--qms-white); }
  .actions button.good { background: var(--qms-ok); border-color: var(--qms-ok); color: var(--qms-white); }
  .actions button.warn { background: var(--qms-gold); }
  .actions button:disabled { opacity: 0.35; cursor: not-allowed; }
  button:focus-visible { outline: 5px solid var(--qms-gold); outline-offset: 3px; box-shadow: 0 0 0 8px var(--qms-navy); }
  kbd { font-size: 14px; font-weight: 400; opacity: 0.8; border: 1px solid currentColor; border-radius: 4px; padding: 0 6px; }
  .keys { grid-column: 1 / -1; font-size: 14px; color: var(--qms-ink-soft); margin: 0; }
  .info { display: flex; flex-direction: column; gap: 12px; min-height: 0; }
  .today { display: flex; gap: 20px; align-items: baseline; font-size: 18px; background: var(--qms-white); border-radius: 12px; padding: 10px 16px; }
  .today b { font-size: 22px; }
  qms-counter-waiting-list { flex: 1; min-height: 0; }
  header button.small { font: inherit; font-size: 16px; padding: 6px 14px; border-radius: 8px; border: 2px solid var(--qms-white); background: transparent; color: var(--qms-white); cursor: pointer; }
  header button.small:disabled { opacity: 0.4; }
  .loading { padding: 40px; font-size: 24px; }
`;
