/** Every route of the running Express app, read from its router stack, with the access-table key of its guard. */

export interface RouteInfo {
  /** lower case, as Express keeps it */
  method: string;
  /** where the app serves it: the mount path and the route's own */
  path: string;
  /** the access-table key of the guard in front of the route's handlers, if any */
  key?: string;
}

/** Every route of the app, read from the Express 5 router stack, with the key of its guard. */
export function listRoutes(app: any): RouteInfo[] {
  const out: RouteInfo[] = [];
  for (const layer of app.router.stack) {
    const prefix = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    const inner = layer.route ? [layer] : (layer.handle?.stack ?? []);
    for (const l of inner) {
      if (!l.route) continue;
      const key = l.route.stack[0]?.handle?.accessKey as string | undefined;
      for (const method of Object.keys(l.route.methods)) if (method !== '_all') out.push({ method, path: prefix + l.route.path, ...(key ? { key } : {}) });
    }
  }
  return out;
}
