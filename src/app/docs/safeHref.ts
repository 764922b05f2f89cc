/** Only http(s), mailto and relative links are followed; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  // Browsers ignore control characters and whitespace inside a scheme: strip them before judging.
  const probe = trimmed.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(probe)?.[1];
  if (!scheme) return trimmed;
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? trimmed : null;
}
