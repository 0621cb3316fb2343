/** A QR code drawn in the browser (qrcode package) as an image. */
import { LitElement, css, html } from 'lit';
import QRCode from 'qrcode';

export class QrCode extends LitElement {
  static override properties = { value: {}, label: {}, src: { state: true } };
  static override styles = css`
    :host { display: inline-block; line-height: 0; }
    img { width: 100%; height: 100%; image-rendering: pixelated; }
  `;
  declare value: string;
  declare label: string;
  declare private src: string;
  /** resolves once the current value is drawn (the kiosk waits for it before printing) */
  ready: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.value = '';
    this.label = '';
    this.src = '';
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('value')) {
      const value = this.value;
      this.ready = value
        ? QRCode.toDataURL(value, { margin: 1, width: 480, errorCorrectionLevel: 'M' }).then((url) => {
            if (value === this.value) this.src = url;
          })
        : Promise.resolve();
    }
  }

  override render() {
    return this.src ? html`<img src=${this.src} alt=${this.label} />` : html``;
  }
}
customElements.define('qms-qr-code', QrCode);

declare global {
  interface HTMLElementTagNameMap {
    'qms-qr-code': QrCode;
  }
}
