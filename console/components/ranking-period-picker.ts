/**
 * The ranking's period: preset buttons counted from the province's today, or two dates. Emits
 * `period-change` with the kind and the range; the page asks the API and keeps it in the address.
 */
import { LitElement, css, html, nothing } from 'lit';
import { rt } from '../../shared/i18n/province-ranking-messages.js';
import { PERIOD_PRESETS, presetRange, type PeriodKind, type PeriodPreset, type Range } from '../lib/ranking-periods.js';
import { provinceStyles } from '../styles/province.js';

export type PeriodChange = Range & { kind: PeriodKind };

export class RankingPeriodPicker extends LitElement {
  static override properties = { kind: {}, from: {}, to: {}, today: {}, draft: { state: true } };
  declare kind: PeriodKind;
  declare from: string;
  declare to: string;
  /** the province's date (the server's, in Vietnam) */
  declare today: string;
  /**
   * Dates typed but not asked for yet (a start after the current end waits for the end date): kept
   * here, or the next field's change would pair with the old value and lose this one.
   */
  declare draft: Partial<Range>;

  static override styles = [
    provinceStyles,
    css`
      .picker { display: flex; flex-wrap: wrap; align-items: end; gap: 8px 12px; }
      .label, label { display: flex; flex-direction: column; gap: 2px; }
      .label > span, label { font-weight: 600; color: var(--qms-label); font-size: 0.9em; }
      .presets { display: flex; flex-wrap: wrap; gap: 0; border: 2px solid var(--qms-navy); border-radius: 8px; overflow: hidden; }
      .presets button { border: 0; border-left: 1px solid var(--qms-line-box); background: var(--qms-white); color: var(--qms-navy); font-weight: 600; padding: 6px 12px; cursor: pointer; }
      .presets button:first-child { border-left: 0; }
      .presets button[aria-pressed='true'] { background: var(--qms-navy); color: var(--qms-white); }
      .presets button:hover:not([aria-pressed='true']) { background: var(--qms-bg-soft); }
      input { border: 2px solid var(--qms-field-line); border-radius: 8px; padding: 4px 8px; background: var(--qms-white); color: var(--qms-ink); }
      input.custom { border-color: var(--qms-navy); }
      input[aria-invalid='true'] { border-color: var(--qms-red); }
      .hint { margin: 0; align-self: center; color: var(--qms-red); font-weight: 600; }
    `,
  ];

  constructor() {
    super();
    this.kind = 'lastMonth';
    this.from = '';
    this.to = '';
    this.today = '';
    this.draft = {};
  }

  /** a range chosen by the page (a preset, the address) replaces what was typed */
  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('from') || changed.has('to') || changed.has('kind')) this.draft = {};
  }

  private emit(change: PeriodChange): void {
    this.dispatchEvent(new CustomEvent<PeriodChange>('period-change', { detail: change }));
  }

  private preset(p: PeriodPreset): void {
    this.emit({ kind: p, ...presetRange(p, this.today) });
  }

  private date(which: 'from' | 'to', e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    const range = { ...this.shown(), [which]: value };
    this.draft = range;
    // half-typed or reversed dates wait for the other field
    if (range.from && range.to && range.from <= range.to) this.emit({ kind: 'custom', ...range });
  }

  private shown(): Range {
    return { from: this.draft.from ?? this.from, to: this.draft.to ?? this.to };
  }

  override render() {
    const { from, to } = this.shown();
    const custom = this.kind === 'custom' || this.draft.from !== undefined;
    const reversed = Boolean(from && to && from > to);
    return html`<div class="picker" role="group" aria-label=${rt('period')}>
      <div class="label">
        <span aria-hidden="true">${rt('period')}</span>
        <div class="presets">
          ${PERIOD_PRESETS.map(
            (p) =>
              html`<button type="button" data-period=${p} aria-pressed=${this.kind === p ? 'true' : 'false'} @click=${() => this.preset(p)}>${rt(p)}</button>`,
          )}
        </div>
      </div>
      <label
        >${rt('from')}
        <input
          type="date"
          data-test="from"
          class=${custom ? 'custom' : ''}
          max=${this.today}
          .value=${from}
          aria-invalid=${reversed ? 'true' : nothing}
          aria-describedby=${reversed ? 'reversed' : nothing}
          @change=${(e: Event) => this.date('from', e)}
      /></label>
      <label
        >${rt('to')}
        <input type="date" data-test="to" class=${custom ? 'custom' : ''} max=${this.today} .value=${to} @change=${(e: Event) => this.date('to', e)}
      /></label>
      ${reversed ? html`<p id="reversed" class="hint" role="status">${rt('datesReversed')}</p>` : nothing}
    </div>`;
  }
}
customElements.define('qms-ranking-period-picker', RankingPeriodPicker);

declare global {
  interface HTMLElementTagNameMap {
    'qms-ranking-period-picker': RankingPeriodPicker;
  }
}
