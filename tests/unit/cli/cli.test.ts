import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'interview-lens.js');

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Each test starts Node and tsx, which takes seconds on a busy machine: not a speed test. */
const SPAWNS = { timeout: 30_000 };

describe('interview-lens analyze', SPAWNS, () => {
  it('prints the contract JSON for the demo page, with Altman and Murati as interviewees', async () => {
    const { code, stdout } = await cli('analyze', 'tests/fixtures/ifanr-altman-de/source.html', '--url', 'https://www.ifanr.com/1570213');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis).toMatchObject({ isInterview: true, site: 'ifanr', language: 'de' });
    expect(typeof analysis.title).toBe('string');
    const interviewees = analysis.speakers.filter((s: { role: string }) => s.role === 'interviewee').map((s: { name: string }) => s.name);
    expect(interviewees).toEqual(['Sam Altman', 'Mira Murati']);
    for (const t of analysis.turns) {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'speakerId', 'kind', 'text', 'nonAnswer']));
      expect(t.text).not.toMatch(/^(F|Altman|Altmann|Murati|Mira Murati):/);
    }
    expect(Array.isArray(analysis.entities)).toBe(true);
  });

  it('says no interview with empty turns for a page that is not one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
    const file = join(dir, 'news.html');
    writeFileSync(file, '<!doctype html><html lang="en"><head><title>News</title></head><body><p>Just news.</p></body></html>');
    const { code, stdout } = await cli('analyze', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ isInterview: false, turns: [] });
  });

  const undeclared = 'tests/fixtures/encodings/interview-de.undeclared.html';

  it('reads a page in the encoding --encoding names', async () => {
    const read = await cli('analyze', undeclared, '--encoding', 'windows-1252');
    expect([read.code, read.stderr]).toEqual([0, '']);
    expect(JSON.parse(read.stdout)).toMatchObject({ isInterview: true, title: '„Ohne Ehrenamt läuft im Dorf nichts mehr“ – Schwäbisches Tagblatt' });
  });

  it('warns in one line when some of a page did not decode', async () => {
    const misread = await cli('analyze', undeclared);
    expect(misread.code).toBe(0);
    expect(misread.stderr).toBe(`interview-lens: warning: 50 characters undecodable as utf-8 (the page declares no charset; try --encoding): ${undeclared}\n`);
  });

  const empty = join(mkdtempSync(join(tmpdir(), 'il-cli-')), 'empty.html');
  writeFileSync(empty, '');

  it.each([
    ['a missing file', ['analyze', 'no/such/file.html'], /no such file/],
    ['a directory', ['analyze', 'tests'], /directory/],
    ['an empty file', ['analyze', empty], /empty file/],
    ['an image', ['analyze', 'assets/screenshot.png'], /binary file, not a page/],
    ['a page mostly undecodable', ['analyze', 'tests/fixtures/encodings/interview-zh.undeclared.html'], /mostly undecodable as utf-8/],
    ['an unknown encoding', ['analyze', 'tests/fixtures/encodings/interview-zh.utf8.html', '--encoding', 'klingon'], /unknown encoding: klingon/],
    ['no file', ['analyze'], /one HTML file/],
    ['an unknown command', ['frobnicate'], /unknown command/],
  ])('rejects %s with one line and exit code 2', async (_what, args, message) => {
    const { code, stderr, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
