import type { SegmentLang } from '../types';
import { lazyRecord } from './lazy';
import { HAN, LETTER, LOWER, UPPER } from './letters';
import { NOT_NAME_WORDS } from './labels';

/**
 * What a page says around an interview, per language: that it is one ("Interview mit ...",
 * "spoke with ...", "专访"), who was interviewed (the name after such a cue), who asked (a
 * credit: "Interview: Julia Lauter", "Das Gespräch führte ...", "Propos recueillis par ..."),
 * and what closes it (a credit, a note on the text, a biography). Data, with examples the
 * tests check entry by entry (tests/unit/core/lang/cues.test.ts).
 *
 * Names are captured by a `(?<name>...)` group; `NAME` below is a person's name of one to four
 * capitalised words (particles and initials allowed), or two to four Han characters.
 */
export interface CueForms {
  /** Title or introduction words that say the text is an interview. */
  interview: RegExp;
  /** An interviewee named by the words around them: "Interview mit NAME", "spoke with NAME". */
  interviewee: Cue[];
  /** The interviewer named by a credit line: "Interview: NAME", "Das Gespräch führte NAME". */
  interviewer: Cue[];
  /**
   * Two people in conversation ("NAME im Gespräch mit NAME2"): the one who is not the interviewee
   * asks. A cue like the others: the pattern opens with a name, so it would be tried at every
   * capitalised word of the title and introduction; its key words are looked for first.
   */
  pair: Cue | null;
  /** A paragraph after the last answer that is not the answer: a credit, a note on the text, a biography. */
  afterword: RegExp;
  examples: {
    interview: string[];
    interviewee: [string, string][];
    interviewer: [string, string][];
    afterword: string[];
    /** Text none of the patterns matches (no cue, no name). */
    none: string[];
  };
}

/**
 * A pattern that captures a name, and the cheap test of its key words that must pass first: a
 * name pattern is tried at every capitalised word, and most texts hold none of its key words.
 */
export interface Cue {
  pattern: RegExp;
  when: RegExp;
}

/** A capitalised name word: "Anna", "Höferer", "O'Neil", "Krafft-Ebing", an initial "M.". */
const WORD = `[${UPPER}][${LOWER}'’]*(?:-[${UPPER}]?[${LOWER}'’]+)*\\.?`;
const PARTICLE = '(?:von|van|der|den|de|da|di|du|del|della|la|le|bin|al|el|zu|ten|ter|dos|das)';
/** One to four name words, particles between them. */
const NAME = `(?<name>${WORD}(?:\\s+(?:${PARTICLE}\\s+)*${WORD}){0,3})(?![${LETTER}])`;
/** A Han name: two to four characters, or a transliteration with middle dots. */
/** Lazy: Han text has no spaces, so the name is the shortest run before the delimiter (role words stand before it). */
const HAN_NAME = `(?<name>[${HAN}]{2,3}?(?:[·•・][${HAN}]{1,5})*)`;
/** Words that may stand between the cue and the name: a role, an article ("mit Gründerin Mareen Burk"). */
const ROLE_DE = `(?:(?:de[mnr]|die|das)\\s+)?(?:[${LOWER}]+\\s+)?`;
const ROLE_EN = `(?:(?:the|a|an)\\s+)?(?:(?:[${LOWER}-]+\\s+){0,2}(?:CEO|CTO|founder|co-founder|author|director|analyst|producer|professor|writer|artist|chef|designer|expert|actor|actress|executive|head|president|minister|scientist|researcher|creator|developer|engineer)\\s+)?`;

/** A cue of two names, `NAME` and `NAME2`: its pattern, tried only where `when` finds its key words. */
function pairCue(when: string, source: string): Cue {
  return { pattern: new RegExp(source.replace('NAME2', NAME.replace('<name>', '<other>')).replace('NAME', NAME)), when: new RegExp(when, 'i') };
}

function re(source: string, flags = ''): RegExp {
  return new RegExp(source.replaceAll('NAME', NAME).replaceAll('HAN', HAN_NAME), flags);
}

