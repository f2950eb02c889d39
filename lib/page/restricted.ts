/**
 * Pages no extension may read: browser pages (chrome://, about:, the new tab page) and the
 * extension stores. The page panel names them instead of reporting "nothing found".
 */
export function restrictedUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return true;
  const path = u.pathname;
  return (
    u.hostname === 'chromewebstore.google.com' ||
    (u.hostname === 'chrome.google.com' && path.startsWith('/webstore')) ||
    u.hostname === 'microsoftedge.microsoft.com' ||
    u.hostname === 'addons.mozilla.org'
  );
}
