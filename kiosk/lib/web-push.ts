/**
 * Web Push for the phone following a ticket: the office's messages reach the phone with the page
 * closed. Offered only where the browser can and the server has a VAPID key (GET /push/key).
 */
import { api } from '../../shared/ui/api-client.js';

/** The server's VAPID key when this browser can take Web Push, else undefined. */
export async function pushKey(): Promise<string | undefined> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return undefined;
  try {
    return (await api<{ key: string }>('GET', '/push/key')).key;
  } catch {
    return undefined;
  }
}

const fromBase64Url = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** Asks the citizen's permission, subscribes and gives the subscription to the server; false when refused. */
export async function followByPush(ticketId: string, token: string, key: string): Promise<boolean> {
  if ((await Notification.requestPermission()) !== 'granted') return false;
  const registration = await navigator.serviceWorker.register('/kiosk/push-sw.js', { scope: '/kiosk/' });
  await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(key) });
  await api('POST', `/tickets/${encodeURIComponent(ticketId)}/push`, { token, subscription: subscription.toJSON() });
  return true;
}
