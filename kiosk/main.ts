import { LitElement, html } from 'lit';

/** Placeholder until the kiosk screens land. */
class App extends LitElement {
  override render() {
    return html`<h1>kiosk</h1>`;
  }
}
customElements.define('qms-kiosk-app', App);
