/** Shared look of the report pages: large type, high contrast, print-friendly. */
import { css } from 'lit';

export const reportStyles = css`
  :host { display: block; color: var(--qms-ink); font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; font-size: 17px; }
  h2 { font-size: 24px; margin: 24px 0 12px; color: var(--qms-navy); }
  h3 { font-size: 19px; margin: 18px 0 8px; color: var(--qms-navy); }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; }
  .card { background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; padding: 14px 16px; break-inside: avoid; }
  .card .label { color: var(--qms-label); font-size: 15px; }
  .card .value { font-size: 32px; font-weight: 700; color: var(--qms-navy); margin-top: 4px; }
  .card .sub { color: var(--qms-label); font-size: 14px; margin-top: 2px; }
  .card.warn { border-color: var(--qms-red); background: var(--qms-bad-bg-report); }
  .card.warn .value { color: var(--qms-red); }
  .card.good .value { color: var(--qms-ok-report); }
  table { border-collapse: collapse; width: 100%; background: var(--qms-white); font-size: 15px; }
  th, td { border-bottom: 1px solid var(--qms-line-light); padding: 7px 8px; text-align: right; vertical-align: top; }
  th { background: var(--qms-bg); color: var(--qms-navy); font-weight: 700; position: sticky; top: 0; }
  th:first-child, td:first-child { text-align: left; }
  /* a figure and its bar share one header */
  th[colspan] { text-align: center; }
  tr.total td { font-weight: 700; border-top: 2px solid var(--qms-navy); }
  .panel { background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; padding: 16px; margin: 12px 0; break-inside: avoid; }
  .row { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; }
  .row.top { align-items: start; }
  .grow { flex: 1; min-width: 280px; }
  button, select, input, textarea { font: inherit; }
  button { background: var(--qms-navy); color: var(--qms-white); border: 0; border-radius: 8px; padding: 9px 16px; cursor: pointer; font-weight: 600; }
  button.secondary { background: var(--qms-white); color: var(--qms-navy); border: 2px solid var(--qms-navy); }
  button.danger { background: var(--qms-red); }
  button:disabled { opacity: 0.5; cursor: default; }
  button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid var(--qms-gold); outline-offset: 2px; }
  select, input, textarea { border: 1px solid var(--qms-field-line); border-radius: 8px; padding: 8px; background: var(--qms-white); }
  .ok { color: var(--qms-ok-report); font-weight: 700; }
  .bad { color: var(--qms-red); font-weight: 700; }
  .muted { color: var(--qms-muted); }
  .bar { height: 10px; background: var(--qms-line-light); border-radius: 5px; overflow: hidden; min-width: 80px; }
  .bar > span { display: block; height: 100%; background: var(--qms-navy); }
  .bar.warn > span { background: var(--qms-red); }
  .recon { padding: 10px 14px; border-radius: 10px; margin: 12px 0; font-weight: 600; }
  .recon.ok { background: var(--qms-ok-bg-report); color: var(--qms-ok-report); }
  .recon.bad { background: var(--qms-bad-bg-report); color: var(--qms-red); }
  .scroll { overflow-x: auto; }
  @media print {
    .no-print { display: none !important; }
    :host { font-size: 11pt; }
    .card .value { font-size: 18pt; }
    .panel, .card { border-color: var(--qms-print-line); }
    th { position: static; font-size: 8pt; }
    table { font-size: 8.5pt; }
    th, td { padding: 3px 4px; }
    td:first-child { min-width: 90px; }
    .scroll { overflow: visible; }
  }
`;
