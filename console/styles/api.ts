/** The API reference page: a contents column and the operations, high contrast, readable code. */
import { css } from 'lit';

export const apiStyles = css`
  :host { display: block; color: var(--qms-ink); font-family: system-ui, 'Segoe UI', Roboto, sans-serif; line-height: 1.45; }
  code, pre { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.9em; }
  code { background: var(--qms-bg-soft); padding: 0 3px; border-radius: 3px; }
  pre { background: var(--qms-navy); color: var(--qms-white); padding: 10px 12px; border-radius: 6px; overflow-x: auto; margin: 6px 0; }
  table { width: 100%; border-collapse: collapse; background: var(--qms-white); margin: 4px 0; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--qms-line-admin); vertical-align: top; }
  th { background: var(--qms-bg-soft); font-weight: 700; }
  h3, h4 { margin: 12px 0 4px; font-size: 1rem; }
  details > summary { cursor: pointer; color: var(--qms-remote); }
  summary:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid var(--qms-gold); outline-offset: 1px; }
  a { color: var(--qms-remote); }
  .method { display: inline-block; min-width: 58px; text-align: center; font-weight: 700; font-size: 0.8rem; padding: 2px 6px; border-radius: 4px; color: var(--qms-white); }
  .get { background: var(--qms-ok); }
  .post { background: var(--qms-remote); }
  .put { background: var(--qms-appointment); }
  .delete { background: var(--qms-red); }
  .path { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, monospace; font-weight: 700; word-break: break-all; }
  .pattern { font-size: 0.75rem; word-break: break-all; }
  .muted { color: var(--qms-muted-admin); }
  .req { color: var(--qms-red); font-weight: 700; }
  .chip { display: inline-block; padding: 1px 8px; margin: 2px 4px 2px 0; border-radius: 10px; background: var(--qms-remote-bg); color: var(--qms-remote); font-size: 0.85rem; }
  .status { font-weight: 700; font-family: ui-monospace, monospace; }
  .status.ok { color: var(--qms-ok); }
  .status.bad { color: var(--qms-removed); }
`;
