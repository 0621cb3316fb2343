/** Re-renders a component when the citizen switches language. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange } from '../../shared/i18n/translate.js';

export class LangController implements ReactiveController {
  private off?: () => void;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    this.off = onLangChange(() => this.host.requestUpdate());
  }
  hostDisconnected(): void {
    this.off?.();
  }
}
