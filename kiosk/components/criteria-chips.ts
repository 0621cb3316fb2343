/** Optional chips over the official criteria, in plain words ("what went well / what to improve"). */
import { LitElement, css, html } from 'lit';
import { OFFICIAL_CRITERIA, type CriterionId } from '../../shared/schemas/feedback.js';
import { criterionKey, kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

/** The criteria a citizen can judge at the desk (the others are about the whole dossier). */
export const DESK_CRITERIA: CriterionId[] = ['attitude', 'one_stop_desk', 'publicity', 'total_time', 'contacts', 'feedback_response'];

export class CriteriaChips extends LitElement {
  static override properties = { selected: { attribute: false }, criteria: { attribute: false } };
  static override styles = [
    base,
    css`
      :host { display: block; }
      .chips { display: flex; flex-wrap: wrap; gap: 0.7rem; }
      button { padding: 0.5rem 1.1rem; font-size: 1.15rem; font-weight: 700; background: var(--surface); border: 2px solid var(--muted); border-radius: 999px; }
      button[aria-pressed='true'] { background: var(--ink); color: #fff; border-color: var(--ink); }
      button[aria-pressed='true']::before { content: '✓ '; }
    `,
  ];
  declare selected: CriterionId[];
  declare criteria: readonly CriterionId[];
  private i18n = new LangController(this);

  constructor() {
    super();
    this.selected = [];
    this.criteria = DESK_CRITERIA;
  }

  private toggle(c: CriterionId) {
    this.selected = this.selected.includes(c) ? this.selected.filter((x) => x !== c) : [...this.selected, c];
    this.dispatchEvent(new CustomEvent('change', { detail: this.selected, bubbles: true, composed: true }));
  }

  override render() {
    void this.i18n;
    return html`<div class="chips" role="group">
      ${this.criteria
        .filter((c) => OFFICIAL_CRITERIA.includes(c))
        .map(
          (c) =>
            html`<button data-chip=${c} aria-pressed=${this.selected.includes(c) ? 'true' : 'false'} @click=${() => this.toggle(c)}>${kt(criterionKey(c))}</button>`,
        )}
    </div>`;
  }
}
customElements.define('qms-criteria-chips', CriteriaChips);

declare global {
  interface HTMLElementTagNameMap {
    'qms-criteria-chips': CriteriaChips;
  }
}
