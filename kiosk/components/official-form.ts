/** The official three-level form (Circular 01/2018/TT-VPCP) over the nine criteria: all optional. */
import { LitElement, css, html } from 'lit';
import { OFFICIAL_CRITERIA, type CriterionId } from '../../shared/schemas/feedback.js';
import { criterionKey, kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

export type OfficialAnswers = Partial<Record<CriterionId, number>>;

export class OfficialForm extends LitElement {
  static override properties = { answers: { attribute: false } };
  static override styles = [
    base,
    css`
      :host { display: block; }
      .hint { color: var(--muted); margin-bottom: 0.6rem; }
      .crit { border-top: 1px solid var(--line); padding: 0.7rem 0; }
      .crit h4 { margin: 0 0 0.4rem; font-size: 1.05rem; }
      .levels { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.4rem; }
      button { min-height: 52px; min-width: 0; font-size: 0.95rem; font-weight: 700; padding: 0.3rem; background: var(--surface); border: 2px solid var(--line); border-radius: 0.7rem; }
      button[aria-pressed='true'] { background: var(--ink); color: #fff; border-color: var(--ink); }
    `,
  ];
  declare answers: OfficialAnswers;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.answers = {};
  }

  private set(c: CriterionId, level: number) {
    const next = { ...this.answers };
    if (next[c] === level) delete next[c];
    else next[c] = level;
    this.answers = next;
    this.dispatchEvent(new CustomEvent('change', { detail: next, bubbles: true, composed: true }));
  }

  override render() {
    void this.i18n;
    return html`<p class="hint">${kt('officialFormHint')}</p>
      ${OFFICIAL_CRITERIA.map(
        (c, i) => html`<div class="crit" role="group" aria-label=${kt(criterionKey(c))}>
          <h4>${i + 1}. ${kt(criterionKey(c))}</h4>
          <div class="levels">
            ${[2, 1, 0].map(
              (level) =>
                html`<button data-criterion=${c} data-level=${level} aria-pressed=${this.answers[c] === level ? 'true' : 'false'} @click=${() => this.set(c, level)}>${kt(`level${level as 2 | 1 | 0}`)}</button>`,
            )}
          </div>
        </div>`,
      )}`;
  }
}
customElements.define('qms-official-form', OfficialForm);

declare global {
  interface HTMLElementTagNameMap {
    'qms-official-form': OfficialForm;
  }
}
