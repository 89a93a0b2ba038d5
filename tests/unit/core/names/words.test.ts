import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../../src/core/link';
import { GERMAN_INSTITUTIONS, LATIN_BRANDS } from '../../../../src/core/names/places';
import { DEMONYMS, GERMAN_INDEFINITES, GERMAN_SENTENCE_ADVERBS, GERMAN_INSTITUTION_NOUNS, GERMAN_KIND_NOUNS, LAW_SECTION_WORDS, PLACE_ENDINGS, WEB_DOMAINS } from '../../../../src/core/names/words';
import type { Speaker } from '../../../../src/core/types';

/** The Latin-script name finder's words (words.ts), each entry in a sentence of its own. */
function names(text: string, lang = 'de', speakers: Speaker[] = []): string[] {
  const question = lang === 'en' ? 'F: A question.' : 'F: Eine Frage.';
  return linkEntities([question, `A: ${text}`], { lang: 'de', pageLang: lang, speakers, knowledge: [], starts: [3, 3] }).map((e) => e.label);
}

describe('German words of a kind make the word after them a name', () => {
  it.each([...GERMAN_KIND_NOUNS])('%s', (kind) => {
    expect(names(`Wir sprachen über ${kind} Lützerath und mehr.`)).toEqual(['Lützerath']);
  });

  it('also as the end of a compound, and in the plural', () => {
    expect(names('Mit unserer Sporterlebnis-Plattform Fitfox wachsen wir.')).toEqual(['Fitfox']);
    expect(names('Er schrieb für die Angelfachzeitschriften „Fisch und Fang“ und „Der Raubfisch“.')).toEqual(['Fisch und Fang', 'Der Raubfisch']);
  });

  it('but a place is no kind of mountain or town', () => {
    expect(names('Es gab einen Skandal in Kreuzberg und Darmstadt.')).toEqual(['Kreuzberg', 'Darmstadt']);
  });
});

describe('German institutions keep their place or patron', () => {
  it.each([...GERMAN_INSTITUTION_NOUNS])('%s', (institution) => {
    expect(names(`Sie arbeitet mit der ${institution} Rotterdam zusammen.`)).toEqual([`${institution} Rotterdam`]);
  });
});

describe('German place endings', () => {
  it.each(PLACE_ENDINGS)('-%s', (ending) => {
    expect(names(`Damals waren wir in Wacker${ending} und sonst nirgends.`)).toEqual([`Wacker${ending}`]);
  });

  it('not after a determiner, nor at a sentence start', () => {
    expect(names('Im Vorfeld gab es das Umfeld. Umfeld ist wichtig.')).toEqual([]);
  });
});

describe('German indefinite articles make a common noun of the next word', () => {
  it.each([...GERMAN_INDEFINITES])('%s', (article) => {
    expect(names(`Es gibt ${article} Menge Strom, sagt er.`)).toEqual([]);
  });
});

describe('German capitalised adjectives inside a sentence start a name', () => {
  it('after a definite article, not after a description', () => {
    expect(names('Das bezahlt die Europäische Union und die Kassenärztliche Vereinigung.')).toEqual(['Europäische Union', 'Kassenärztliche Vereinigung']);
    expect(names('Er arbeitet an der Berliner Charité.')).toEqual(['Berliner Charité']);
    expect(names('Sie ging zu einem namhaften Kölner Verlag.')).toEqual(['Köln']);
  });

  it('an adjective of a known place that is no part of a name mentions the place', () => {
    const found = linkEntities(['F: Eine Frage.', 'A: Ich liebe meine Brandenburger Gewässer und einen Kölner Verlag.'], { lang: 'de', pageLang: 'de', speakers: [], knowledge: [], starts: [3, 3] });
    expect(found.map((e) => [e.label, e.mentions])).toEqual([['Brandenburg', 1], ['Köln', 1]]);
  });

  it('a title or a word of a kind before a single name, a genitive before a noun is the person', () => {
    const habeck: Speaker = { id: 'h', name: 'Robert Habeck', aliases: [], role: 'interviewee' };
    expect(names('Frau Merkel hat das gesagt. Habecks Plan ist anders.', 'de', [habeck])).toEqual(['Robert Habeck', 'Merkel']);
  });

  it('a sentence may start with a name of two words, not with an inflected adjective', () => {
    expect(names('Magnus Hirschfeld verstand das anders.')).toEqual(['Magnus Hirschfeld']);
    expect(names('Neue Berechnungen zeigen das.')).toEqual([]);
  });

  it('an abbreviation before a noun is the name', () => {
    expect(names('Die PDS-Bürgermeisterin und der PCR-Test.')).toEqual(['PDS', 'PCR']);
  });
});

