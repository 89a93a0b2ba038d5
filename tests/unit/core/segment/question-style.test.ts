import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/core/extract';
import { leadOf, marksOf, questionStyle } from '../../../../src/core/segment/question-style';

const block = (text: string, over: Partial<Block> = {}): Block => ({ text, tag: 'P', boldLead: '', allBold: false, allItalic: false, className: '', offset: 0, ...over });
const bold = (text: string) => block(text, { boldLead: text, allBold: true });
const lead = (question: string, answer: string) => block(`${question} ${answer}`, { boldLead: question });
const none = () => false;

describe('question marks', () => {
  it('reads a bold question before its answer in one paragraph, not a bold label', () => {
    expect(leadOf(lead('Why birds?', 'Because of a date.'))).toBe('Why birds?'.length);
    expect(leadOf(lead('Altman:', 'Yes.'))).toBe(0);
    expect(leadOf(bold('Why birds?'))).toBe(0);
  });

  it('marks headings by their level, so a pull quote in another level is not a question', () => {
    expect(marksOf(block('Why?', { tag: 'H2' }))).toEqual(['heading:H2']);
    expect(marksOf(block('Why?', { tag: 'P', className: 'frage' }))).toEqual(['class:frage']);
  });
});

describe('questionStyle', () => {
  it('takes the mark whose blocks ask and are answered by plain ones', () => {
    const blocks = [block('Intro.'), bold('Why?'), block('Because.'), bold('How?'), block('So.'), bold('When?'), block('Now.')];
    expect(questionStyle(blocks, 'en', false, none)).toEqual({ mark: 'bold', asking: 3 });
  });

  it('counts questions with their answer in one paragraph and wholly bold ones alike', () => {
    const blocks = [lead('Why?', 'Because.'), bold('How so?'), block('Like this.'), lead('When?', 'Now.')];
    expect(questionStyle(blocks, 'en', false, none)?.mark).toBe('bold');
  });

  it('finds a class the question blocks share', () => {
    const q = (t: string) => block(t, { className: 'frage' });
    const a = (t: string) => block(t, { className: 'antwort' });
    expect(questionStyle([q('Wie?'), a('So.'), q('Warum?'), a('Darum.'), q('Wann?'), a('Jetzt.')], 'de', false, none)?.mark).toBe('class:frage');
  });

  it('needs three asking blocks (two in a site’s house style), most of the mark asking', () => {
    const two = [bold('Why?'), block('Because.'), bold('How?'), block('So.')];
    expect(questionStyle(two, 'en', false, none)).toBeNull();
    expect(questionStyle(two, 'en', true, none)?.mark).toBe('bold');
    const teasers = [bold('Read this'), bold('And that'), bold('And more'), bold('Why?'), block('A.'), bold('How?'), block('B.'), bold('What?'), block('C.'), bold('Also this'), bold('Subscribe')];
    expect(questionStyle(teasers, 'en', false, none)).toBeNull();
  });

  it('leaves out blocks read otherwise (labelled ones)', () => {
    const blocks = [bold('Q: Why?'), block('A: Because.'), bold('Q: How?'), block('A: So.'), bold('Q: When?'), block('A: Now.')];
    expect(questionStyle(blocks, 'en', false, () => true)).toBeNull();
  });
});
