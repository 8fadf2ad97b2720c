import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

/**
 * The Content-Security-Policy of every page the hub serves. Scripts only from the hub itself (the built apps
 * are module files; none has an inline script), nothing may frame a page (no clickjacking of the kiosk or the
 * admin), no plugins, no <base> rewriting, forms post only here. Styles allow inline: Lit components and the
 * apps' index.html carry their own; a style cannot run code. Images and media from here, data: (the empty
 * favicon) and blob: (recordings before upload). Workers from here or blob: (mqtt.js keeps its keep-alive
 * timer in a worker it builds from a blob, so a background tab does not drop the broker). The browsers'
 * MQTT goes to the hub's /mqtt ('self'), or to the external broker's WebSocket address.
 */
export function contentSecurityPolicy(config: Pick<Config, 'broker'>): string {
  const connect = ["'self'"];
  if (config.broker.mode === 'external') connect.push(new URL(config.broker.wsUrl).origin);
  return [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
    "media-src 'self' blob:", "font-src 'self'", "worker-src 'self' blob:", `connect-src ${connect.join(' ')}`, "object-src 'none'", "base-uri 'none'",
    "form-action 'self'", "frame-ancestors 'none'",
  ].join('; ');
}

/** A year, the usual HSTS lifetime once a hall serves its pages over TLS. */
const HSTS = 'max-age=31536000';

/**
 * Security headers on every response, pages and API alike, errors and 404s included. HSTS only when the
 * request came over TLS (directly, or through a proxy named in TRUST_PROXY): a hall on plain HTTP in its LAN
 * must not tell browsers to insist on HTTPS it cannot serve. API answers are not to be cached by the kiosk's
 * browser (they may be personal); a route that says otherwise (clips, app files) keeps its own.
 */
export function installSecurityHeaders(app: FastifyInstance, config: Pick<Config, 'broker'>): void {
  const csp = contentSecurityPolicy(config);
  app.addHook('onSend', async (req, reply) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    // Ticket status pages carry their token in the address: no page tells another site where it came from.
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
