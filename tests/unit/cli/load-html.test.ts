import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadHtml } from '../../../src/cli/load-html';
import { analyzeDocument } from '../../../src/core/analyze';

/** What the CLI reads (anything a browser would render as a page) and what it refuses. */

const dir = mkdtempSync(join(tmpdir(), 'il-load-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const QA = `
<p>Marta Lindqvist ran the national bridge programme for twenty years. Since March she heads Northern Rail. We asked her about her plans.</p>
<p><b>Q:</b> You spent twenty years building bridges. Why switch to railways now?</p>
<p><b>A:</b> Because the bridges were finished and the trains were not. Most of our lines still run on track laid in the 1970s.</p>
<p><b>Q:</b> What will passengers notice first?</p>
<p><b>A:</b> Fewer cancellations. We are replacing the signals before we buy a single new train.</p>
<p><b>Q:</b> And when will the new trains come?</p>
<p><b>A:</b> The first ones in 2027, if the factory keeps its promises. I would not bet the budget on it.</p>`;

/** A page's own stylesheet, long enough to push any other tag past the first 4 KB. */
const STYLESHEET = Array.from({ length: 60 }, (_, i) => `.article-body .block-${i} { margin: 0 0 ${i}px; font: 400 18px/1.6 Georgia, serif; }`).join('\n');

describe('loadHtml reads', () => {
  it('a page whose file begins with <style>, its title and its interview', async () => {
    const path = file('style-first.html', `<style>\n${STYLESHEET}\n</style>\n<title>Railways: an interview</title>\n<h1>Railways: an interview</h1>${QA}`);
    const doc = await loadHtml(path);
    expect(doc.title).toBe('Railways: an interview');
    expect(doc.head.querySelector('style')).not.toBeNull();
    const { analysis } = analyzeDocument(doc, { url: null });
    expect(analysis.isInterview).toBe(true);
    expect(analysis.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });

  it('a fragment of markup', async () => {
    const { analysis } = analyzeDocument(await loadHtml(file('fragment.html', QA)), { url: null });
    expect(analysis.isInterview).toBe(true);
    expect(analysis.turns[1].text).toMatch(/^Because the bridges were finished/);
  });

  it('text with a few tags', async () => {
    const doc = await loadHtml(file('notes.txt', 'Notes from the meeting<br>\nThe budget was approved.<br>\n<b>Next:</b> the timetable.'));
    expect(doc.body.textContent).toBe('Notes from the meeting\nThe budget was approved.\nNext: the timetable.');
    expect(analyzeDocument(doc, { url: null }).analysis.isInterview).toBe(false);
  });
});

describe('loadHtml refuses, with a one-line InputError', () => {
  it.each([
    ['an empty file', () => file('empty.html', ''), /^empty file: /],
    ['a file of blanks', () => file('blank.html', ' \n\t\n'), /^empty file: /],
    ['a PNG image', () => 'assets/screenshot.png', /^binary file, not a page: /],
    ['gzip bytes', () => file('page.html.gz', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c])), /^binary file, not a page: /],
    ['a missing file', () => join(dir, 'missing.html'), /^no such file: /],
    ['a directory', () => dir, /^is a directory, not an HTML file: /],
  ])('%s', async (_what, path, message) => {
    const error = await loadHtml(path()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

const CORPUS_PAGE = join(process.cwd(), '..', 'shared', 'corpus', 'web', 'yahoo-yasuiqian-voices.zh.html');

describe.skipIf(!existsSync(CORPUS_PAGE))('a real page saved as GB2312 (../shared/corpus/web)', () => {
  it('decodes: its title is Chinese, and its vox pop is no interview', async () => {
    const doc = await loadHtml(CORPUS_PAGE);
    expect(doc.title.trim()).toBe('孩子：我的奶酪，谁做主');
    expect(doc.body.textContent).toContain('马金鹏（１４岁）：压岁钱是爷爷奶奶');
    expect(analyzeDocument(doc, { url: 'http://cn.biz.yahoo.com/050206/16/7v5o.html' }).analysis.isInterview).toBe(false);
  });
});
