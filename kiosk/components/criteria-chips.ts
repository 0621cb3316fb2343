/** Optional chips over the official criteria, in plain words ("what went well / what to improve"). */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { OFFICIAL_CRITERIA, type CriterionId } from '../../shared/schemas/feedback.js';
import { criterionKey, kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from './styles.js';

/** The criteria a citizen can judge at the desk (the others are about the whole dossier). */
export const DESK_CRITERIA: CriterionId[] = ['attitude', 'one_stop_desk', 'publicity', 'total_time', 'contacts', 'feedback_response'];

@customElement('qms-criteria-chips')
export class CriteriaChips extends LitElement {
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
  @property({ attribute: false }) selected: CriterionId[] = [];
  @property({ attribute: false }) criteria: readonly CriterionId[] = DESK_CRITERIA;
  private i18n = new LangController(this);

  private toggle(c: CriterionId) {
    this.selected = this.selected.includes(c) ? this.selected.filter((x) => x !== c) : [...this.selected, c];
    this.dispatchEvent(new CustomEvent('change', { detail: this.selected, bubbles: true, composed: true }));
  }

  override render() {
    void this.i18n;
    return html`<div class="chips" role="group">
      ${this.criteria.filter((c) => OFFICIAL_CRITERIA.includes(c)).map(
        (c) => html`<button data-chip=${c} aria-pressed=${this.selected.includes(c) ? 'true' : 'false'} @click=${() => this.toggle(c)}>${kt(criterionKey(c))}</button>`,
      )}
    </div>`;
  }
}
