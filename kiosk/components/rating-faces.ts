/** The four large faces of the kiosk scale: 4 Rất hài lòng … 1 Không hài lòng. */
import { LitElement, css, html, svg } from 'lit';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

const FACES: { score: 4 | 3 | 2 | 1; color: string; mouth: string }[] = [
  { score: 4, color: '#11663a', mouth: 'M14 27 Q24 38 34 27' },
  { score: 3, color: '#3f7f1f', mouth: 'M16 29 Q24 34 32 29' },
  { score: 2, color: '#8a5a00', mouth: 'M16 31 L32 31' },
  { score: 1, color: '#a11a1a', mouth: 'M15 34 Q24 25 33 34' },
];

const face = (color: string, mouth: string) =>
  svg`<svg viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" fill=${color}/><circle cx="17" cy="19" r="3" fill="#fff"/><circle cx="31" cy="19" r="3" fill="#fff"/><path d=${mouth} stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round"/></svg>`;

export class RatingFaces extends LitElement {
  static override properties = { selected: { type: Number }, disabled: { type: Boolean } };
  static override styles = [
    base,
    css`
      :host { display: block; }
      .faces { display: grid; grid-template-columns: repeat(4, 1fr); gap: var(--gap, 1rem); }
      button { display: flex; flex-direction: column; align-items: center; gap: 0.5rem; padding: 0.8rem 0.4rem; background: var(--surface); border-color: var(--line); font-size: var(--label-size, 1.2rem); font-weight: 800; line-height: 1.2; }
      button svg { width: var(--face-size, 6rem); height: var(--face-size, 6rem); }
      button[aria-pressed='true'] { border-color: var(--ink); background: #fffbe6; box-shadow: inset 0 0 0 3px var(--ink); }
      @media (max-width: 480px) { .faces { grid-template-columns: repeat(2, 1fr); } }
    `,
  ];
  declare selected: number;
  declare disabled: boolean;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.selected = 0;
    this.disabled = false;
  }

  override render() {
    void this.i18n;
    return html`<div class="faces" role="group">
      ${FACES.map(
        (f) => html`<button data-score=${f.score} aria-pressed=${this.selected === f.score ? 'true' : 'false'} ?disabled=${this.disabled}
          @click=${() => this.dispatchEvent(new CustomEvent('rate', { detail: f.score, bubbles: true, composed: true }))}>
          ${face(f.color, f.mouth)}<span>${kt(`score${f.score}`)}</span>
        </button>`,
      )}
    </div>`;
  }
}
customElements.define('qms-rating-faces', RatingFaces);

declare global {
  interface HTMLElementTagNameMap {
    'qms-rating-faces': RatingFaces;
  }
}
