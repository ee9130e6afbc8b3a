import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Browsers that load an unpacked extension from the command line (--load-extension). */
const CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
];

/** Branded Google Chrome: since version 137 it ignores --load-extension, so the extension would never start. */
const BRANDED_CHROME = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const HOW_TO_GET_ONE =
  'Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: brew install --cask chromium; Windows: see README.md) ' +
  'or Chrome for Testing (npx @puppeteer/browsers install chrome@stable), and set CHROME_PATH to it if it is not found by itself.';

/** What `--version` says of a browser binary, if it says anything (Windows builds print nothing). */
function versionOf(path: string): string {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return `${r.stdout ?? ''}`.trim();
}

/** Branded Google Chrome 137 or later, which cannot load the extension from the command line. */
function isBrandedChrome137(path: string): boolean {
  if (BRANDED_CHROME.includes(path)) {
    const major = Number(versionOf(path).match(/^Google Chrome (\d+)/)?.[1] ?? 137);
    return major >= 137;
  }
  const version = versionOf(path);
  const m = version.match(/^Google Chrome (\d+)/);
  return Boolean(m && !/for Testing/i.test(version) && Number(m[1]) >= 137);
}

let found: { path?: string; problem: string } | undefined;

function look(): { path?: string; problem: string } {
  if (found) return found;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) found = { problem: `CHROME_PATH is ${fromEnv}, which does not exist. ${HOW_TO_GET_ONE}` };
    else if (isBrandedChrome137(fromEnv))
      found = {
        problem: `CHROME_PATH is ${fromEnv}, branded Google Chrome 137 or later, which ignores --load-extension: the extension would never start. ${HOW_TO_GET_ONE}`,
      };
    else found = { path: fromEnv, problem: '' };
    return found;
  }
  const path = CHROMIUM.find((p) => existsSync(p));
  if (path) found = { path, problem: '' };
  else {
    const branded = BRANDED_CHROME.find((p) => existsSync(p));
    found = {
      problem: branded
        ? `No Chromium found, only Google Chrome at ${branded}: since version 137 it ignores --load-extension, so it cannot run the extension from the command line. ${HOW_TO_GET_ONE}`
        : `No Chromium found. ${HOW_TO_GET_ONE}`,
    };
  }
  return found;
}

/** The Chromium to drive: CHROME_PATH, else a system Chromium or Chrome for Testing; never branded Chrome 137+. */
export function findChromium(): string | undefined {
  return look().path;
}

/** Why no Chromium can be driven, in one message that says what to do. */
export function whyNoChromium(): string {
  return look().problem || 'A Chromium was found.';
}
