/** Shared look of the report pages: large type, high contrast, print-friendly. */
import { css } from 'lit';

export const reportStyles = css`
  :host { display: block; color: #1b1b1f; font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; font-size: 17px; }
  h2 { font-size: 24px; margin: 24px 0 12px; color: #13294b; }
  h3 { font-size: 19px; margin: 18px 0 8px; color: #13294b; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; }
  .card { background: #fff; border: 1px solid #d9dce3; border-radius: 12px; padding: 14px 16px; break-inside: avoid; }
  .card .label { color: #4a4f5c; font-size: 15px; }
  .card .value { font-size: 32px; font-weight: 700; color: #13294b; margin-top: 4px; }
  .card .sub { color: #4a4f5c; font-size: 14px; margin-top: 2px; }
  .card.warn { border-color: #b3261e; background: #fdf1f0; }
  .card.warn .value { color: #b3261e; }
  .card.good .value { color: #1d6b35; }
  table { border-collapse: collapse; width: 100%; background: #fff; font-size: 15px; }
  th, td { border-bottom: 1px solid #e3e5ea; padding: 7px 8px; text-align: right; vertical-align: top; }
  th { background: #eef1f6; color: #13294b; font-weight: 700; position: sticky; top: 0; }
  th:first-child, td:first-child { text-align: left; }
  /* a figure and its bar share one header */
  th[colspan] { text-align: center; }
  tr.total td { font-weight: 700; border-top: 2px solid #13294b; }
  .panel { background: #fff; border: 1px solid #d9dce3; border-radius: 12px; padding: 16px; margin: 12px 0; break-inside: avoid; }
  .row { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; }
  .row.top { align-items: start; }
  .grow { flex: 1; min-width: 280px; }
  button, select, input, textarea { font: inherit; }
  button { background: #13294b; color: #fff; border: 0; border-radius: 8px; padding: 9px 16px; cursor: pointer; font-weight: 600; }
  button.secondary { background: #fff; color: #13294b; border: 2px solid #13294b; }
  button.danger { background: #b3261e; }
  button:disabled { opacity: 0.5; cursor: default; }
  button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #f2c94c; outline-offset: 2px; }
  select, input, textarea { border: 1px solid #8a90a0; border-radius: 8px; padding: 8px; background: #fff; }
  .ok { color: #1d6b35; font-weight: 700; }
  .bad { color: #b3261e; font-weight: 700; }
  .muted { color: #5c6170; }
  .bar { height: 10px; background: #e3e5ea; border-radius: 5px; overflow: hidden; min-width: 80px; }
  .bar > span { display: block; height: 100%; background: #13294b; }
  .bar.warn > span { background: #b3261e; }
  .recon { padding: 10px 14px; border-radius: 10px; margin: 12px 0; font-weight: 600; }
  .recon.ok { background: #e8f5ec; color: #1d6b35; }
  .recon.bad { background: #fdf1f0; color: #b3261e; }
  .scroll { overflow-x: auto; }
  @media print {
    .no-print { display: none !important; }
    :host { font-size: 11pt; }
    .card .value { font-size: 18pt; }
    .panel, .card { border-color: #999; }
    th { position: static; font-size: 8pt; }
    table { font-size: 8.5pt; }
    th, td { padding: 3px 4px; }
    td:first-child { min-width: 90px; }
    .scroll { overflow: visible; }
  }
`;
