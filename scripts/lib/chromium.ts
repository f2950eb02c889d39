/**
 * Finding a Chromium for the demo and the end-to-end tests: CHROME_PATH if set, else Debian's
 * or Ubuntu's package. If none is found, install Debian's package when we can (root on Debian
 * or Ubuntu); otherwise stop with the exact command to run. Tests never skip for want of one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary (/usr/bin/chromium is a wrapper script)
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
];

export const INSTALL_HINT =
  'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or set CHROME_PATH to a Chromium or Chrome binary.';

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function canInstallWithApt(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

/** A Chromium binary, installed first if needed and possible; throws with instructions otherwise. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) throw new Error(INSTALL_HINT);
  log("No Chromium found: installing Debian's chromium package with apt-get (running as root)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed)
    throw new Error(`apt-get finished but no Chromium binary was found. ${INSTALL_HINT}`);
  return installed;
}
