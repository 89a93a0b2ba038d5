import type { SegmentLang } from '../types';
import { lazyRecord } from './lazy';
import { LETTER, LOWER } from './letters';

/**
 * How people speak in an interview, per language: answers speak in the first person (I or we:
 * a founder answers for the company), questions speak to someone (you, Sie, du, 您), some
 * questions ask without a question mark ("Erzählen Sie ...", "Tell us about ..."), and the
 * interviewer closes with thanks. FAQs, how-tos and explainers do none of this: their
 * questions ask for a reader ("Wie kann ich ...?") and their answers are impersonal. Data, with
 * examples the tests check entry by entry (tests/unit/core/lang/speech.test.ts).
 */
export interface SpeechForms {
  /** I or we, me, my, our ... */
  firstPerson: RegExp;
  /** You, your; the polite and the familiar forms. */
  secondPerson: RegExp;
  /** An opening that asks without a question mark: a request to tell or explain. */
  request: RegExp;
  /** Thanks for the interview, or for the time: how the interviewer closes. */
  thanks: RegExp;
  /** Questions leave out "you" where it is clear (Chinese): its absence says nothing of whom they ask. */
  dropsYou?: boolean;
  examples: {
    firstPerson: string[];
    secondPerson: string[];
    request: string[];
    thanks: string[];
    /** Text that none of the four matches. */
    none: string[];
  };
}

/** No letter on either side (`\b` knows only ASCII letters). */
const W = `(?<![${LETTER}])`;
const E = `(?![${LETTER}])`;

/** A word list as a pattern with Unicode word bounds. */
function words(list: string, flags = ''): RegExp {
  return new RegExp(`${W}(?:${list})${E}`, flags);
}