describe('English and French words for peoples are no names', () => {
  it.each([...DEMONYMS])('%s', (people) => {
    expect(names(`Well, the ${people} fans liked it.`, 'en')).toEqual([]);
  });
});

describe('French and Italian elisions are no part of a name', () => {
  it('l’, d’, L’, dell’', () => {
    expect(names('La politique d’Emmanuel Macron et de l’Union, dit-il.', 'fr')).toEqual(['Emmanuel Macron', 'Union']);
    expect(names("Oui. L'Europe doit parler.", 'fr')).toEqual(['Europe']);
    expect(names("La storia dell'Europa.", 'it')).toEqual(['Europa']);
  });
});

describe('brands known the world over are names even as one German word', () => {
  it.each([...LATIN_BRANDS])('%s', (brand) => {
    expect(names(`Wir sprechen heute über ${brand} und so weiter.`)).toEqual([brand]);
  });
});

describe('web addresses are names, in lowercase too', () => {
  it.each([...WEB_DOMAINS])('.%s', (domain) => {
    expect(names(`Das steht auf beispiel.${domain} und sonst nirgends.`)).toEqual([`beispiel.${domain}`]);
  });

  it('not file names nor abbreviations with dots', () => {
    expect(names('Wir nutzen node.js, d.h. alles andere, z.B. sonst nichts.')).toEqual([]);
  });
});

describe('a section of a law cited by its number is a name', () => {
  it.each([...LAW_SECTION_WORDS])('%s', (word) => {
    expect(names(`Das regelte früher der ${word} 175 im Strafrecht.`)).toEqual([`${word} 175`]);
  });

  it('and the section sign', () => {
    expect(names('Es geht um § 218 und um §219a, sagt sie.')).toEqual(['§ 218', '§219a']);
  });
});

describe('German institutions and parties known to every reader are names, after an article too', () => {
  it.each([...GERMAN_INSTITUTIONS])('%s', (institution) => {
    expect(names(`Wir sprechen heute über ${institution} und so weiter.`)).toEqual([institution]);
    expect(names(`Das hat die ${institution} so gewollt, sagt er.`)).toEqual([institution]);
  });
});

describe('on an English page, German and French function words are names', () => {
  it('Son, Y, Des, Le, War', () => {
    expect(names('Well, we met Masayoshi Son and people from Y Combinator in Des Moines, said Le Monde.', 'en')).toEqual(['Masayoshi Son', 'Y Combinator', 'Des Moines', 'Le Monde']);
    expect(names('We watched Lord of War again.', 'en')).toEqual(['Lord of War']);
  });

  it('but not on a German or French page', () => {
    expect(names('Das war gut. Die Regierung war dafür.')).toEqual([]);
  });
});

describe('quoted names', () => {
  it('may open with a common abbreviation', () => {
    expect(names('Das Motto „AI for Industries“ war gut, sagt sie.')).toEqual(['AI for Industries']);
  });
});

describe('German adverbs that open a sentence are no part of the name after them', () => {
  it.each([...GERMAN_SENTENCE_ADVERBS])('%s', (adverb) => {
    expect(names(`Das ist so. ${adverb} Angela Merkel hat das gesagt.`)).toEqual(['Angela Merkel']);
  });
});

describe('numbers', () => {
  it('a small number ends a name, not a quantity in a list or range', () => {
    expect(names('Er sprach über Isar 2 und mehr.')).toEqual(['Isar 2']);
    expect(names('Sie sagen, in Deutschland 30, 40 Prozent und in England 5 % oder in Italien 20-30.')).toEqual(['Deutschland', 'England', 'Italien']);
  });
});
