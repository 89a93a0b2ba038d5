import { describe, expect, it } from 'vitest';
import { asks, SPEECH } from '../../../../src/core/lang/speech';
import type { SegmentLang } from '../../../../src/core/types';

const FORMS = ['firstPerson', 'secondPerson', 'request', 'thanks'] as const;

describe.each(Object.entries(SPEECH) as [SegmentLang, (typeof SPEECH)[SegmentLang]][])('%s', (lang, speech) => {
  describe.each(FORMS)('%s', (form) => {
    it.each(speech.examples[form])('matches "%s"', (text) => {
      expect(speech[form].test(text)).toBe(true);
    });
  });
  it.each(speech.examples.none)('"%s" is none of them', (text) => {
    for (const form of FORMS) expect(speech[form].test(text), form).toBe(false);
  });
  it.each(speech.examples.request)('"%s" asks without a question mark', (text) => {
    expect(asks(text, lang)).toBe(true);
  });
});

describe('asks', () => {
  it.each(['Why?', '为什么？', '¿Por qué', 'Wie bitte?'])('"%s" asks by its mark in any language', (text) => {
    expect(asks(text, null)).toBe(true);
  });
  it('a numbered request asks: "4. Tell us about …", "Frage 2: Erzählen Sie …"', () => {
    expect(asks('4. Tell us about the notebook.', 'en')).toBe(true);
    expect(asks('Frage 2: Erzählen Sie von Ihrem Weg.', 'de')).toBe(true);
    expect(asks('4. The notebook is black.', 'en')).toBe(false);
  });
  it('a statement asks nothing, known language or not', () => {
    expect(asks('Also ohne Gewinn.', 'de')).toBe(false);
    expect(asks('Also ohne Gewinn.', null)).toBe(false);
  });
});