export const SPEECH: Record<SegmentLang, SpeechForms> = lazyRecord<SegmentLang, SpeechForms>({
  en: () => ({
    firstPerson: words("I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Uu]s|[Oo]ur|[Oo]urs"),
    // "US" is a country: lower case after the first letter.
    secondPerson: words("[Yy]ou|[Yy]ou['’](?:re|ve|ll|d)|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves"),
    request: /^(?:(?:So|And|Now|Finally|Lastly)[,:]?\s+)?(?:Tell|Describe|Explain|Talk|Walk|Take|Give|Share|Help)\s+(?:us|me|our readers)\b|^(?:Please\s+)?(?:describe|explain|tell)\b/i,
    thanks: /^(?:thank you|thanks)\b.{0,80}$|\bthank(?:s| you)(?: so much| very much)? for (?:your time|the interview|talking|speaking|joining|this conversation|sharing)/i,
    examples: {
      firstPerson: ['I think so.', 'We started in 2019.', 'That was our plan.', 'It’s mine.'],
      secondPerson: ['What do you think?', 'Your shows are hopeful.', 'You’re the founder.'],
      request: ['Tell us about the company.', 'So, walk me through the deal.', 'Describe your first job.'],
      thanks: ['Thank you for your time.', 'Thanks so much for talking with us.', 'Thank you.'],
      none: ['The US market grew.', 'Apples are red.', 'Is the tree healthy?'],
    },
  }),
  de: () => ({
    firstPerson: words(`[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein[${LETTER}]*|[Ww]ir|[Uu]ns|[Uu]nser[${LETTER}]*`),
    // Case matters: "Sie" and "Ihnen" speak to someone, "sie" is she or they.
    secondPerson: words(`Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein[${LETTER}]*|[Ee]uch|[Ee]uer[${LETTER}]*|[Ee]ure[${LETTER}]*|[Ii]hr(?= [${LOWER}])`),
    request: /^(?:(?:Und|Also|Zum Schluss|Zum Abschluss|Zuletzt|Bitte)[,:]?\s+)?(?:(?:Erzählen|Beschreiben|Erklären|Schildern|Nennen|Sagen)\s+(?:Sie|Sie uns|Sie mir)\b|(?:Erzähl|Beschreib|Erklär|Schilder|Nenn|Sag)(?:e|t)?\s+(?:uns|mir|mal|dein\p{Ll}*)\b)|^(?:Das|Ein) (?:letzte|Schluss)\s?[Ww]ort (?:haben|hast) (?:Sie|du)\b/u,
    thanks: /^(?:(?:vielen|herzlichen|besten)\s+)?dank(?:e|eschön)?\b.{0,120}$|(?:dank|danke)\w*\s+(?:Ihnen\s+|dir\s+|euch\s+)?(?:sehr\s+)?für\s+(?:das|dieses|unser|Ihre|deine|die)\s+(?:\S+\s+)?(?:Gespräch|Interview|Zeit|Offenheit)/i,
    examples: {
      firstPerson: ['Ich glaube schon.', 'Wir haben 2019 angefangen.', 'Das war unser Plan.', 'Mir ist das wichtig.'],
      secondPerson: ['Wie sehen Sie das?', 'Was hat dich überrascht?', 'Ihr produziert in Kroatien.', 'Wie erkennt Ihr das?'],
      request: ['Erzählen Sie uns von der Firma.', 'Beschreiben Sie Ihren Weg.', 'Erzähl mal von deinem Fang.', 'Zum Schluss: Beschreib deinen Job in drei Worten.', 'Das letzte Wort haben Sie.'],
      thanks: ['Vielen Dank für das Gespräch!', 'Danke für dieses schöne Interview, liebe Mareen.', 'Herzlichen Dank.'],
      none: ['Er steht vor dem Tor.', 'Das Wetter ist gut.', 'Wie kann man Adblue nachfüllen?'],
    },
  }),
  zh: () => ({
    dropsYou: true,
    firstPerson: /我/,
    secondPerson: /[您你]/,
    request: /^(?:请(?:您|你)?|能否|能不能|可否)?(?:简单|先|再){0,2}(?:介绍|谈谈|谈一谈|说说|讲讲|聊聊|分享)/,
    thanks: /^(?:谢谢|感谢|多谢).{0,40}$|感谢(?:您|你)?接受(?:我们的)?采访/,
    examples: {
      firstPerson: ['我觉得是这样。', '我们在2012年开始转型。'],
      secondPerson: ['您怎么看？', '你是从什么时候开始接触Java的？'],
      request: ['请介绍一下畅捷通的转型过程。', '谈谈你的经历。', '能否先简单介绍一下'],
      thanks: ['谢谢！', '感谢您接受采访。'],
      none: ['天气很好。', '如何种植柠檬树？'],
    },
  }),
  fr: () => ({
    // Elided forms (j', m', t') stand before a letter.
    firstPerson: new RegExp(`${W}(?:[Jj]e|[Mm]oi|[Mm]e|[Mm]on|[Mm]a|[Mm]es|[Nn]ous|[Nn]otre|[Nn]os)${E}|${W}[JjMm]['’](?=[${LETTER}])`),
    secondPerson: new RegExp(`${W}(?:[Vv]ous|[Vv]otre|[Vv]os|[Tt]u|[Tt]oi|[Tt]on|[Tt]a|[Tt]es)${E}|${W}[Tt]['’](?=[${LETTER}])`),
    request: /^(?:Racontez|Expliquez|Décrivez|Parlez|Dites)[-\s](?:nous|moi)\b/iu,
    thanks: /^merci\b.{0,120}$|merci (?:beaucoup )?(?:pour|de) (?:cet entretien|votre temps|cette conversation)/iu,
    examples: {
      firstPerson: ['Je pense que oui.', "J'ai commencé en 2019.", 'Nous avons publié un livre.'],
      secondPerson: ['Que pensez-vous de cela ?', 'Votre livre est sorti.', 'Tu as raison.'],
      request: ['Racontez-nous votre parcours.', 'Expliquez-moi cette idée.'],
      thanks: ['Merci pour cet entretien.', 'Merci beaucoup.'],
      none: ['Le marché a grandi.', 'La population vieillit.'],
    },
  }),
  es: () => ({
    firstPerson: words('[Yy]o|[Mm]e|[Mm]í|[Mm]i|[Mm]is|[Nn]osotros|[Nn]osotras|[Nn]uestro|[Nn]uestra|[Nn]uestros|[Nn]uestras|[Cc]onmigo'),
    secondPerson: words('[Uu]sted|[Uu]stedes|[Tt]ú|[Tt]e|[Tt]i|[Tt]u|[Tt]us|[Vv]osotros|[Cc]ontigo'),
    request: /^(?:Cuéntenos|Cuéntanos|Cuénteme|Cuéntame|Explíquenos|Explícanos|Descríbanos|Háblenos|Háblanos)\b/iu,
    thanks: /^(?:muchas )?gracias\b.{0,120}$/iu,
    examples: {
      firstPerson: ['Yo creo que sí.', 'Nuestro plan era otro.'],
      secondPerson: ['¿Qué piensa usted?', '¿Cómo empezaste tú?'],
      request: ['Cuéntenos su historia.', 'Explícanos la idea.'],
      thanks: ['Muchas gracias por la entrevista.'],
      none: ['El mercado creció.'],
    },
  }),
  it: () => ({
    firstPerson: words('[Ii]o|[Mm]i|[Mm]e|[Mm]io|[Mm]ia|[Mm]iei|[Mm]ie|[Nn]oi|[Cc]i|[Nn]ostro|[Nn]ostra|[Nn]ostri|[Nn]ostre'),
    secondPerson: words('Lei|[Tt]u|[Tt]i|[Tt]e|[Tt]uo|[Tt]ua|[Tt]uoi|[Tt]ue|[Vv]oi|[Vv]ostro|[Vv]ostra'),
    request: /^(?:Ci racconti|Raccontaci|Ci spieghi|Spiegaci|Ci parli|Parlaci|Mi racconti)\b/iu,
    thanks: /^grazie\b.{0,120}$/iu,
    examples: {
      firstPerson: ['Io penso di sì.', 'Il nostro piano era diverso.'],
      secondPerson: ['Che cosa ne pensa Lei?', 'Come hai iniziato tu?'],
      request: ['Ci racconti la sua storia.', 'Spiegaci la tua idea.'],
      thanks: ['Grazie mille per il tempo.'],
      none: ['Il mercato è cresciuto.'],
    },
  }),
  pt: () => ({
    firstPerson: words('[Ee]u|[Mm]e|[Mm]im|[Mm]eu|[Mm]inha|[Mm]eus|[Mm]inhas|[Nn]ós|[Nn]osso|[Nn]ossa|[Nn]ossos|[Nn]ossas'),
    secondPerson: words('[Vv]ocê|[Vv]ocês|[Tt]u|[Tt]e|[Tt]eu|[Tt]ua|[Oo] senhor|[Aa] senhora'),
    request: /^(?:Conte-nos|Conte-me|Explique|Descreva|Fale-nos)\b/iu,
    thanks: /^(?:muito )?obrigad[oa]\b.{0,120}$/iu,
    examples: {
      firstPerson: ['Eu acho que sim.', 'O nosso plano era outro.'],
      secondPerson: ['O que você pensa?', 'Como o senhor começou?'],
      request: ['Conte-nos a sua história.'],
      thanks: ['Muito obrigado pela entrevista.'],
      none: ['O mercado cresceu.'],
    },
  }),
  nl: () => ({
    firstPerson: words('[Ii]k|[Mm]ij|[Mm]e|[Mm]ijn|[Ww]ij|[Ww]e|[Oo]ns|[Oo]nze'),
    secondPerson: words('[Uu]|[Uu]w|[Jj]ij|[Jj]e|[Jj]ou|[Jj]ouw|[Jj]ullie'),
    request: /^(?:Vertel|Beschrijf|Leg)\s+(?:ons|me|eens)\b/iu,
    thanks: /^(?:hartelijk )?bedankt\b.{0,120}$|^dank (?:u|je) (?:wel)?\b.{0,120}$/iu,
    examples: {
      firstPerson: ['Ik denk het wel.', 'Onze plannen waren anders.'],
      secondPerson: ['Wat denkt u daarvan?', 'Hoe ben jij begonnen?'],
      request: ['Vertel ons over het bedrijf.'],
      thanks: ['Bedankt voor het gesprek.'],
      none: ['De markt groeide.'],
    },
  }),
  ru: () => ({
    firstPerson: words('[Яя]|[Мм]еня|[Мм]не|[Мм]ной|[Мм]ой|[Мм]оя|[Мм]оё|[Мм]ои|[Мм]оих|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]аш|[Нн]аша|[Нн]аше|[Нн]аши'),
    secondPerson: words('[Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Вв]аш|[Вв]аша|[Вв]аше|[Вв]аши|[Тт]ы|[Тт]ебя|[Тт]ебе|[Тт]вой|[Тт]воя|[Тт]вои'),
    request: /^(?:Расскажите|Расскажи|Объясните|Опишите)(?![а-яё])/u,
    thanks: /^(?:большое )?спасибо(?![а-яё]).{0,120}$/iu,
    examples: {
      firstPerson: ['Я думаю, да.', 'Мы начали в 2019 году.', 'Отец был механиком, меня взяли юнгой.'],
      secondPerson: ['Как вы оказались на реке?', 'Что тебя удивило?'],
      request: ['Расскажите о вашей работе.'],
      thanks: ['Спасибо за разговор!'],
      none: ['Рынок вырос.', 'Паром ходит дважды в день.'],
    },
  }),
});

/** The speech forms of a language, or null where the analysis has none (structure alone decides). */
export function speechOf(lang: SegmentLang | null): SpeechForms | null {
  return lang ? SPEECH[lang] : null;
}

/** Asks something: a question mark (Latin, full-width, Spanish or Arabic), or a request to tell. */
export function asks(text: string, lang: SegmentLang | null): boolean {
  if (/[?？¿؟]/.test(text)) return true;
  return lang !== null && SPEECH[lang].request.test(text.replace(NUMBERED, ''));
}

/** A question's number before it: "4. Tell us about …", "4) ", "Q4: ". */
const NUMBERED = /^(?:Q|F|Frage|Question)?\s?\d{1,2}\s?[.):：]\s+/;
