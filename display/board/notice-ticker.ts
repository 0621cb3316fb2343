/** The notices of the office, scrolling along the bottom of the board. */
import { LitElement, css, html } from 'lit';

export class NoticeTicker extends LitElement {
  static override properties = { notices: { attribute: false } };
  declare notices: string[];

  constructor() {
    super();
    this.notices = [];
  }

  static override styles = css`
    :host { display: block; overflow: hidden; background: #f2c94c; color: #13294b; font-size: 36px; font-weight: 600; white-space: nowrap; }
    .track { display: inline-block; padding: 10px 0; padding-left: 100%; animation: scroll var(--ticker-seconds, 40s) linear infinite; }
    .track span { margin-right: 120px; }
    @keyframes scroll { from { transform: translateX(0); } to { transform: translateX(-100%); } }
  `;

  override render() {
    const seconds = Math.max(20, this.notices.join(' ').length / 6);
    return html`<div class="track" style="--ticker-seconds:${seconds}s">${this.notices.map((n) => html`<span>★ ${n}</span>`)}</div>`;
  }
}
customElements.define('qms-notice-ticker', NoticeTicker);

declare global {
  interface HTMLElementTagNameMap {
    'qms-notice-ticker': NoticeTicker;
  }
}
