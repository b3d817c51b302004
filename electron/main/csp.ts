/**
 * Content-Security-Policy for the app page: nothing remote, no inline script, no plugins,
 * no framing. Styles allow 'unsafe-inline' because Svelte sets style attributes (pane
 * widths, highlight colors); article text never becomes markup, so this opens no hole.
 * Dev adds the local dev server's websocket for hot reload.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
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
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ].join('; ');
}
