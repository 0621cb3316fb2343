/**
 * The installer's test page: type a ticket number and a counter, hear the call exactly as the
 * hall board would say it (chime, then the phrase twice), and see which clips are joined.
 */
import { LitElement, css, html, nothing } from 'lit';
import { buildCall } from '../../shared/announcement/phrase.js';
import { clipsToText } from '../../shared/announcement/read-number.js';
import { t } from '../../shared/i18n/display-messages.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { api, pageParam } from '../../shared/ui/api-client.js';
import { Announcer, type VoiceMode } from '../audio/announcer.js';
import { localVietnameseVoice } from '../audio/clip-player.js';

export class VoiceTest extends LitElement {
  static override properties = {
    number: { state: true },
    counter: { state: true },
    phrase: { state: true },
    mode: { state: true },
    has: { state: true },
    status: { state: true },
  };
  declare number: string;
  declare counter: number;
  declare phrase: string;
  declare mode: VoiceMode;
  declare has: ((id: string) => boolean) | undefined;
  declare status: string;
  private readonly announcer = new Announcer(Number(pageParam('audioSpeed', '1')) || 1);
  private seq = 0;

  constructor() {
    super();
    this.number = pageParam('number', 'A025');
    this.counter = Number(pageParam('counter', '3')) || 3;
    this.phrase = this.announcer.phrase;
    this.mode = 'auto';
    this.status = '';
    this.announcer.onChange = () => this.requestUpdate();
    void this.announcer.player.has().then((h) => (this.has = h));
    const office = pageParam('office');
    if (office)
      api<PublicOffice>('GET', `/offices/${office}`)
        .then((o) => (this.phrase = o.callPhrase))
        .catch(() => {});
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.onvoiceschanged = () => this.requestUpdate();
  }

  static override styles = css`
    :host { display: block; max-width: 900px; margin: 0 auto; padding: 24px; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 20px; color: #13294b; }
    h1 { color: #b3261e; }
    label { display: block; margin: 14px 0 4px; font-weight: 700; }
    input, select { font: inherit; padding: 10px; width: 100%; box-sizing: border-box; border: 2px solid #13294b; border-radius: 8px; }
    .row { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    button { font: inherit; font-size: 26px; font-weight: 700; margin-top: 20px; padding: 16px 40px; background: #b3261e; color: #fff; border: 0; border-radius: 12px; cursor: pointer; }
    button:focus-visible, input:focus-visible, select:focus-visible { outline: 4px solid #f2c94c; outline-offset: 2px; }
    .out { margin-top: 20px; background: #f4f6fa; padding: 16px; border-radius: 12px; }
    code { font-size: 16px; font-family: inherit; color: #445; }
    .warn { color: #b3261e; }
  `;

  override render() {
    const valid = /^[A-Za-z]{1,2}\d{1,4}$/.test(this.number.trim());
    const call = valid && this.has ? buildCall(this.phrase, this.number.trim().toUpperCase(), this.counter, this.has) : undefined;
    const voice = localVietnameseVoice();
    const last = this.announcer.records.at(-1);
    return html`<main><h1>${t('voiceTestTitle')}</h1>
      <div class="row">
        <div><label for="n">${t('ticketNumber')}</label><input id="n" .value=${this.number} @input=${(e: Event) => (this.number = (e.target as HTMLInputElement).value)} /></div>
        <div><label for="c">${t('counterNumber')}</label><input id="c" type="number" min="1" max="999" .value=${String(this.counter)} @input=${(e: Event) => (this.counter = Number((e.target as HTMLInputElement).value) || 1)} /></div>
      </div>
      <label for="p">${t('phrase')}</label><input id="p" .value=${this.phrase} @input=${(e: Event) => (this.phrase = (e.target as HTMLInputElement).value)} />
      <label for="m">${t('mode')}</label>
      <select id="m" @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value as VoiceMode)}>
        <option value="auto">auto: ${voice ? `${t('modeSpeech')} (${voice.name})` : t('modeClips')}</option>
        <option value="clips">${t('modeClips')}</option>
      </select>
      ${valid ? nothing : html`<p class="warn">${t('badNumber')}</p>`}
      <button ?disabled=${!valid} @click=${this.play} data-testid="play">▶ ${t('play')}</button>
      ${
        call
          ? html`<div class="out">
            <div><b>${t('spoken')}:</b> ${clipsToText(call.phrase)}</div>
            <div><code>${call.phrase.join(' · ')}</code></div>
            ${call.missing.length ? html`<div class="warn">${t('missingWords', { words: call.missing.join(', ') })}</div>` : nothing}
            ${last ? html`<div data-testid="last-play">${last.mode ?? '…'} ${last.endedAt ? '✓' : '…'} ${last.error ?? ''}</div>` : nothing}
          </div>`
          : nothing
      }</main>`;
  }

  private play(): void {
    this.announcer.phrase = this.phrase;
    this.announcer.voiceMode = this.mode;
    this.announcer.announce({ id: `test-${++this.seq}`, ticketNumber: this.number.trim().toUpperCase(), counterNumber: this.counter, recall: false });
  }
}
customElements.define('qms-voice-test', VoiceTest);

declare global {
  interface HTMLElementTagNameMap {
    'qms-voice-test': VoiceTest;
  }
}
