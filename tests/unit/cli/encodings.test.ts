import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadHtml } from '../../../src/cli/load-html';
import { analyzeDocument } from '../../../src/core/analyze';
import { knowledgeBase } from '../../../src/core/knowledge';

/**
 * Pages saved in legacy encodings and with byte-order marks (tests/fixtures/encodings/, made by
 * scripts/make-encoding-fixtures.ts from their UTF-8 twins) read as a browser reads them: each
 * gives exactly the analysis, title and text of its twin.
 */

const DIR = join('tests', 'fixtures', 'encodings');
const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
const variants = files.filter((f) => !f.endsWith('.utf8.html'));
const twinOf = (file: string) => `${file.split('.')[0]}.utf8.html`;

/** Pages that declare nothing and so need --encoding. */
const OVERRIDES: Record<string, string> = {
  'interview-zh.undeclared.html': 'gbk',
  'interview-de.undeclared.html': 'windows-1252',
};

async function read(file: string, encoding?: string) {
  const doc = await loadHtml(join(DIR, file), { encoding });
  const { analysis } = analyzeDocument(doc, { url: null, knowledge: knowledgeBase });
  return { title: doc.title, text: doc.body.textContent, analysis: JSON.stringify(analysis) };
}

describe('the UTF-8 twins', () => {
  it.each([
    ['interview-zh.utf8.html', 'zh', ['王建华']],
    ['interview-zh-hant.utf8.html', 'zh', ['林怡君']],
    ['interview-de.utf8.html', 'de', ['Jürgen Weiß']],
  ])('%s is an interview in a language the analysis knows', async (file, language, interviewees) => {
    const { analysis } = await read(file);
    const parsed = JSON.parse(analysis);
    expect(parsed).toMatchObject({ isInterview: true, language });
    expect(parsed.speakers.filter((s: { role: string }) => s.role === 'interviewee').map((s: { name: string }) => s.name)).toEqual(interviewees);
  });

  it('include a Japanese page', async () => {
    expect((await read('interview-ja.utf8.html')).title).toBe('「地方の書店は消えない」　山田書店・山田太郎社長に聞く - ITmedia ビジネスオンライン');
  });
});

describe.each(variants)('%s', (file) => {
  it('reads as its UTF-8 twin: same title, text and analysis', async () => {
    const [page, twin] = await Promise.all([read(file, OVERRIDES[file]), read(twinOf(file))]);
    expect(page.title).toBe(twin.title);
    expect(page.text).toBe(twin.text);
    expect(page.analysis).toBe(twin.analysis);
  });
});

it('has a page for each encoding family and way of declaring it', () => {
  expect(variants).toEqual(
    expect.arrayContaining([
      'interview-zh.gb2312.html', // http-equiv, after other meta tags
      'interview-zh.gbk.html', // upper case, unquoted http-equiv
      'interview-zh.gb18030.html', // unquoted meta charset after a commented-out one
      'interview-zh.gbk-late.html', // meta charset past the first 1024 bytes
      'interview-zh.xml-declaration.html',
      'interview-zh.utf8-bom.html',
      'interview-zh.utf16le-bom.html',
      'interview-zh.utf16be-bom.html',
      'interview-zh.utf16-declared.html',
      'interview-zh-hant.big5.html',
      'interview-zh-hant.big5-http-equiv.html', // quoted charset inside a single-quoted content
      'interview-ja.shift_jis.html',
      'interview-ja.x-sjis.html', // content before http-equiv, an alias
      'interview-de.iso-8859-1.html', // windows-1252 bytes under the Latin-1 label
      'interview-de.windows-1252.html',
    ]),
  );
});

describe('a page that declares no charset', () => {
  it('is refused as undecodable when most of its text is not UTF-8 (Chinese in GB18030)', async () => {
    await expect(loadHtml(join(DIR, 'interview-zh.undeclared.html'))).rejects.toThrow(
      new InputError(`mostly undecodable as utf-8 (the page declares no charset; try --encoding): ${join(DIR, 'interview-zh.undeclared.html')}`),
    );
  });

  it('is read with a warning when a little of it is not (German in windows-1252)', async () => {
    const warnings: string[] = [];
    const doc = await loadHtml(join(DIR, 'interview-de.undeclared.html'), { warn: (m) => warnings.push(m) });
    expect(doc.title).toContain('l\uFFFDuft');
    expect(warnings).toEqual([`50 characters undecodable as utf-8 (the page declares no charset; try --encoding): ${join(DIR, 'interview-de.undeclared.html')}`]);
  });
});

describe('--encoding', () => {
  it('overrides what the page declares', async () => {
    // The Big5 page, mislabelled as GBK (as happens when a template is copied between sites).
    const big5 = readFileSync(join(DIR, 'interview-zh-hant.big5.html'), 'latin1');
    const mislabelled = join(mkdtempSync(join(tmpdir(), 'il-encodings-')), 'mislabelled.html');
    writeFileSync(mislabelled, big5.replace('<meta charset="big5">', '<meta charset="gbk">'), 'latin1');
    const { title } = await read('interview-zh-hant.utf8.html');
    expect((await loadHtml(mislabelled)).title).not.toBe(title);
    expect((await loadHtml(mislabelled, { encoding: 'big5' })).title).toBe(title);
  });

  it('yields to a byte-order mark, as in browsers', async () => {
    const page = await read('interview-zh.utf8-bom.html', 'big5');
    expect(page.analysis).toBe((await read('interview-zh.utf8.html')).analysis);
  });

  it.each([
    ['klingon', 'unknown encoding: klingon'],
    ['hz-gb-2312', 'cannot decode replacement here: hz-gb-2312'],
  ])('refuses %s', async (label, message) => {
    await expect(loadHtml(join(DIR, 'interview-zh.utf8.html'), { encoding: label })).rejects.toThrow(new InputError(message));
  });
});
