import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toJson, toMarkdown } from '../../../src/sidebar/export';
import { stringsFor } from './catalogs';
import { analysis } from './fixture';

const t = stringsFor('en');

describe('toMarkdown', () => {
  const md = toMarkdown({ ...analysis, title: 'Sam *Altman* returns' }, { url: 'https://www.ifanr.com/1570213', date: '2023-11-30' }, t);

  it('opens with the title, the source link and the date', () => {
    expect(md.split('\n').slice(0, 4)).toEqual(['# Sam \\*Altman\\* returns', '', 'Source: <https://www.ifanr.com/1570213>  ', 'Published: 2023-11-30  ']);
  });

  it('gives each turn its speaker label, the unnamed interviewer in the UI language', () => {
    expect(md).toContain('**Interviewer:** Sam, first things first. Why were you fired?\n');
    expect(md).toContain('**Sam Altman:** That the company works without me.\n');
    const unnamed = { ...analysis, speakers: analysis.speakers.map((s) => (s.id === 'sam' ? { ...s, name: 'Interviewee', unnamed: true } : s)) };
    const de = toMarkdown(unnamed, { url: 'https://x.example/a', date: null }, stringsFor('de'));
    expect(de).toContain('**Interviewpartner:** No comment.\n');
    expect(de).toContain('**Mira Murati:** No. This has nothing to do with safety.');
  });

  it('keeps the paragraphs of a turn apart', () => {
    expect(md).toContain('**Mira Murati:** No. This has nothing to do with safety.\n\nThe board said so.\n');
  });

  it('notes each non-answer under its answer', () => {
    expect(md).toContain('**Sam Altman:** No comment.\n\n> *Non-answer (declines):* “No comment”\n');
    expect(md.match(/Non-answer \(/g)).toHaveLength(2);
  });

  it('leaves out the date when the page states none', () => {
    expect(toMarkdown(analysis, { url: 'https://x.example/a', date: null }, t)).not.toContain('Published');
  });
});

describe('escapeMarkdown', () => {
  it('makes page text inert', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> `g`')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\`');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('3 - 2')).toBe('3 - 2');
  });
});

it('toJson prints the analysis as the CLI does', () => {
  expect(JSON.parse(toJson(analysis))).toEqual(analysis);
  expect(toJson(analysis)).toBe(`${JSON.stringify(analysis, null, 2)}\n`);
});
