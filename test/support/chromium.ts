// Where a Chromium for the browser tests is: $CHROMIUM_PATH, then `chromium` (or its other names) on PATH, then
// the browsers Playwright downloaded (`npx playwright install chromium`). Undefined when none is found.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name: string): string | undefined {
  try {
    const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

/** Playwright's cache: ms-playwright/chromium-<build>/chrome-linux*\/chrome, newest build first. */
function playwrightDownload(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  const builds = readdirSync(cache)
    .filter((name) => /^chromium(_headless_shell)?-\d+$/.test(name))
    .sort((a, b) => Number(b.split('-').pop()) - Number(a.split('-').pop()));
  for (const build of builds) {
    for (const folder of ['chrome-linux64', 'chrome-linux', 'chrome-headless-shell-linux64']) {
      for (const binary of ['chrome', 'headless_shell', 'chrome-headless-shell']) {
        const candidate = join(cache, build, folder, binary);
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

export interface ChromiumLookup {
  path?: string;
  /** How it was found, or why none was: shown in the skipped test's title. */
  how: string;
}

export function findChromium(): ChromiumLookup {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv, how: '$CHROMIUM_PATH' }
      : { how: `$CHROMIUM_PATH points at ${fromEnv}, which does not exist` };
  }
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return { path: found, how: `${name} on PATH` };
  }
  const downloaded = playwrightDownload();
  if (downloaded) return { path: downloaded, how: "Playwright's download" };
  return {
    how: `no Chromium: set $CHROMIUM_PATH, put ${NAMES[0]} on PATH, or run \`npx playwright install chromium\``,
  };
}
