import { accessSync, constants, statSync } from 'node:fs';

/**
 * The browsers the demo, the benchmark and the end-to-end tests drive, where each is looked
 * for, and the one line a reader gets when one is missing (instead of a launcher's stack trace).
 */

/** A browser the scripts can drive. */
export type BrowserName = 'chromium' | 'firefox';

interface BrowserSource {
  label: string;
  /** The environment variable that points at another executable. */
  env: string;
  /** Where Debian's package installs it. */
  path: string;
  /** The Debian package. */
  apt: string;
}

/** Where each browser comes from on Debian, and the variable that overrides it. */
export const BROWSER_SOURCES: Record<BrowserName, BrowserSource> = {
  chromium: { label: 'Chromium', env: 'CHROME_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { label: 'Firefox', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/** The executable to launch: the environment variable's path if set, else Debian's. */
export function browserPath(name: BrowserName, env: NodeJS.ProcessEnv = process.env): string {
  const source = BROWSER_SOURCES[name];
  return env[source.env] || source.path;
}

/**
 * One line saying which browser is missing and how to get it, or null when its executable is
 * there. `isExecutable` is the file test (a parameter so a test can ask about any path).
 */
export function missingBrowser(name: BrowserName, env: NodeJS.ProcessEnv = process.env, isExecutable = isExecutableFile): string | null {
  const { label, env: variable, path, apt } = BROWSER_SOURCES[name];
  const chosen = browserPath(name, env);
  if (isExecutable(chosen)) return null;
  return env[variable]
    ? `${label} not found: ${variable}=${chosen} is not an executable file; point ${variable} at ${label}, or unset it and run \`apt-get install -y ${apt}\`.`
    : `${label} not found at ${path}: run \`apt-get install -y ${apt}\`, or set ${variable} to a ${label} executable.`;
}

/**
 * Ends the process with exit code 1 and one line per missing browser on stderr, when any of
 * `names` is missing, before anything is built or launched. The line starts with the npm
 * script that needs the browser (e.g. "npm run test:e2e").
 */
export function requireBrowsers(names: BrowserName[]): void {
  const missing = names.map((name) => missingBrowser(name)).filter((line): line is string => line !== null);
  if (missing.length === 0) return;
  const script = process.env.npm_lifecycle_event;
  const needs = script ? `npm ${['start', 'test'].includes(script) ? script : `run ${script}`}` : 'interview-lens';
  for (const line of missing) console.error(`${needs}: ${line}`);
  process.exit(1);
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
