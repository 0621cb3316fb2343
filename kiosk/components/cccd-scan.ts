/**
 * Chip ID card (CCCD) QR, only with consent: a consent screen, then a scan by a USB scanner that
 * types (keystrokes ending with Enter) or by the camera where the browser decodes QR codes.
 * The scanned text is handed to the kiosk app and never displayed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { looksLikeCccd } from '../lib/cccd.js';
import { LangController } from '../lib/lang.js';
import { icons } from '../lib/icons.js';
import { base } from '../styles/base.js';

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: new (opts: { formats: string[] }) => BarcodeDetectorLike;
  }
}

export class CccdScan extends LitElement {
  static override properties = { step: { state: true }, error: { state: true }, camera: { state: true } };
  static override styles = [
    base,
    css`
      :host { display: flex; flex-direction: column; gap: 1.3rem; padding: 1.6rem; max-width: 60rem; margin: 0 auto; position: relative; }
      /* invisible but laid out: a 1 px clipped field makes Chromium lose the caret on inserted text */
      .sink { position: absolute; left: 0; top: 0; width: 30rem; height: 3rem; opacity: 0; pointer-events: none; }
      h2 { font-size: 2rem; font-weight: 800; display: flex; gap: 0.8rem; align-items: center; }
      h2 svg { width: 3rem; height: 3rem; color: #1a56db; }
      p { font-size: 1.35rem; line-height: 1.5; }
      .privacy { display: flex; gap: 0.8rem; background: #e8f0fe; border-radius: var(--radius); padding: 1rem 1.2rem; }
      .privacy svg { width: 2rem; height: 2rem; flex: none; color: #0b2a6b; }
      .row { display: flex; flex-wrap: wrap; gap: 1rem; }
      .row .btn { min-width: 14rem; font-size: 1.45rem; }
      .scanner { display: grid; place-items: center; gap: 1rem; padding: 2rem; border: 4px dashed #1a56db; border-radius: 1.4rem; background: #f5f8ff; }
      .scanner svg { width: 8rem; height: 8rem; color: #1a56db; animation: pulse 1.6s infinite; }
      @keyframes pulse { 50% { opacity: 0.4; } }
      video { width: min(100%, 32rem); border-radius: 1rem; background: #000; }
    `,
  ];
  declare private step: 'consent' | 'scan';
  declare private error: string;
  declare private camera: boolean;
  private stream?: MediaStream;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.step = 'consent';
    this.error = '';
    this.camera = false;
  }

  private get video(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }

  private get sink(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopCamera();
  }

  override updated() {
    // a scanner that types needs a focused field; inputmode=none keeps the on-screen keyboard away
    if (this.step === 'scan') this.sink?.focus();
  }

  private onKey(e: KeyboardEvent) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const input = e.target as HTMLInputElement;
    const raw = input.value;
    input.value = '';
    if (raw.trim()) this.accept(raw);
  }

  /** Also used by tests and by scanners that paste instead of typing. */
  accept(raw: string): void {
    if (!looksLikeCccd(raw)) {
      this.error = kt('cccdBadCode');
      return;
    }
    this.stopCamera();
    this.dispatchEvent(new CustomEvent('scanned', { detail: raw.trim(), bubbles: true, composed: true }));
  }

  private async startCamera() {
    if (!window.BarcodeDetector) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      this.camera = true;
      await this.updateComplete;
      const video = this.video!;
      video.srcObject = this.stream;
      await video.play();
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      const tick = async () => {
        if (!this.stream) return;
        const codes = await detector.detect(video).catch(() => []);
        if (codes[0]) this.accept(codes[0].rawValue);
        if (this.stream) setTimeout(tick, 300);
      };
      void tick();
    } catch {
      this.camera = false;
    }
  }

  private stopCamera() {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
    this.camera = false;
  }

  private cancel() {
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
  }

  override render() {
    void this.i18n;
    if (this.step === 'consent') {
      return html`
        <h2>${icons.card}${kt('cccdConsentTitle')}</h2>
        <div class="privacy">${icons.lock}<p>${kt('cccdConsentBody')}</p></div>
        <div class="row">
          <button class="btn primary" data-action="cccd-agree" @click=${() => (this.step = 'scan')}>${kt('cccdAgree')}</button>
          <button class="btn ghost" data-action="cccd-decline" @click=${() => this.cancel()}>${kt('cccdDecline')}</button>
        </div>
      `;
    }
    return html`
      <h2>${icons.card}${kt('cccdScanTitle')}</h2>
      <input class="sink" inputmode="none" autocomplete="off" aria-label=${kt('cccdScanTitle')} data-scan-input
        @keydown=${(e: KeyboardEvent) => this.onKey(e)} @blur=${() => setTimeout(() => this.step === 'scan' && !this.camera && this.sink?.focus(), 50)} />
      <div class="scanner" aria-live="polite">
        ${this.camera ? html`<video muted playsinline></video>` : icons.card}
        <p>${kt('cccdScanHint')}</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </div>
      <div class="row">
        ${window.BarcodeDetector && !this.camera ? html`<button class="btn" @click=${() => this.startCamera()}>${kt('cccdUseCamera')}</button>` : nothing}
        <button class="btn ghost" @click=${() => this.cancel()}>${kt('back')}</button>
      </div>
    `;
  }
}
customElements.define('qms-cccd-scan', CccdScan);

declare global {
  interface HTMLElementTagNameMap {
    'qms-cccd-scan': CccdScan;
  }
}
