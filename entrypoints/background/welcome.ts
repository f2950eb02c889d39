/**
 * The first-run page opens once, when the extension is installed: not on an update, not when
 * the browser is updated, and not in builds made with DL_WELCOME=0 (the test build).
 */
export function shouldOpenWelcome(reason: string, enabled: boolean): boolean {
  return enabled && reason === 'install';
}

export const WELCOME_PAGE = '/welcome.html';
