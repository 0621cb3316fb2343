/**
 * The ranking table's look: dense (a desk page, not a wall), scrolling inside its frame in both
 * directions so the headings, the rank and office columns and the pinned total and median rows
 * stay in view on a 1366×768 laptop as on a 1920×1080 screen.
 */
import { css } from 'lit';

export const rankingTableStyles = css`
  :host { display: block; --rank-w: 3.6em; --office-w: 14em; }
  .frame { position: relative; overflow: auto; max-height: max(360px, calc(100vh - 232px)); background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; }
  /* positioned, so the screen-reader texts inside stay in its scrolling, not the page's */
  .frame[aria-busy='true'] table { opacity: 0.55; }
  table { border-collapse: separate; border-spacing: 0; min-width: 100%; font-size: 0.93em; }
  th, td { padding: 3px 6px; border-bottom: 1px solid var(--qms-line-light); text-align: right; vertical-align: middle; white-space: nowrap; background: var(--qms-white); }
  td.num { font-variant-numeric: tabular-nums; }
  .v { display: block; font-weight: 650; color: var(--qms-navy); }
  .d { display: block; font-size: 0.8em; font-weight: 700; line-height: 1.05; }
  .better { color: var(--qms-ok); }
  .worse { color: var(--qms-red); }
  .same { color: var(--qms-muted); font-weight: 400; }
  td.num + td.num, th.col + th.col { border-left: 1px solid var(--qms-line-light); }
  td.first, th.first { border-left: 2px solid var(--qms-line) !important; }

  thead { position: sticky; top: 0; z-index: 3; }
  thead th { background: var(--qms-navy); color: var(--qms-white); font-weight: 700; border-bottom: 1px solid rgb(255 255 255 / 0.25); }
  thead th.group { text-align: center; font-size: 0.88em; letter-spacing: 0.01em; padding: 5px 6px; border-left: 2px solid rgb(255 255 255 / 0.35); }
  thead th.col { padding: 0; vertical-align: bottom; border-left-color: rgb(255 255 255 / 0.2); }
  thead th.col.first { border-left: 2px solid rgb(255 255 255 / 0.35) !important; }
  thead th.col button { display: block; width: 100%; min-width: 5.2em; max-width: 7.4em; margin-left: auto; white-space: normal; text-align: right; background: none; border: 0; color: inherit; font: inherit; font-size: 0.9em; line-height: 1.2; padding: 6px 6px; cursor: pointer; }
  thead th.col button:hover { background: rgb(255 255 255 / 0.12); }
  thead th[aria-sort='ascending'], thead th[aria-sort='descending'] { background-image: linear-gradient(rgb(255 255 255 / 0.12), rgb(255 255 255 / 0.12)); box-shadow: inset 0 -4px 0 var(--qms-gold); }
  .arrow { color: var(--qms-gold); margin-left: 2px; }
  thead th.fixed { text-align: left; vertical-align: bottom; padding: 6px 8px; }

  /* the rank and office columns stay while the figures scroll sideways */
  .rank, .office { position: sticky; z-index: 1; }
  .rank { left: 0; width: var(--rank-w); min-width: var(--rank-w); max-width: var(--rank-w); box-sizing: border-box; text-align: center; }
  .office { left: var(--rank-w); width: var(--office-w); min-width: var(--office-w); max-width: var(--office-w); box-sizing: border-box; text-align: left; white-space: normal; line-height: 1.2; box-shadow: inset -2px 0 0 var(--qms-line); }
  thead .rank, thead .office, tfoot .rank, tfoot .office { z-index: 4; }
  td.rank .v { font-size: 1.15em; }
  td.office a { color: var(--qms-navy); font-weight: 700; text-decoration: underline; text-underline-offset: 3px; text-decoration-thickness: 1px; }
  /* a long group name wraps rather than be cut */
  td.group { text-align: left; color: var(--qms-ink-soft); min-width: 10.5em; max-width: 12em; white-space: normal; line-height: 1.2; overflow-wrap: break-word; }

  tbody tr { cursor: pointer; }
  tbody tr:hover td { background: var(--qms-bg-soft); }
  tbody tr.unranked td { color: var(--qms-muted); }

  /* the total and the median office, pinned under the offices */
  tfoot { position: sticky; bottom: 0; z-index: 3; }
  tfoot td { background: var(--qms-info-bg); border-bottom: 0; font-weight: 700; }
  tfoot tr:first-child td { border-top: 2px solid var(--qms-navy); }
  tfoot td.office { white-space: normal; }
  td.sorted { background: var(--qms-bg-soft); }
  tbody tr:hover td.sorted { background: var(--qms-bg); }
  .empty { padding: 24px; text-align: center; color: var(--qms-muted); }
`;
