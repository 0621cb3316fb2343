/**
 * The address rule of webhooks on its own: which addresses a receiver may have, how a URL is
 * judged at registration (with a stand-in resolver), and how the lookup a delivery connects through
 * refuses a name that resolves somewhere refused (DNS rebinding).
 */
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/domain-error.js';
import { addressAllowed, checkWebhookUrl, deliveryLookup, parseWebhookNetworks, type Resolver } from '../../server/webhooks/url-policy.js';
import { DeliveryFailed, postDelivery } from '../../server/webhooks/webhook-sender.js';

const resolver =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const found = table[host];
    if (!found) throw new Error(`ENOTFOUND ${host}`);
    return found;
  };

describe('the address rule of webhooks', () => {
  it('refuses private, loopback, link-local and reserved addresses, in both families, unless allowed', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.31.0.1',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.1.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::a00:1',
    ])
      expect(addressAllowed(a, []), a).toBe(false);
    for (const a of ['203.0.114.10', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) expect(addressAllowed(a, []), a).toBe(true);
    expect(addressAllowed('10.30.1.2', ['10.30.0.0/16'])).toBe(true);
    expect(addressAllowed('::ffff:10.30.1.2', ['10.30.0.0/16'])).toBe(true);
    expect(addressAllowed('10.31.1.2', ['10.30.0.0/16'])).toBe(false);
  });

  it('judges a URL by every address its name resolves to', async () => {
    const dns = resolver({ 'hooks.example.vn': ['203.0.114.10'], 'mixed.example.vn': ['203.0.114.10', '10.0.0.5'], 'intranet.lan': ['10.30.0.9'] });
    expect((await checkWebhookUrl('https://hooks.example.vn/qms?k=1', [], dns)).href).toBe('https://hooks.example.vn/qms?k=1');
    const refused = async (url: string, networks: string[] = []) => {
      const err = await checkWebhookUrl(url, networks, dns).catch((e: unknown) => e);
      expect(err, url).toBeInstanceOf(DomainError);
      return (err as DomainError).message;
    };
    expect(await refused('https://mixed.example.vn/')).toMatch(/resolves to 10\.0\.0\.5/);
    expect(await refused('https://nowhere.example.vn/')).toMatch(/does not resolve/);
    expect(await refused('http://hooks.example.vn/')).toMatch(/only https/);
    expect(await refused('https://intranet.lan/')).toMatch(/WEBHOOK_NETWORKS/);
    expect((await checkWebhookUrl('http://intranet.lan:8080/in', ['10.30.0.0/16'], dns)).host).toBe('intranet.lan:8080');
    expect(await refused('http://mixed.example.vn/', ['10.0.0.0/8'])).toMatch(/only https/);
  });

  it('checks, as a delivery connects, the addresses the name resolves to then', async () => {
    const lookup = deliveryLookup(new URL('https://localhost:9/hook'), [])!;
    const outcome = await new Promise<Error | LookupAddress[]>((res) =>
      lookup('localhost', { all: true }, (err, list) => res(err ?? (list as LookupAddress[]))),
    );
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(/is not allowed/);
    const allowed = deliveryLookup(new URL('http://localhost:9/hook'), ['127.0.0.0/8', '::1/128'])!;
    const found = await new Promise<Error | LookupAddress[]>((res) =>
      allowed('localhost', { all: true }, (err, list) => res(err ?? (list as LookupAddress[]))),
    );
    expect(found).not.toBeInstanceOf(Error);
    expect(() => deliveryLookup(new URL('https://127.0.0.1/hook'), [])).toThrow(/not allowed/);
    expect(deliveryLookup(new URL('https://203.0.114.10/hook'), [])).toBeUndefined();
  });

  it('posts to a name only when every address it resolves to for that connection is allowed', async () => {
    let hits = 0;
    const server = createServer((_req, res) => (hits++, res.writeHead(204).end()));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://localhost:${(server.address() as { port: number }).port}/hook`;
    try {
      expect(await postDelivery(url, {}, '{}', { networks: ['127.0.0.0/8', '::1/128'], timeoutMs: 2000 })).toBe(204);
      for (const networks of [[], ['10.0.0.0/8']]) {
        const err = await postDelivery(url, {}, '{}', { networks, timeoutMs: 2000 }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DeliveryFailed);
        expect((err as DeliveryFailed).failure).toBe('address');
      }
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  });

  it('reads WEBHOOK_NETWORKS, naming a bad range', () => {
    expect(parseWebhookNetworks(' 10.30.0.0/16, fd12::/64 ')).toEqual(['10.30.0.0/16', 'fd12::/64']);
    expect(() => parseWebhookNetworks('10.30.0.0')).toThrow(/WEBHOOK_NETWORKS: "10.30.0.0"/);
  });
});
