import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../../src/core/link';
import { readableStarts, siteOf } from '../../../../src/core/names';
import type { Paragraph, Speaker } from '../../../../src/core/types';

const para = (text: string, turnId: string | null, label: string | null = null): Paragraph => ({ text, label, role: turnId ? 'answer' : 'other', turnId });

const HENNIG: Speaker = { id: 'h', name: 'Korinna Hennig', aliases: [], role: 'interviewer' };
const DROSTEN: Speaker = { id: 'd', name: 'Christian Drosten', aliases: [], role: 'interviewee' };

/** Links the paragraphs as the analysis does: labels, credits and what follows the last turn not read. */
function names(paragraphs: Paragraph[], lang = 'de', speakers: Speaker[] = [HENNIG, DROSTEN]) {
  return linkEntities(
    paragraphs.map((p) => p.text),
    { lang: 'de', pageLang: lang, speakers, knowledge: [], starts: readableStarts(paragraphs) },
  );
}

describe('names in any interview', () => {
  const paragraphs = [
    para('NDR Info - Das Coronavirus-Update mit Christian Drosten - 18.03.2020 13:15 Uhr Autor/in: Korinna Hennig', null),
    para('Neue Berechnungen aus London entwerfen ein Szenario. Der Virologe Christian Drosten erklärt es.', null),
    para('Korinna Hennig: Herr Drosten, was sagt das Robert Koch-Institut?', 't1', 'Korinna Hennig'),
    para('Christian Drosten: Das Imperial College in London hat gerechnet. Die Forschung zeigt das Thema klar.', 't2', 'Christian Drosten'),
    para('Christian Drosten: Ich habe mit Wolfgang Wodarg nicht gesprochen. Drostens Team auch nicht.', 't2', 'Christian Drosten'),
    para('Mehr zum Thema: Unser Newsletter von Hamburg Media', null),
  ];
  const found = names(paragraphs);

  it('lists the speakers first, then the names in order of first mention', () => {
    expect(found.map((e) => e.label)).toEqual(['Korinna Hennig', 'Christian Drosten', 'London', 'Robert Koch-Institut', 'Imperial College', 'Wolfgang Wodarg']);
  });

  it('does not count speaker labels, credits or datelines as mentions; a surname alone is the person', () => {
    const drosten = found.find((e) => e.label === 'Christian Drosten')!;
    const texts = drosten.positions!.map((p) => paragraphs[p.paragraph].text.slice(p.start, p.end));
    expect(texts).toEqual(['Christian Drosten', 'Drosten', 'Drostens']);
    expect(drosten.positions!.map((p) => p.paragraph)).toEqual([1, 2, 4]);
    expect(found.map((e) => e.label)).not.toContain('Uhr Autor');
  });

  it('takes no capitalised German noun, no sentence start and nothing after the last turn for a name', () => {
    const labels = found.map((e) => e.label);
    for (const noun of ['Forschung', 'Thema', 'Berechnungen', 'Neue Berechnungen', 'Der Virologe', 'Hamburg Media', 'Hamburg']) expect(labels).not.toContain(noun);
  });

  it('reads capitalisation in English and French text', () => {
    const en = names([para('Q: Did you talk to Marvel?', 't1', 'Q'), para('A: Yes. Shonda Rhimes and I met at ABC in Los Angeles.', 't2', 'A')], 'en', []);
    expect(en.map((e) => e.label)).toEqual(['Marvel', 'Shonda Rhimes', 'ABC', 'Los Angeles']);
    const fr = names([para('Q : Que pensez-vous de la politique de Pékin envers Taïwan ?', 't1', 'Q'), para('R : La Chine et Emmanuel Macron en parlent.', 't2', 'R')], 'fr', []);
    expect(fr.map((e) => e.label)).toEqual(['Pékin', 'Taïwan', 'Chine', 'Emmanuel Macron']);
  });
});

describe('the shapes and forms of a name', () => {
  it('takes a word with capitals before lowercase letters for a name, not an abbreviation’s plural', () => {
    const found = names([para('F: Was ist mit QAnon und dem ZDFneo?', 't1', 'F'), para('A: Unsere KPIs und die CDs sagen nichts.', 't2', 'A')], 'de', []);
    expect(found.map((e) => e.label)).toEqual(['QAnon', 'ZDFneo']);
  });

  it('reads a middle initial as part of the name, and a speaker’s fuller form as their name', () => {
    const kaempf: Speaker = { id: 'k', name: 'Katrin Kämpf', aliases: [], role: 'interviewee' };
    const found = names([para('Die Forscherin Katrin M. Kämpf hat ein Buch geschrieben.', null), para('F: Wie kam es dazu, Frau Kämpf?', 't1', 'F'), para('A: Wir hatten einen Plan B. Dann kam der Umzug nach Berlin.', 't2', 'A')], 'de', [kaempf]);
    expect(found.map((e) => e.label)).toEqual(['Katrin M. Kämpf', 'Berlin']);
    expect(found[0].mentions).toBe(2);
  });

  it('reads an editor’s bracketed insertion as part of the name', () => {
    const found = names([para('Q: What about the film with Iron Man?', 't1', 'Q'), para('A: Well, Tony [Stark] was an alcoholic in it.', 't2', 'A')], 'en', []);
    expect(found.map((e) => e.label)).toEqual(['Iron Man', 'Tony Stark']);
    const [p] = found[1].positions!;
    expect('A: Well, Tony [Stark] was an alcoholic in it.'.slice(p.start, p.end)).toBe('Tony [Stark]');
  });

  it('joins an abbreviation to the name it stands for', () => {
    const found = names([para('F: Was macht die Europäische Union?', 't1', 'F'), para('A: Die EU und das Robert Koch-Institut, kurz RKI, arbeiten zusammen.', 't2', 'A')], 'de', []);
    expect(found.map((e) => [e.label, e.mentions])).toEqual([['Europäische Union', 2], ['Robert Koch-Institut', 2]]);
  });
});

describe('the publication of the page', () => {
  it('is read from the address', () => {
    expect(siteOf('https://www.instyle.com/beauty/wigs')).toBe('instyle');
    expect(siteOf('http://www.csdn.net/article/2015-05-12/2824660')).toBe('csdn');
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc');
    expect(siteOf('https://github.blog/2019-03-29-x/')).toBe('github');
    expect(siteOf(null)).toBeNull();
  });

  it('is no name of its text', () => {
    const paragraphs = ['Q: What did you tell InStyle about Nike?', 'A: That I love it.'];
    const found = linkEntities(paragraphs, { lang: 'en', pageLang: 'en', speakers: [], knowledge: [], starts: [3, 3], url: 'https://www.instyle.com/beauty/wigs' });
    expect(found.map((e) => e.label)).toEqual(['Nike']);
  });
});

describe('readableStarts', () => {
  it('starts after the label and its colon, and skips credits and what follows the last turn', () => {
    expect(readableStarts([para('Foto: Jana Roth', null), para('Jana Roth: Ja.', 't1', 'Jana Roth'), para('Jana Roth ist Autorin.', null)])).toEqual([null, 11, null]);
  });
});