/** A cue: its pattern, tried only where `when` (key words, any case) finds one. */
function cue(when: string, source: string): Cue {
  return { pattern: re(source), when: new RegExp(when, 'i') };
}

export const CUES: Record<SegmentLang, CueForms> = lazyRecord<SegmentLang, CueForms>({
  de: () => ({
    // No bound before: German compounds end in the noun (Anglertalk, Sommerinterview).
    // A job interview is a topic, not this text's form ("Fragen im Vorstellungsgespräch").
    interview: /(?:(?<!Vorstellungs|Bewerbungs|Job|Mitarbeiter|Verkaufs|Kunden)(?:Interview|Gespräch)(?! ?-?(?:fragen|tipps))|Talk|Nachgefragt|Fragen an|im Dialog mit|spricht mit|sprach mit|sprachen mit|befragt)/iu,
    interviewee: [
      cue('(?:interview|gespräch|talk|fragen) (?:mit|an) ', `(?:Interview|Gespräch|[Tt]alk|Fragen)\\s+(?:mit|an)\\s+${ROLE_DE}NAME`),
      cue('(?:sprach|spricht|unterhielt|haben)[^.]*\\bmit ', `(?:[Ss]prach(?:en)?|[Ss]pricht|[Uu]nterhielt(?:en)? sich|[Hh]aben)\\s+(?:[${LOWER}]+\\s+){0,3}mit\\s+${ROLE_DE}NAME`),
      cue(' (?:im (?:interview|gespräch)|über) ', `^NAME\\s+(?:im\\s+(?:Interview|Gespräch)|über\\s)`),
      cue('(?:interview|gespräch)\\s*:', `(?:Interview|Gespräch)\\s*:\\s*NAME\\s*[–—-]`),
      cue('(?:interview|gespräch) von ', `(?:Interview|Gespräch)\\s+von\\s+(?:[${LETTER}.-]+\\s+){1,4}?mit\\s+${ROLE_DE}NAME`),
      // The subject answers: "NAME hat unsere Fragen beantwortet", "NAME sprach mit uns".
      cue('fragen beantwortet|beantwortete|sprach mit (?:uns|mir)|erzählt', `NAME(?:,[^.;]{0,100},)?\\s+(?:hat\\s+(?:uns\\s+)?(?:unsere|meine|die|einige)\\s+Fragen\\s+beantwortet|beantwortete\\s+(?:unsere|meine|die)\\s+Fragen|sprach\\s+mit\\s+(?:uns|mir)|erzählt(?:e)?\\s+(?:uns|mir))`),
    ],
    interviewer: [
      cue('^\\W{0,3}(?:interview|fragen|gespräch|das interview|das gespräch|die fragen|ein interview)', `^\\*?\\s*(?:Interview|Fragen|Gespräch|Das Interview führte|Das Gespräch führte|Die Fragen stellte|Interview von|Ein Interview von)\\s*:?\\s+NAME`),
      // Two who asked: "Das Gespräch führten Jana Lindqvist und Matthias Görres."
      pairCue('(?:interview|gespräch) führte', `(?:Das|Dieses) (?:Interview|Gespräch) (?:führte|führten)\\s+NAME(?:\\s+und\\s+NAME2)?`),
      cue('(?:interview|gespräch) von ', `[Ee]in (?:Interview|Gespräch) von\\s+NAME\\s+mit\\s`),
      // The credit inside a note: "… ist in der Rundschau erschienen. Die Fragen stellte Sabine Gruber-Wallner."
      cue('die fragen stellte', `Die Fragen stellten?\\s+NAME`),
      // The host of a radio or podcast interview: "Darüber hat Moderatorin Ulrike Stahl … gesprochen".
      cue('moderator|reporterin|reporter', `(?:Moderatorin|Moderator|Reporterin|Reporter)\\s+NAME`),
      // A guest of the host's show: "war … bei Kai Brandes in der Morningshow zu Gast".
      cue('zu gast', `\\bbei\\s+NAME\\s+(?:[^.;:]{0,60}\\s)?zu\\s+Gast\\b`),
    ],
    pair: pairCue('im\\s+(?:gespräch|interview|dialog)\\s+mit\\s', `NAME\\s+(?:[${LOWER}]+\\s+){0,3}im\\s+(?:Gespräch|Interview|Dialog)\\s+mit\\s+${ROLE_DE}NAME2`),
    afterword: /^(?:[*†]|\(?(?:Das|Dieses) (?:Interview|Gespräch) (?:wurde|ist|erschien|führte)|\(?(?:Der|Dieser) (?:Text|Beitrag|Artikel) (?:wurde|erschien)|(?:Zuerst|Erstmals|Ursprünglich) (?:erschienen|veröffentlicht)|Erstveröffentlichung|Transkri(?:biert von|ption\s*:)|(?:Interview|Fotos?|Bilder?|Text|Protokoll|Mitarbeit|Übersetzung|Redaktion)\s*:|Über (?:den|die) (?:Autor|Autorin|Interviewpartner|Interviewpartnerin|Gesprächspartner|Gesprächspartnerin)|Zur Person\b|Weiterführende Links|Mehr zum Thema|Verwandte Themen)/u,
    examples: {
      interview: ['Interview mit Rainer Teuber', 'Im Gespräch mit Clemens Traub', 'Ein Gespräch über Kohle'],
      interviewee: [
        ['Interview mit Rainer Teuber – #OutInChurch', 'Rainer Teuber'],
        ['Lieblingslabel: Faire Swimwear + Interview mit Gründerin Mareen Burk', 'Mareen Burk'],
        ['Anglertalk mit Stephan Höferer', 'Stephan Höferer'],
        ['Wir haben mit der Historikerin Anna Veronika Wendland gesprochen', 'Anna Veronika Wendland'],
        ['Jan Kegelberg über Tops und Flops', 'Jan Kegelberg'],
        ['Ein Interview von Eugen Zentner mit Sonja Silberhorn.', 'Sonja Silberhorn'],
        ['Mareen Burk hat unsere Fragen beantwortet.', 'Mareen Burk'],
      ],
      interviewer: [
        ['*Interview: Frater Franziskus, Rogate-Kloster', 'Frater Franziskus'],
        ['Interview: Julia Lauter', 'Julia Lauter'],
        ['Ein Interview von Eugen Zentner mit Sonja Silberhorn.', 'Eugen Zentner'],
        ['Das Gespräch führte Moritz Gathmann.', 'Moritz Gathmann'],
        ['Das Gespräch führten Jana Lindqvist und Matthias Görres.', 'Jana Lindqvist & Matthias Görres'],
        ['Darüber hat Moderatorin Ulrike Stahl mit ihr gesprochen.', 'Ulrike Stahl'],
        ['Heute Morgen war er bei Kai Brandes in der Morningshow zu Gast.', 'Kai Brandes'],
        ['Das Interview ist am 7. Februar erschienen. Die Fragen stellte Sabine Gruber-Wallner.', 'Sabine Gruber-Wallner'],
      ],
      afterword: ['*Interview: Frater Franziskus', 'Das Interview wurde am 7. Oktober 2022 geführt.', 'Über die Autorin: Sie lebt in Kiel.', 'Weiterführende Links:', 'Dieser Text wurde zuerst im Magazin Nordlicht veröffentlicht.', 'Zuerst erschienen in der Ausgabe 3/2024.', 'Transkription: Lea Brandt'],
      none: ['Die Kohle bleibt im Boden.', 'Wir danken dem Verlag.', 'Die zehn häufigsten Fragen im Vorstellungsgespräch', 'Tipps fürs Bewerbungsgespräch', 'Typische Interviewfragen und gute Antworten'],
    },
  }),
  en: () => ({
    // A job interview is a topic, not this text's form ("6 Common Job Interview Questions").
    interview: new RegExp(`(?<![${LETTER}])(?<!job )(?:interview(?! (?:questions?|tips|skills|prep))|interviewed|Q&A|Q ?& ?A|in conversation|conversation with|questions (?:with|for)|spoke (?:with|to)|talked (?:with|to)|sat down with|spotlight)(?![${LETTER}])`, 'i'),
    interviewee: [
      cue('(?:interview|q&a|conversation) with |questions (?:with|for) ', `(?:(?:[Ii]nterview(?:ed)?|Q&A|[Cc]onversation)\\s+with|[Qq]uestions\\s+(?:with|for))\\s+${ROLE_EN}NAME`),
      // The subject asks: "we spoke with NAME" (in "NAME sat down with the Herald", NAME answers).
      cue('(?:spoke|talked|sat down|caught up|chatted) (?:with|to) ', `(?:[Ww]e|I|[Oo]ur [${LOWER}]+)\\s+(?:[${LOWER}]+\\s+)?(?:spoke|talked|sat down|caught up|chatted)\\s+(?:with|to)\\s+${ROLE_EN}NAME`),
      cue('(?:q&a|interview)\\s*:', `(?:Q&A|[Ii]nterview)\\s*:\\s*${ROLE_EN}NAME`),
      // The subject answers: "NAME, who co-founded the company, answered our questions".
      cue('answered|spoke (?:to|with) (?:us|me)|talked (?:to|with) (?:us|me)|told (?:us|me)|sat down with (?:us|me)', `NAME(?:,[^.;]{0,100},)?\\s+(?:answered (?:our|my|the|a few|some) questions|spoke (?:to|with) (?:us|me)|talked (?:to|with) (?:us|me)|told (?:us|me)|sat down with (?:us|me))`),
      cue('according to ', `[Aa]ccording to\\s+${ROLE_EN}(?:[${LETTER}-]+\\s+){0,3}?(?:[Ff]ounder|CEO|[Aa]nalyst|[Aa]uthor|[Ee]xpert)\\s+NAME`),
    ],
    interviewer: [
      cue('^\\W{0,3}(?:interview|questions by|as told to)', `^\\*?\\s*(?:Interview(?:ed)? by|Questions by|Interview|As told to)\\s*:?\\s+NAME`),
      cue('(?:interview|interviewed|conducted) by ', `(?:[Ii]nterview(?:ed)?|[Cc]onducted) by\\s+NAME`),
      cue('host|presenter', `(?:[Hh]ost|[Pp]resenter)\\s+NAME`),
    ],
    // "Program officer Janelle Okoro sat down with Rosa": which of the two asks, the one the page presents tells.
    pair: pairCue(
      '(?:in\\s+conversation|sat\\s+down|spoke|talked|caught\\s+up|chatted)\\s+(?:with|to)\\s',
      `(?!(?:I|We|He|She|They)\\s)NAME\\s+(?:in\\s+conversation|sat\\s+down|spoke|talked|caught\\s+up|chatted)\\s+(?:with|to)\\s+${ROLE_EN}NAME2`,
    ),
    afterword: /^(?:[*†]|\(?This (?:interview|article|conversation|story|piece|post|Q&A|transcript) (?:has been|was|appears|appeared|originally|first)|(?:Originally|First) (?:published|appeared)|A version of this (?:interview|article|conversation|story|piece)|Transcri(?:bed|pt|ption) (?:by|:)|(?:Journal reference|References?|Citation|DOI)\s*:|(?:Interview|Photos?|Images?|Text|Reporting|Editing) (?:by|:)|About the (?:author|interviewee)|Want to (?:know|learn|read) more|Read (?:more|next)|Check back)/iu,
    examples: {
      interview: ['Q&A with the producer', 'We spoke with Austin about her wigs', 'Leader spotlight: Erin Spiceland', 'Ten questions for a beekeeper'],
      interviewee: [
        ['Here, we spoke with Austin about her own wig journey', 'Austin'],
        ['Joanna Reyes-Whitcomb, who co-founded the company with her brother, answered our questions by email', 'Joanna Reyes-Whitcomb'],
        ['An interview with the founder Dianne Austin', 'Dianne Austin'],
        ['Wig Options, According to Coils to Locs Founder Dianne Austin', 'Dianne Austin'],
        ['Reader Favourites: 5 Questions with Tomas Lindqvist', 'Tomas Lindqvist'],
      ],
      interviewer: [
        ['Interview by John Roy', 'John Roy'],
        ['This interview was conducted by Kayla Greaves.', 'Kayla Greaves'],
        ['Our host Dana Whitlock talks to a structural engineer.', 'Dana Whitlock'],
      ],
      afterword: ['*This article appears in the September 5, 2016 issue.', 'This interview has been edited for length and clarity.', 'Want to know more about Erin Spiceland?', 'This post originally appeared on the Field Notes blog.', 'Originally published in the spring issue.', 'A version of this interview appeared in print.', 'Transcribed by https://otter.ai', 'Journal reference: Marine Microbial Ecology 12, 2026'],
      none: ['The market grew.', 'She said it was fine.', '6 Common Job Interview Questions (With Sample Answers)', 'Interview tips for graduates'],
    },
  }),
  zh: () => ({
    interview: /专访|访谈|采访|对话|对谈|问答|答记者问|接受.{0,10}采访|聊了聊|聊一聊|專訪|訪談|採訪|對話|對談|問答|接受.{0,10}採訪/u,
    interviewee: [
      cue('专访|对话|访谈', `(?:专访|对话|访谈)[^，。：:“”"\\n]*HAN[：:，]`),
      // A headline's column and speaker: "禾木人物志｜店长阿青：我在一家咖啡店…".
      cue('[｜|]', `^[^，。：:“”"\\n｜|]{1,12}[｜|]\\s*[^，。：:“”"\\n]*HAN[：:]`),
      // "和独立游戏开发者阿渡聊了聊": the one talked with.
      cue('聊了聊|聊一聊', `[和与跟][^，。：:“”"\\n]*HAN(?:聊了聊|聊一聊)`),
      cue('采访了|专访了|对话了', `(?:采访了|专访了|对话了)[^，。：:“”"\\n]*HAN[（(，。]`),
      // "摊主叫郑国华，今年六十三岁": a person introduced by name, a common surname first ("都叫他老郑。" is no name).
      cue('叫', `(?:名叫|叫做|叫)(?=[${[...HAN_SURNAMES].join('')}])HAN[，。,、（(]`),
    ],
    interviewer: [
      // The name ends the line or a space follows it: "记者：当初为什么…" is a question under a label.
      cue('^(?:采访|记者|采访者|文|撰文|采写)', `^(?:采访|记者|采访者|文|撰文|采访/撰文|采访、撰文|采写)\\s*[：:/｜|]\\s*HAN(?=\\s|$)`),
      // A reporter's credit after the text: "（学生记者 陈一帆 采访整理）", "记者 王芳 采写".
      cue('记者', `记者\\s*HAN\\s*(?:采访整理|采访|采写|整理|报道)`),
      // "（来源：华东证券报 记者 唐晓琳）": the name alone after 记者, where a bracket or the line ends it.
      cue('记者', `记者\\s+HAN(?=[）)]|\\s*$)`),
    ],
    pair: null,
    afterword: /^(?:作者简介|嘉宾简介|演讲嘉宾|风险提示|免责声明|本文(?:为|系|由|首发|经|转自|原载|来自)|原文(?:链接|地址|标题)|转载(?:自|请)|责任编辑|欢迎(?:交流|留言|讨论|评论|关注|转发|分享)|校对[：:]|审校[：:]|图片编辑|美编[：:]|更多(?:报道|内容|精彩)|完整(?:内容|版|节目)|《[^》]{1,30}》$|（完）|\(完\)|【|编者按|(?:延伸|相关|关联|推荐)阅读|往期回顾|猜你喜欢)/u,
    examples: {
      interview: ['专访唯品会架构师肖桦', '图书作者纪磊访谈', '【專訪】深水埗最後的手寫招牌師傅', '和独立游戏开发者阿渡聊了聊', '辞职去云南种咖啡的第三年｜对谈孟远'],
      interviewee: [
        ['专访唯品会架构师肖桦：做编码的架构师', '肖桦'],
        ['CSDN特别采访了SpringSide发起人肖桦（网名江南白衣）', '肖桦'],
        ['我们专访了禾润科技创始人许嘉宁，', '许嘉宁'],
        ['和独立游戏开发者阿渡聊了聊：一个人做游戏的第五年', '阿渡'],
        ['禾木人物志｜店长阿青：我在一家咖啡店，认识了一整条街', '阿青'],
        ['摊主叫郑国华，今年六十三岁。', '郑国华'],
      ],
      interviewer: [['采访：魏伟', '魏伟'], ['记者：刘一帆', '刘一帆'], ['采访：许栀　整理：何苗', '许栀'], ['（学生记者 陈一帆 采访整理　图/受访者提供）', '陈一帆'], ['（来源：华东证券报 记者 唐晓琳）', '唐晓琳']],
      afterword: ['作者简介：肖桦，开源项目发起人', '（完）', '本文首发于微信公众号星河观察，经授权转载。', '原文链接：星河观察', '欢迎留言交流。', '校对：王明', '关联阅读：独立开发者的第一年', '更多报道详见本刊第45期', '《河口》', '完整内容请收听本期节目。', '风险提示：本文内容转载自媒体报道，不构成任何投资建议。'],
      none: ['天气很好。', '记者：当初为什么想到开辟自留地？', '街坊都叫他老郑。', '他叫了一辆车。'],
    },
  }),
  fr: () => ({
    interview: new RegExp(`(?<![${LETTER}])(?:entretien|interview|entrevue|propos recueillis|questions à|dialogue avec)`, 'i'),
    interviewee: [cue('(?:entretien|interview|entrevue|questions) (?:avec|à) ', `(?:[Ee]ntretien|[Ii]nterview|[Ee]ntrevue|[Qq]uestions)\\s+(?:avec|à)\\s+(?:(?:le|la|l['’])\\s*(?:[${LOWER}]+\\s+){0,2})?NAME`)],
    interviewer: [
      cue('propos recueillis par|réalisé par|entretien par', `(?:[Pp]ropos recueillis par|[Ee]ntretien réalisé par|[Uu]n entretien (?:réalisé )?par)\\s+NAME`),
      // The radio's host: "était l’invitée du Grand Entretien, au micro de Claire Vasseur".
      cue('au micro de', `au micro d(?:e\\s+|['’])NAME`),
    ],
    pair: null,
    afterword: /^(?:[*†]|Propos recueillis|(?:Photos?|Crédits?)\s*:)/u,
    examples: {
      interview: ['Un entretien avec François Héran', 'Propos recueillis par Marie Dupont'],
      interviewee: [['Un entretien avec François Héran', 'François Héran']],
      interviewer: [['Propos recueillis par Marie Dupont', 'Marie Dupont'], ['Elle était l’invitée du Grand Entretien, au micro de Claire Vasseur, ce mardi.', 'Claire Vasseur']],
      afterword: ['Propos recueillis par Marie Dupont.'],
      none: ['La population vieillit.'],
    },
  }),
  es: () => ({
    interview: new RegExp(`(?<![${LETTER}])(?:entrevista|conversación con|charla con)`, 'i'),
    interviewee: [cue('(?:entrevista|conversación|charla) (?:con|a) ', `(?:[Ee]ntrevista|[Cc]onversación|[Cc]harla)\\s+(?:con|a)\\s+NAME`)],
    interviewer: [cue('realizada por|\\bpor\\b', `(?:[Ee]ntrevista realizada por|[Pp]or)\\s*:?\\s+NAME$`)],
    pair: null,
    afterword: /^(?:[*†])/u,
    examples: {
      interview: ['Entrevista con Ana Ruiz'],
      interviewee: [['Entrevista con Ana Ruiz', 'Ana Ruiz']],
      interviewer: [['Entrevista realizada por Pedro Gil', 'Pedro Gil']],
      afterword: ['* Nombre cambiado'],
      none: ['El mercado creció.'],
    },
  }),
  it: () => ({
    interview: new RegExp(`(?<![${LETTER}])(?:intervista|conversazione con)`, 'i'),
    interviewee: [cue('(?:intervista|conversazione) (?:con|a) ', `(?:[Ii]ntervista|[Cc]onversazione)\\s+(?:con|a)\\s+NAME`)],
    interviewer: [cue('intervista (?:a cura di|di) ', `[Ii]ntervista (?:a cura di|di)\\s+NAME`)],
    pair: null,
    afterword: /^(?:[*†])/u,
    examples: {
      interview: ['Intervista a Marco Rossi'],
      interviewee: [['Intervista a Marco Rossi', 'Marco Rossi']],
      interviewer: [['Intervista a cura di Paola Bianchi', 'Paola Bianchi']],
      afterword: ['* Nome di fantasia'],
      none: ['Il mercato è cresciuto.'],
    },
  }),
  pt: () => ({
    interview: new RegExp(`(?<![${LETTER}])(?:entrevista|conversa com)`, 'i'),
    interviewee: [cue('(?:entrevista|conversa) (?:com|a) ', `(?:[Ee]ntrevista|[Cc]onversa)\\s+(?:com|a)\\s+NAME`)],
    interviewer: [cue('entrevista (?:feita |conduzida )?por ', `[Ee]ntrevista (?:feita |conduzida )?por\\s+NAME`)],
    pair: null,
    afterword: /^(?:[*†])/u,
    examples: {
      interview: ['Entrevista com Ana Souza'],
      interviewee: [['Entrevista com Ana Souza', 'Ana Souza']],
      interviewer: [['Entrevista conduzida por João Lima', 'João Lima']],
      afterword: ['* Nome alterado'],
      none: ['O mercado cresceu.'],
    },
  }),
  nl: () => ({
    interview: new RegExp(`(?<![${LETTER}])(?:interview|gesprek met|in gesprek)`, 'i'),
    interviewee: [cue('(?:interview|gesprek) met ', `(?:[Ii]nterview|[Gg]esprek)\\s+met\\s+NAME`)],
    interviewer: [cue('interview(?:: | door )', `[Ii]nterview(?:: | door )NAME`)],
    pair: null,
    afterword: /^(?:[*†])/u,
    examples: {
      interview: ['Interview met Jan de Vries'],
      interviewee: [['Interview met Jan de Vries', 'Jan de Vries']],
      interviewer: [['Interview door Els Smit', 'Els Smit']],
      afterword: ['* Naam gewijzigd'],
      none: ['De markt groeide.'],
    },
  }),
  ru: () => ({
    interview: /(?:интервью|беседовал|беседу вел|разговор с|поговорил[аи]? с)/iu,
    // "Интервью с Ириной Соколовой": the name after "с" is declined, not as the page names her.
    interviewee: [],
    interviewer: [cue('беседовал|беседу вел|интервью взял', `(?:[Бб]еседовал[аи]?|[Бб]еседу вел[аи]?|[Ии]нтервью взял[аи]?)\\s+NAME`)],
    pair: null,
    afterword: /^(?:[*†]|Беседовал|Беседу вел|Фото\s*:)/u,
    examples: {
      interview: ['Беседовала Анна Ковалёва', 'Интервью с Ириной Соколовой'],
      interviewee: [],
      interviewer: [['Беседовала Анна Ковалёва', 'Анна Ковалёва']],
      afterword: ['Беседовала Анна Ковалёва'],
      none: ['Рынок вырос.'],
    },
  }),
});

/** Between two names captured as one speaker: "Jana Lindqvist & Matthias Görres". */
export const PAIR_JOINER = ' & ';

/**
 * The first name one of `patterns` captures in `text`, or null; a possessive ("Brightline’s
 * CEO") or a function word ("Q&A: Our new VP") is no name.
 */
export function captureName(cues: readonly Cue[], text: string): string | null {
  for (const { pattern, when } of cues) {
    if (!when.test(text)) continue;
    const match = pattern.exec(text);
    const raw = match?.groups?.name ? withHanSurname(match.groups.name, text, match) : undefined;
    const name = raw ? withoutRoleNoun(raw.replace(/[.,;:]+$/, '').trim()) : null;
    if (name && !/['’]s$/.test(name) && !name.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) {
      // A pair of names where the cue has room for two (`pairCue`): both, as one speaker.
      const other = match?.groups?.other?.replace(/[.,;:]+$/, '').trim();
      return other ? `${name}${PAIR_JOINER}${other}` : name;
    }
  }
  return null;
}

/**
 * Common Chinese surnames (the most frequent hundred and some more): Han text has no spaces, so a name after a
 * role word ("创始人许嘉宁") is read as its shortest form ("嘉宁"); a surname before it makes it whole.
 */
const HAN_SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤纪',
  // The next most frequent, leaving out those that are everyday words too (成, 时, 安, 文, 华 ...).
  ...'乔赖庞樊兰殷施洪翟颜倪芦季俞鲁葛伍申尤毕聂焦柳邢岳梅庄辛祝涂谷祁舒耿牟卜詹苗凌费靳盛童欧甄裴屈鲍霍翁隋柯阮桂闵柴冉应楼仇佟娄滕蔺郁邬晏缪巫',
  // Their traditional forms (Taiwan, Hong Kong), where they differ.
  ...'張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯紀喬賴龐蘭蘆魯聶嶽莊塗費歐鮑閔樓藺鄔繆蕭']);

/** One of the common Chinese surnames, simplified or traditional. */
export function isHanSurname(char: string): boolean {
  return HAN_SURNAMES.has(char);
}

/** A two-character Han name with the surname that stands before it in the text ("嘉宁" -> "许嘉宁"). */
function withHanSurname(name: string, text: string, match: RegExpExecArray): string {
  if (!TWO_HAN.test(name)) return name;
  const at = text.indexOf(name, match.index);
  const before = at > 0 ? text[at - 1] : '';
  return HAN_SURNAMES.has(before) && !HAN_SURNAMES.has(name[0]) ? before + name : name;
}

/**
 * A German role noun is capitalised like the name after it ("Energie-Expertin Anna Wendland",
 * "Gründerin Mareen Burk"): a first word of three or more that ends like one goes. A two-word
 * name keeps both ("Rainer Teuber": a given name may end like a noun).
 */
export function withoutRoleNoun(name: string): string {
  const words = name.split(/\s+/);
  return (words.length >= 3 && isRoleNoun(words[0])) || (words.length === 2 && isCompoundRole(words[0])) ? words.slice(1).join(' ') : name;
}

/**
 * A German compound that names a role by its last part ("Klinikchef", "Bahnchefin",
 * "Pressesprecher", "Bildungsministerin"): no given name ends so, so it goes even before a
 * surname alone ("Klinikchef Grabowski").
 */
export function isCompoundRole(word: string): boolean {
  return COMPOUND_ROLE.test(word);
}

const COMPOUND_ROLE = new RegExp(`^[${UPPER}][${LETTER}-]{2,}(?:chef|chefin|leiter|leiterin|sprecher|sprecherin|direktor|direktorin|minister|ministerin|präsident|präsidentin|experte|expertin)$`);

/** A capitalised word that ends like a German role noun ("Schulfreundin", "Professorin", "Energie-Expertin"). */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUN.test(word);
}

/** A capitalised word ending like a role noun (Expertin, Gründer, Direktor, Präsident, Analyst ...). */
const ROLE_NOUN = new RegExp(`^[${UPPER}][${LETTER}-]{4,}(?:in|er|or|ent|eur|ist|at|ant|ekt|oge|ologe)$`);

/** Two Han characters. */
const TWO_HAN = new RegExp(`^[${HAN}]{2}$`);
