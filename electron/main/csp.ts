/**
 * Content-Security-Policy for the app page: nothing remote, no inline script, no plugins,
 * no framing. Styles allow 'unsafe-inline' because Svelte sets style attributes (pane
 * widths, highlight colors); article text never becomes markup, so this opens no hole.
 * Only the dev page adds the dev server's websocket for hot reload.
 */
function directives(devServerUrl?: string): string[] {
  const connect = devServerUrl ? `'self' ${new URL(devServerUrl).origin.replace(/^http/, 'ws')}` : "'self'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ];
}

/** The policy as a response header (app:// protocol, dev server). */
export function contentSecurityPolicy(devServerUrl?: string): string {
  return [...directives(devServerUrl), "frame-ancestors 'none'"].join('; ');
}

/**
 * The policy in renderer/index.html's meta tag: the same minus frame-ancestors, which a
 * meta tag may not carry. This is the one that counts wherever no header reaches the page.
 */
export function metaContentSecurityPolicy(devServerUrl?: string): string {
  return directives(devServerUrl).join('; ');
}

const META_RE = /(http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;

/**
 * The page as the dev server serves it: the meta policy widened by the dev server's own
 * websocket, which hot reload needs. Built pages keep the strict policy from the source.
 */
export function devPageHtml(html: string, devServerUrl: string): string {
  if (!META_RE.test(html)) throw new Error('renderer/index.html has no Content-Security-Policy meta tag');
  return html.replace(META_RE, (_m, head: string, tail: string) => `${head}${metaContentSecurityPolicy(devServerUrl)}${tail}`);
}
