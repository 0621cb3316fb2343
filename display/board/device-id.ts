/** A screen's device id for heartbeats: from the address (?device=board-1) or made once and kept. */
const VALID = /^[a-z0-9-]{1,40}$/;

export function deviceId(kind: string, fromUrl: string): string {
  if (VALID.test(fromUrl)) return fromUrl;
  const key = `qms.device.${kind}`;
  let id = localStorage.getItem(key) ?? '';
  if (!VALID.test(id)) {
    id = `${kind}-${Math.random().toString(36).slice(2, 8)}`;
    localStorage.setItem(key, id);
  }
  return id;
}
