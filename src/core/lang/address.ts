import type { Lang } from '../types';

/**
 * How one speaks to someone by name: a title, the name, a comma ("Herr Drosten, ...", "Mr.
 * Altman, ...", "奥特曼先生，..."), then words said as I or to you. A paragraph that opens so,
 * addressing the speaker who holds the floor, is said to them, not by them: nobody opens their
 * own words with their own name. Data, with examples the tests check entry by entry
 * (tests/unit/core/lang/address.test.ts).
 */

export interface AddressForms {
  /** Titles before the name, any number of them ("Herr Professor"). */
  titlesBefore?: RegExp;
  /** Titles after the name (Chinese: 先生, 女士, 老师 ...). */
  titlesAfter?: RegExp;
  /** What is said after the address speaks as I or we, or to you. */
  person: RegExp;
  /** Paragraph openings and a name they address. */
  examples: [string, string][];
  /** Openings and a name they do not address: a sentence about that person, or someone else addressed. */
  counterexamples: [string, string][];
}

export const ADDRESS: Record<Lang, AddressForms> = {
  de: {
    titlesBefore: /^(?:(?:Herr|Frau|Dr\.|Prof\.|Professor|Professorin|Doktor|Schwester|Bruder|Pater|Frater|Pfarrer|Pfarrerin|Pastor|Pastorin)\s+)+/,
    // Case matters: "Sie" and "Ihnen" speak to someone, "sie" is she or they.
    person: /(?<![\p{L}])(?:[Ii]ch|[Ww]ir|mich|mir|uns|unser\p{L}*|Sie|Ihnen|Ihr\p{L}*|[Dd]u|dich|dir|dein\p{L}*|euch|euer\p{L}*)(?![\p{L}])/u,
    examples: [
      ['Herr Drosten, ich sage für heute vielen Dank.', 'Drosten'],
      ['Frau Okonkwo, Sie haben vorhin gesagt, dass es billiger wird.', 'Okonkwo'],
      ['Herr Professor Lorenzen, wie sehen Sie das?', 'Lorenzen'],
      ['Frau Dr. Weber, wir müssen zum Schluss kommen.', 'Weber'],
      ['Christian Drosten, haben Sie noch einen Moment?', 'Christian Drosten'],
      ['Schwester Benedikta, wie sind Sie ins Kloster gekommen?', 'Benedikta'],
    ],
    counterexamples: [
      ['Herr Drosten, der Virologe an der Charité, sagte dazu gestern nichts.', 'Drosten'],
      ['Frau Okonkwo, die seit 2019 das Werk leitet, hält das für falsch.', 'Okonkwo'],
      ['Frau Brandt, ich glaube, da unterschätzen Sie die Netze.', 'Okonkwo'],
      ['Ehrlich gesagt, ich weiß es nicht.', 'Drosten'],
    ],
  },
  en: {
    titlesBefore: /^(?:(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.|Professor|Sister|Brother|Father|Reverend|Rev\.)\s+)+/,
    // "US" is a country, "us" a pronoun: lower case after the first letter.
    person: /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Uu]s|[Oo]ur|[Yy]ou|[Yy]ou['’](?:re|ve|ll|d)|[Yy]our)\b/,
    examples: [
      ['Mr. Altman, you said the board had lost trust in you.', 'Altman'],
      ['Sam, one more question before we let you go.', 'Sam'],
      ['Dr. Mensah, thank you for joining us.', 'Mensah'],
      ['Kofi Mensah, thank you.', 'Kofi Mensah'],
    ],
    counterexamples: [
      ['Mr. Altman, 38, said on Tuesday that the company would stay independent.', 'Altman'],
      ['Altman, for his part, stayed quiet.', 'Altman'],
      ['Nilay, I think you are asking the wrong question.', 'Altman'],
      ['Honestly, I don’t know.', 'Altman'],
    ],
  },
  zh: {
    titlesAfter: /(?:先生|女士|小姐|老师|博士|教授|总)$/,
    person: /[我您你]/,
    examples: [
      ['奥特曼先生，您说董事会失去了对您的信任。', '奥特曼'],
      ['李明，我们最后再问一个问题。', '李明'],
    ],
    counterexamples: [
      ['奥特曼先生，38岁，周二表示公司将保持独立。', '奥特曼'],
      ['说实话，我不知道。', '奥特曼'],
    ],
  },
};

/** What stands before the first comma (the address), and the comma with the spaces after it. */
const OPENING = /^([^,，:：;；.?!。？！]{1,40}?)\s*[,，]\s*/u;

/** The end of the first sentence after the address. */
const SENTENCE_END = /[.?!。？！]/;

/**
 * True when the paragraph opens by addressing one of `names` (a speaker's name and label forms,
 * compared without case and titles) and goes on as I or to you: "Herr Drosten, ich ...".
 */
export function addresses(text: string, names: readonly string[], lang: Lang): boolean {
  const forms = ADDRESS[lang];
  const untitled = forms.titlesBefore ? text.replace(forms.titlesBefore, '') : text;
  const opening = OPENING.exec(untitled);
  if (!opening) return false;
  const name = (forms.titlesAfter ? opening[1].replace(forms.titlesAfter, '') : opening[1]).trim().toLowerCase();
  if (!name || !names.some((candidate) => candidate.toLowerCase() === name)) return false;
  const rest = untitled.slice(opening[0].length);
  const end = rest.search(SENTENCE_END);
  return forms.person.test(end < 0 ? rest : rest.slice(0, end));
}
