/** Whether an error means Redis is unreachable (answered 503 `unavailable`, not logged as a bug). */
export function isRedisDown(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : '';
  const name = err instanceof Error ? err.name : '';
  return (
    /Connection is closed|ECONNREFUSED|ECONNRESET|Stream isn't writeable|MaxRetriesPerRequest|LOADING|CLUSTERDOWN|ETIMEDOUT/.test(msg) ||
    name === 'MaxRetriesPerRequestError'
  );
}
