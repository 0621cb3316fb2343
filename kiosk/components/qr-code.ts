/** A QR code drawn in the browser (qrcode package) as an image. */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import QRCode from 'qrcode';

@customElement('qms-qr-code')
export class QrCode extends LitElement {
  static override styles = css`
    :host { display: inline-block; line-height: 0; }
    img { width: 100%; height: 100%; image-rendering: pixelated; }
  `;
  @property() value = '';
  @property() label = '';
  @state() private src = '';
  /** resolves once the current value is drawn (the kiosk waits for it before printing) */
  ready: Promise<void> = Promise.resolve();

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
