/**
 * Finding a browser for the demo and the end-to-end tests: the path in an environment variable
 * if set, else Debian's or Ubuntu's package. If none is found, install Debian's package when we
 * can (root on Debian or Ubuntu); otherwise stop with the exact command to run. Tests never skip
 * for want of a browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface BrowserBinary {
  /** As people say it: "Chromium", "Firefox". */
  name: string;
  /** An environment variable that, when set, names the binary to use. */
  envVar: string;
  /** Where the packages put the real binary, most likely first. */
  candidates: readonly string[];
  /** The Debian package to install when none is found. */
  aptPackage: string;
}

export function installHint(b: BrowserBinary): string {
  return (
    `No ${b.name} found. Install it with \`sudo apt-get install -y ${b.aptPackage}\` ` +
    `(Debian/Ubuntu), or set ${b.envVar} to a ${b.name} binary.`
  );
}

export function findBrowser(b: BrowserBinary): string | null {
  const fromEnv = process.env[b.envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`${b.envVar} is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return b.candidates.find((p) => existsSync(p)) ?? null;
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

/** The browser's binary, installed first if needed and possible; throws with instructions otherwise. */
export function ensureBrowser(b: BrowserBinary, log: (line: string) => void = console.log): string {
  const found = findBrowser(b);
  if (found) return found;
  if (!canInstallWithApt()) throw new Error(installHint(b));
  log(
    `No ${b.name} found: installing Debian's ${b.aptPackage} package with apt-get (running as root)...`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', b.aptPackage], { stdio: 'inherit', env });
  const installed = findBrowser(b);
  if (!installed)
    throw new Error(`apt-get finished but no ${b.name} binary was found. ${installHint(b)}`);
  return installed;
}
