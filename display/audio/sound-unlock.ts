/**
 * The one-time "Bấm để bật âm thanh" overlay. Browsers keep a page silent until someone touches
 * it; the board asks once, remembers the answer in localStorage, and on later starts only shows
 * the overlay again if the browser still blocks sound.
 */
import { LitElement, css, html } from 'lit';
import { t } from '../../shared/i18n/display-messages.js';

export const SOUND_KEY = 'qms.display.sound-enabled';

export class SoundUnlock extends LitElement {
  static override styles = css`
    :host { position: fixed; inset: 0; z-index: 100; display: grid; place-items: center; background: rgb(0 0 0 / 0.75); }
    button {
      font: inherit; font-size: 56px; font-weight: 700; padding: 48px 72px; border-radius: 24px; border: 6px solid #f2c94c;
      background: #b3261e; color: #fff; cursor: pointer;
    }
    button:focus-visible { outline: 6px solid #fff; outline-offset: 6px; }
    p { margin: 24px 0 0; font-size: 28px; color: #fff; text-align: center; }
  `;

  override render() {
    return html`<div>
      <button @click=${this.accept} autofocus>♪ ${t('enableSound')}</button>
      <p>${t('enableSoundHint')}</p>
    </div>`;
  }

  private accept() {
    this.dispatchEvent(new CustomEvent('sound-accepted', { bubbles: true, composed: true }));
  }
}
customElements.define('qms-sound-unlock', SoundUnlock);

declare global {
  interface HTMLElementTagNameMap {
    'qms-sound-unlock': SoundUnlock;
  }
}

/** Starts the audio if the browser allows it; tells the caller whether to show the overlay. */
export async function soundNeedsTap(unlock: () => Promise<boolean>): Promise<boolean> {
  const ok = await unlock();
  if (ok) localStorage.setItem(SOUND_KEY, '1');
  return !ok;
}
