/**
 * A screen's device key. It arrives once in the address (`?deviceKey=…`, which the page then
 * removes from the address bar so it is not bookmarked or shown) or from pairing, and is kept in
 * localStorage: one per kind of screen, office and counter, so the demo's kiosk and tablets can
 * share one browser. The API client sends it as `X-Device-Key`, the socket in its handshake.
 */
import { setDeviceKey } from './api-client.js';

const PARAM = 'deviceKey';

export class DeviceKeyStore {
  private readonly slot: string;
  private current: string | undefined;

  constructor(kind: string, office: string, counter = '') {
    this.slot = `qms.deviceKey:${kind}:${office}:${counter}`;
    const url = new URL(location.href);
    const given = url.searchParams.get(PARAM);
    if (given) {
      url.searchParams.delete(PARAM);
      history.replaceState(history.state, '', url);
      this.save(given);
    } else {
      this.current = read(this.slot);
      setDeviceKey(this.current);
    }
  }

  get key(): string | undefined {
    return this.current;
  }

  save(key: string): void {
    this.current = key;
    write(this.slot, key);
    setDeviceKey(key);
  }

  forget(): void {
    this.current = undefined;
    write(this.slot, undefined);
    setDeviceKey(undefined);
  }
}

// a browser with storage switched off still works for this visit
function read(slot: string): string | undefined {
  try {
    return localStorage.getItem(slot) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(slot: string, key: string | undefined): void {
  try {
    if (key) localStorage.setItem(slot, key);
    else localStorage.removeItem(slot);
  } catch {
    /* kept in memory only */
  }
}
