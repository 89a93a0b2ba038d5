/**
 * The sidebar's words in English, German and Simplified Chinese. The UI follows the
 * browser's language; the analysis follows the page's.
 */

export type UiLang = 'en' | 'de' | 'zh';

const STRINGS = {
  en: {
    appName: 'Interview Lens',
    close: 'Close Interview Lens',
    open: 'Open Interview Lens',
    noInterview: 'No interview found on this page.',
    speakers: 'Speakers',
    turns: 'turns',
    nonAnswersOnly: 'Non-answers only',
    summary: 'Summary',
    answeredOf: (a: number, n: number) => `answered ${a} of ${n} questions`,
    noNonAnswers: 'Every question got an answer.',
    interview: 'Interview',
    context: 'Context',
    mentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
    lookUp: 'Look up',
    interviewer: 'Interviewer',
    unknownSpeaker: 'Unknown speaker',
    jumpTo: 'Jump to this in the article',
    verdict: { answer: 'answer', partial: 'partial', 'non-answer': 'non-answer' },
    reason: {
      declines: 'declines',
      redirects: 'redirects',
      postpones: 'postpones',
      ignorance: "doesn't know",
      clarification: 'asks back',
      sidestep: 'sidesteps',
    },
  },
  de: {
    appName: 'Interview Lens',
    close: 'Interview Lens schließen',
    open: 'Interview Lens öffnen',
    noInterview: 'Auf dieser Seite wurde kein Interview gefunden.',
    speakers: 'Sprecher',
    turns: 'Beiträge',
    nonAnswersOnly: 'Nur Nicht-Antworten',
    summary: 'Überblick',
    answeredOf: (a: number, n: number) => `hat ${a} von ${n} Fragen beantwortet`,
    noNonAnswers: 'Jede Frage wurde beantwortet.',
    interview: 'Interview',
    context: 'Kontext',
    mentions: (n: number) => (n === 1 ? '1 Erwähnung' : `${n} Erwähnungen`),
    lookUp: 'Nachschlagen',
    interviewer: 'Interviewer',
    unknownSpeaker: 'Unbekannt',
    jumpTo: 'Im Artikel anzeigen',
    verdict: { answer: 'Antwort', partial: 'teilweise', 'non-answer': 'keine Antwort' },
    reason: {
      declines: 'lehnt ab',
      redirects: 'verweist weiter',
      postpones: 'vertagt',
      ignorance: 'weiß es nicht',
      clarification: 'fragt zurück',
      sidestep: 'weicht aus',
    },
  },
  zh: {
    appName: 'Interview Lens',
    close: '关闭 Interview Lens',
    open: '打开 Interview Lens',
    noInterview: '此页面上未发现访谈。',
    speakers: '发言人',
    turns: '段发言',
    nonAnswersOnly: '只看未回答',
    summary: '概要',
    answeredOf: (a: number, n: number) => `回答了 ${n} 个问题中的 ${a} 个`,
    noNonAnswers: '每个问题都得到了回答。',
    interview: '访谈',
    context: '背景',
    mentions: (n: number) => `提及 ${n} 次`,
    lookUp: '查找',
    interviewer: '采访者',
    unknownSpeaker: '未知发言人',
    jumpTo: '在文章中查看',
    verdict: { answer: '回答', partial: '部分回答', 'non-answer': '未回答' },
    reason: {
      declines: '拒绝回答',
      redirects: '推给他人',
      postpones: '推迟回答',
      ignorance: '表示不知道',
      clarification: '反问',
      sidestep: '回避',
    },
  },
} as const;

export type Strings = (typeof STRINGS)['en'];

/** The UI language for a browser language tag (`de-AT` -> de, `zh-CN` -> zh, else en). */
export function uiLang(tag: string | undefined): UiLang {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return primary === 'de' || primary === 'zh' ? primary : 'en';
}

/** The strings of a UI language. */
export function strings(lang: UiLang): Strings {
  return STRINGS[lang] as Strings;
}
