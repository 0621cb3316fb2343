import { LitElement, html } from 'lit';

/** Placeholder until the display screens land. */
class App extends LitElement {
  override render() {
    return html`<h1>display</h1>`;
  }
}
customElements.define('qms-display-app', App);
