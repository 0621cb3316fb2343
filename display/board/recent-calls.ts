/** The last calls after the current one: number → counter, newest first. */
import { LitElement, css, html } from 'lit';
import type { CallEvent } from '../../shared/events.js';
import { t } from '../../shared/i18n/display-messages.js';

export class RecentCalls extends LitElement {
  static override properties = { calls: { attribute: false } };
  declare calls: CallEvent[];

  constructor() {
    super();
    this.calls = [];
  }

  static override styles = css`
    :host { display: block; color: #fff; }
    h2 { margin: 0 0 8px; font-size: 36px; color: #f2c94c; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
    li { background: #13294b; border-radius: 14px; padding: 8px 12px; text-align: center; }
    .n { font-size: 60px; font-weight: 800; font-variant-numeric: tabular-nums; }
    .c { font-size: 30px; color: #b8c4d6; }
  `;

  override render() {
    return html`<h2>${t('recentCalls')}</h2>
      <ol data-testid="recent">
        ${this.calls.map((c) => html`<li><div class="n">${c.ticket.number}</div><div class="c">→ ${t('counter')} ${c.counterNumber}</div></li>`)}
      </ol>`;
  }
}
customElements.define('qms-recent-calls', RecentCalls);

declare global {
  interface HTMLElementTagNameMap {
    'qms-recent-calls': RecentCalls;
  }
}
