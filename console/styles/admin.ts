/** Shared look of the admin sections: plain tables and forms, high contrast, visible focus. */
import { css } from 'lit';

export const adminStyles = css`
  :host { display: block; }
  table { width: 100%; border-collapse: collapse; background: var(--qms-white); }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--qms-line-admin); vertical-align: top; }
  th { background: var(--qms-navy); color: var(--qms-white); font-weight: 700; }
  input, select, textarea { font: inherit; padding: 6px 8px; border: 2px solid var(--qms-field-line-admin); border-radius: 6px; box-sizing: border-box; }
  input[readonly] { background: var(--qms-bg-soft); border-style: dashed; }
  input[type='checkbox'] { width: 20px; height: 20px; }
  textarea { width: 100%; }
  input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible { outline: 3px solid var(--qms-gold); outline-offset: 1px; border-color: var(--qms-navy); }
  button { font: inherit; padding: 6px 14px; border: 2px solid var(--qms-navy); border-radius: 8px; background: var(--qms-white); color: var(--qms-navy); cursor: pointer; }
  button.primary { background: var(--qms-red); border-color: var(--qms-red); color: var(--qms-white); font-weight: 700; }
  label { font-weight: 700; display: block; margin: 12px 0 4px; }
  .inline { display: inline-flex; gap: 6px; align-items: center; font-weight: 400; margin: 2px 12px 2px 0; }
  .ok { color: var(--qms-ok); font-weight: 700; }
  .bad { color: var(--qms-red); font-weight: 700; }
  .muted { color: var(--qms-muted-admin); }
  .w-xs { width: 64px; } .w-s { width: 110px; } .w-m { width: 220px; } .w-l { width: 100%; }
  /* in a table a full-width field keeps a usable width: the table scrolls in its panel on a phone */
  td .w-l { min-width: 14em; }
`;
