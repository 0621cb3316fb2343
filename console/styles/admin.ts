/** Shared look of the admin sections: plain tables and forms, high contrast, visible focus. */
import { css } from 'lit';

export const adminStyles = css`
  :host { display: block; }
  table { width: 100%; border-collapse: collapse; background: #fff; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #dde2ea; vertical-align: top; }
  th { background: #13294b; color: #fff; font-weight: 700; }
  input, select, textarea { font: inherit; padding: 6px 8px; border: 2px solid #8a96a8; border-radius: 6px; box-sizing: border-box; }
  input[type='checkbox'] { width: 20px; height: 20px; }
  textarea { width: 100%; }
  input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible { outline: 3px solid #f2c94c; outline-offset: 1px; border-color: #13294b; }
  button { font: inherit; padding: 6px 14px; border: 2px solid #13294b; border-radius: 8px; background: #fff; color: #13294b; cursor: pointer; }
  button.primary { background: #b3261e; border-color: #b3261e; color: #fff; font-weight: 700; }
  label { font-weight: 700; display: block; margin: 12px 0 4px; }
  .inline { display: inline-flex; gap: 6px; align-items: center; font-weight: 400; margin: 2px 12px 2px 0; }
  .ok { color: #17632e; font-weight: 700; }
  .bad { color: #b3261e; font-weight: 700; }
  .muted { color: #5a6476; }
  .w-xs { width: 64px; } .w-s { width: 110px; } .w-m { width: 220px; } .w-l { width: 100%; }
`;
