/*
 * The phone page's service worker: shows the office's Web Push messages ("your turn is near",
 * "called to counter N") with the page closed, and opens the ticket's page when one is tapped.
 * Payload (server/notifications/drivers/web-push-driver.ts): { title, body, kind, data: { url?, … } }.
 */
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(
    self.registration.showNotification(message.title || 'Hàng chờ một cửa', {
      body: message.body || '',
      tag: message.kind || 'ticket',
      renotify: true,
      data: message.data || {},
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/kiosk/';
  event.waitUntil(self.clients.openWindow(url));
});
