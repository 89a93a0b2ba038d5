import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { ROOT } from '../../scripts/lib/fixture-server';

/**
 * The built extension as the stores see it (issue 7): the least permissions, host access only
 * where the content script runs by itself, and a Firefox build that `web-ext lint` passes.
 * Runs after `wxt build && wxt build -b firefox` (the test:e2e script).
 */

const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');

/** The API permissions: the toolbar button's activeTab + scripting, and storage for preferences. */
const API_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

/** The only sites the extension may read by itself. */
const HOSTS = ['theverge.com', 'ifanr.com'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** A match pattern (`*://*.theverge.com/*`) limited to one of HOSTS and its subdomains. */
function isOurHost(pattern: string): boolean {
  const host = /^(?:\*|https?):\/\/([^/]+)\/.*$/.exec(pattern)?.[1];
  return host !== undefined && HOSTS.includes(host.replace(/^\*\./, ''));
}

/** A permission that is a match pattern, not an API name (MV2 lists both in `permissions`). */
const isPattern = (permission: string) => permission.includes('://') || permission === '<all_urls>';

describe.each([
  ['Chrome (MV3)', EXTENSION_DIR],
  ['Firefox (MV2)', FIREFOX_DIR],
])('the %s manifest', (_name, dir) => {
  const m = manifest(dir);
  const patterns = [...(m.host_permissions ?? []), ...(m.permissions ?? []).filter(isPattern)];

  it('asks for exactly activeTab, scripting and storage', () => {
    expect((m.permissions ?? []).filter((p) => !isPattern(p)).sort()).toEqual([...API_PERMISSIONS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('has host access only to theverge.com and ifanr.com, and nowhere else', () => {
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((p) => !isOurHost(p))).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('runs its content script by itself only on those hosts', () => {
    const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((p) => !isOurHost(p))).toEqual([]);
  });
});

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    let output: string;
    try {
      output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    type Finding = { code: string; message: string; file?: string };
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { summary: { errors: number }; errors: Finding[]; warnings: Finding[] };
    const listed = (findings: Finding[]) => findings.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`);
    expect(listed(report.errors)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // The manifest itself draws no warning (the remaining ones are innerHTML in Readability and Preact).
    expect(listed(report.warnings.filter((w) => w.file === 'manifest.json'))).toEqual([]);
  });
});
