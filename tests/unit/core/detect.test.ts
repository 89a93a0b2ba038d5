import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import { precheck } from '../../../src/core/detect';
import { docFrom, page } from '../support/html';

/** The precheck: recurring speaker labels or bold questions, read cheaply before Readability. */

const paragraphs = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');

describe('precheck', () => {
  it('takes recurring labels as signs, counting the first one too', () => {
    const signals = precheck(docFrom(page(paragraphs('Q: Why?', 'Ana Ruiz: Because.', 'Q: How?', 'Ruiz: So.'))));
    expect(signals.labelLike).toBe(4);
    expect(signals.promising).toBe(true);
  });

  it('merges name forms and numbered role labels by their last word', () => {
    const signals = precheck(docFrom(page(paragraphs('Frage 1: Wie?', 'Lena Vogt-Hartmann: So.', 'Frage 2: Warum?', 'Vogt-Hartmann: Darum.'))));
    expect(signals.promising).toBe(true);
  });

  it('reads labels through invisible characters and split tags', () => {
    const html = page('<p>\u200b问\u200b：为什么？</p><p><b>奥特</b><b>曼：</b>因为。</p><p>问：怎么？</p><p>奥特曼：这样。</p>', { lang: 'zh' });
    expect(precheck(docFrom(html)).promising).toBe(true);
  });

  it('takes no sign from labels seen once: a glossary, a recipe', () => {
    const glossary = paragraphs('Agent: a program.', 'Alignment: a goal.', 'Chatbot: a program.', 'Token: a piece.', 'Prompt: a text.');
    const signals = precheck(docFrom(page(glossary)));
    expect(signals.labelLike).toBe(0);
    expect(signals.promising).toBe(false);
  });

  it('takes no sign from field names, however often they recur', () => {
    const cafe = paragraphs('Adresse: Hauptstraße 1', 'Preis: 3 Euro', 'Adresse: Ring 2', 'Preis: 4 Euro', 'Adresse: Markt 3', 'Preis: 5 Euro');
    expect(precheck(docFrom(page(cafe, { lang: 'de' }))).promising).toBe(false);
  });

  it('counts whole bold questions', () => {
    const verge = paragraphs('<strong>Why?</strong>', 'Because.', '<strong>How so?</strong>', 'Like this.', '<strong>And then?</strong>', 'Then.', '<b>Really?</b>', 'Yes.');
    const signals = precheck(docFrom(page(verge)));
    expect(signals.boldQuestions).toBe(4);
    expect(signals.promising).toBe(true);
  });

  it('takes no sign from questions in headings or italics: FAQs and how-tos set theirs so', () => {
    const html = page(`<h3>Wie lange hält Adblue?</h3><p>Zwei Jahre.</p><h3>Wo tankt man es?</h3><p>An der Säule.</p><p><em>Warum?</em></p><p>Darum.</p><h3>Was kostet es?</h3><p>Wenig.</p>`, { lang: 'de' });
    const signals = precheck(docFrom(html), { all: true });
    expect([signals.boldQuestions, signals.promising]).toEqual([0, false]);
  });

  it('turns down FAQ and help pages by their title, as the verdict would', () => {
    const faq = paragraphs('Frage: Wie?', 'Antwort: So.', 'Frage: Warum?', 'Antwort: Darum.');
    const signals = precheck(docFrom(page(faq, { lang: 'de', title: 'Häufige Fragen zum Thermostat' })));
    expect(signals.faqTitle).toBe(true);
    expect(signals.promising).toBe(false);
  });

  it('reads nothing from an empty document', () => {
    expect(precheck(docFrom(''))).toEqual({ promising: false, labelLike: 0, boldQuestions: 0, faqTitle: false, paragraphs: [] });
  });

  it('stops at the fourth sign, or with `all` gives every sign paragraph, a label\'s first one included', () => {
    const html = page(paragraphs('Intro.', 'Q: Why?', 'Ana Ruiz: Because.', 'Glossary: one.', 'Q: How?', 'Ruiz: So.', 'Q: Then?', 'Ruiz: Then.'));
    const texts = (signals: { paragraphs: Element[] }) => signals.paragraphs.map((p) => p.textContent);
    expect(texts(precheck(docFrom(html)))).toEqual(['Q: Why?', 'Q: How?', 'Ana Ruiz: Because.', 'Ruiz: So.']);
    expect(texts(precheck(docFrom(html), { all: true }))).toEqual(['Q: Why?', 'Q: How?', 'Ana Ruiz: Because.', 'Ruiz: So.', 'Q: Then?', 'Ruiz: Then.']);
  });
});

describe('the verdict on look-alikes of a Q&A', () => {
  const forced = (html: string) => analyzeDocument(docFrom(html), { url: null, force: true }).analysis.detection;
  const intro = '<p>Most hiring managers ask the same few things, and the people who prepare for them do better; here is how to get ready for each of them, with notes from recruiters we know.</p>';

  it('takes answers that open with one lead-in naming no speaker for a template, where a real Q&A is read', () => {
    const question = (n: number, q: string) => `<h2>${n}. ${q}</h2>`;
    const guide = [1, 2, 3, 4].map((n) => `${question(n, 'Why do you want this job?')}<p><strong>Sample answer:</strong> “I have wanted to work here since I was ${n + 20}.”</p>`).join('');
    expect(forced(page(intro + guide))).toMatchObject({ kind: 'none', code: 'templated' });
    const interview = [1, 2, 3, 4].map((n) => `${question(n, 'Why did you want this job?')}<p>I have wanted to work here since I was ${n + 20}, and my sister worked here before me.</p>`).join('');
    expect(forced(page(intro + interview)).code).not.toBe('templated');
  });

  it("takes answers under masked user names for a shop's questions from its users", () => {
    const qa = ['烧水有塑料味吗？', '保温能多久？', '声音大吗？'].map((q, n) => `<p><b>${q}</b></p><p>j***${n}：用了两个月了，我觉得没有问题。</p>`).join('');
    expect(forced(page(`<p>北岭电水壶，1.7升，304不锈钢内胆，支持五档恒温，买家们的问题和回答如下，欢迎提问。</p>${qa}`, { lang: 'zh' }))).toMatchObject({ kind: 'none', code: 'masked-users' });
  });
});
