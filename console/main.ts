import { LitElement, html } from 'lit';

/** Placeholder until the console screens land. */
class App extends LitElement {
  override render() {
    return html`<h1>console</h1>`;
  }
}
customElements.define('qms-console-app', App);
