import { describe, expect, it } from 'vitest';
import { readCast, type CastInput } from '../../../../src/core/segment/cast';

/** Who the page names where no label does: the questions' address, cues, the introduction, credits, the byline. */

const input = (over: Partial<CastInput>): CastInput => ({
  lang: 'de',
  title: '',
  bylines: [],
  description: null,
  siteName: null,
  intro: [],
  questions: [],
  all: [],
  creditLines: [],
  ...over,
});

describe('readCast', () => {
  it('takes the name the first question addresses, written out as the introduction writes it', () => {
    const cast = readCast(
      input({
        intro: ['Energie-Expertin Anna Veronika Wendland ist sich im Gespräch mit Clemens Traub sicher: Der Ausstieg ist Symbolpolitik.'],
        questions: ['Frau Wendland, Wirtschaftsminister Robert Habeck verkündete diese Woche den Ausstieg. Was halten Sie davon?'],
      }),
    );
    expect(cast.interviewee).toEqual({ name: 'Veronika Wendland', source: 'address' });
    // The other one of the pair asks.
    expect(cast.interviewer).toEqual({ name: 'Clemens Traub', source: 'credit' });
  });

  it('takes the real name the introduction gives for a nickname (阿渡本名杜明轩, 杜明轩（网名阿渡）)', () => {
    const named = (intro: string) => readCast(input({ lang: 'zh', title: '和独立游戏开发者阿渡聊了聊：一个人做游戏的第五年', intro: [intro] })).interviewee?.name;
    expect(named('阿渡本名杜明轩，福建泉州人。')).toBe('杜明轩');
    expect(named('杜明轩（网名阿渡）是福建泉州人。')).toBe('杜明轩');
    expect(named('阿渡是福建泉州人。')).toBe('阿渡');
    const aqing = readCast(input({ lang: 'zh', title: '禾木人物志｜店长阿青：我在一家咖啡店，认识了一整条街', intro: ['店长吴青青，大家都叫她阿青。'] }));
    expect(aqing.interviewee?.name).toBe('吴青青');
  });

  it('takes a familiar name the questions address for the full name the introduction gives with it', () => {
    const cast = readCast(input({ lang: 'zh', intro: ['七十四歲的梁永泰，街坊都叫他「泰叔」，在這裏寫了五十年字。'], questions: ['泰叔，你寫咗五十年字，最記得邊個招牌？'] }));
    expect(cast.interviewee).toEqual({ name: '梁永泰', source: 'address' });
    // Two characters and a comma that the introduction does not give are no address ("其实，…").
    expect(readCast(input({ lang: 'zh', intro: ['他今年七十四岁。'], questions: ['老郑，你还修表吗？'] })).interviewee).toBeNull();
  });

  it('reads the credit of a source line the page left out as boilerplate', () => {
    const credited = (creditLines: string[]) => readCast(input({ lang: 'zh', creditLines })).interviewer;
    expect(credited(['（来源：华东证券报 记者 唐晓琳）'])).toEqual({ name: '唐晓琳', source: 'credit' });
    expect(credited(['（来源：华东证券报）'])).toBeNull();
  });

  it('reads the byline\'s person after "Written By"', () => {
    expect(readCast(input({ lang: 'en', bylines: ['Written By Julia Dorsey'] })).interviewer).toEqual({ name: 'Julia Dorsey', source: 'byline' });
  });

  it('takes a signature under the text for the interviewer, not a dash and a name higher up (an epigraph)', () => {
    const signed = (all: string[]) => readCast(input({ lang: 'en', all })).interviewer;
    expect(signed(['Why an island?', 'Because I could afford it.', '—Nell Adebayo'])).toEqual({ name: 'Nell Adebayo', source: 'credit' });
    expect(signed(['— Albert Camus', 'Why an island?', 'Because I could afford it.'])).toBeNull();
  });

  it('takes a short form of the given name for the full one ("Kathi" for Katharina Wendt)', () => {
    const cast = readCast(
      input({
        title: 'Kathi und ihre Solawi',
        intro: ['Wir haben geredet: Katharina Wendt über Mut, Matsch und Gemüse.'],
        questions: ['Kathi, du hattest einen sicheren Job. Wie bist du auf die Idee gekommen?'],
      }),
    );
    expect(cast.interviewee?.name).toBe('Katharina Wendt');
  });

  it('reads the interviewee from the title ("Interview mit ...") and the interviewer from a credit', () => {
    const cast = readCast(
      input({
        title: 'Interview mit Rainer Teuber – #OutInChurch',
        questions: ['Was genau ist #outinchurch?'],
        all: ['Text der Antwort.', '*Interview: Frater Franziskus, Rogate-Kloster Sankt Michael'],
      }),
    );
    expect(cast.interviewee).toEqual({ name: 'Rainer Teuber', source: 'cue' });
    expect(cast.interviewer).toEqual({ name: 'Franziskus', source: 'credit' });
    expect(cast.cue).toBe(true);
  });

  it('reads the byline’s person as the one who asks, not a site or a desk', () => {
    expect(readCast(input({ bylines: ['CSDN.NET', 'VON MORITZ GATHMANN am 21. April 2020'] })).interviewer).toEqual({ name: 'Moritz Gathmann', source: 'byline' });
    expect(readCast(input({ bylines: ['Redaktion'] })).interviewer).toBeNull();
    expect(readCast(input({ bylines: ['NDR'] })).interviewer).toBeNull();
  });

  it('prefers a person of the introduction to a place or a company in the title', () => {
    const cast = readCast(
      input({
        lang: 'en',
        title: '“This is a library, I just hadn’t admitted it”',
        intro: [
          'For three years, every drill I’ve used has come from a converted laundromat on Pike Street.',
          'Its founder, Marisol Vega-Torres, started it in her garage in 2016. I sat down with her on a Saturday.',
        ],
        questions: ['How does a tool library start in somebody’s garage?'],
      }),
    );
    expect(cast.interviewee?.name).toBe('Marisol Vega-Torres');
  });

  it('takes a possessive in the title for the name without it, and a name that stands "in" somewhere for a place', () => {
    const cast = readCast(
      input({
        lang: 'en',
        title: 'Forty winters on the ice: Pine Portage’s rink keeper on why he still floods at 3 a.m.',
        description: 'Ross MacAulay has flooded the outdoor rink in Pine Portage, Ont., every winter since 1986.',
        intro: ['It is 5 a.m., minus 31, and Ross MacAulay is dragging a hose across the rink behind the Pine Portage community centre.'],
        questions: ['Why do you still do it?'],
      }),
    );
    expect(cast.interviewee?.name).toBe('Ross MacAulay');
  });

  it('takes the name before the brackets in a headline, not the affiliation in them, nor a part of a double name', () => {
    const cast = readCast(
      input({
        lang: 'fr',
        title: 'Hélène Vasseur-Marchand (Coutellerie Vasseur) : « Un fonds raisonne sur cinq ans, moi sur vingt »',
        intro: ['À Thiers, la Coutellerie Vasseur fabrique des couteaux depuis 1896. Hélène Vasseur-Marchand, arrière-petite-fille du fondateur, en a pris la direction en 2015.'],
        questions: ['Quand vous reprenez l’entreprise, dans quel état est-elle ?'],
      }),
    );
    expect(cast.interviewee?.name).toBe('Hélène Vasseur-Marchand');
  });

  it('writes out a double name the questions address by its first part, from a bio after the interview; reads "Interview: …" in the byline', () => {
    const cast = readCast(
      input({
        title: '«Wir sind zu klein, um allein gross zu bleiben»',
        bylines: ['Interview: Reto Baumann'],
        questions: ['Frau Gerber, seit wann wissen Sie, dass Oberwangen allein nicht mehr weiterkommt?'],
        all: ['Frau Gerber, seit wann wissen Sie das?', 'Ursula Gerber-Imhof (58, SVP) ist seit 2014 Gemeindepräsidentin von Oberwangen.'],
      }),
    );
    expect([cast.interviewee?.name, cast.interviewer?.name]).toEqual(['Ursula Gerber-Imhof', 'Reto Baumann']);
  });

  it('takes the name that opens the introduction for its subject, and no name with a kind of place in it ("County Coroner")', () => {
    const cast = readCast(
      input({
        lang: 'en',
        title: 'A County Coroner on the Deaths Nobody Claims',
        intro: ['Ruth Abernathy-Cole was elected coroner of Harlan Ridge County, Ohio, in 2004. Her memoir, Night Shift at the County Line, comes out next week.'],
        questions: ['Who are the people nobody claims?'],
      }),
    );
    expect(cast.interviewee?.name).toBe('Ruth Abernathy-Cole');
  });

  it('does not take someone the questions talk about for the interviewee', () => {
    const cast = readCast(
      input({
        lang: 'de',
        title: 'Gespräch über Kohle',
        intro: ['Luisa Neubauer und die Klimabewegung stehen in der Kritik.'],
        questions: ['Was würden Sie Luisa Neubauer in einem persönlichen Gespräch raten?', 'Und Luisa Neubauer selbst?'],
      }),
    );
    expect(cast.interviewee?.name).not.toBe('Luisa Neubauer');
  });

  it('finds nobody where the page names nobody', () => {
    const cast = readCast(input({ lang: 'en', title: 'Seven questions', questions: ['Why?', 'How?'] }));
    expect([cast.interviewee, cast.interviewer]).toEqual([null, null]);
  });
});
