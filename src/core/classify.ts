/**
 * The non-answer classifier: does an answer answer its question?
 *
 * Follows the clarity taxonomy of research on evasive answers: a clear reply (`answer`), an
 * ambivalent one (`partial`: sidesteps, stays general, answers only part) and a clear
 * non-reply (`non-answer`: declines, redirects, postpones, does not know, asks back).
 *
 * The phrase knowledge is data (`lang/nonanswers/<lang>.ts`); this module only weighs it:
 *   1. find every phrase of the answer's language (one linear pass per phrase, skipped when the
 *      answer lacks the phrase's words; see `lang/nonanswers/folded-pattern.ts`);
 *   2. drop the ones that are not the speaker's own (quoted, reported, negated);
 *   3. weigh them by position: a phrase in the opening of an answer says more than one
 *      buried in a long, real reply, and a hedge buried there says nothing (see
 *      `NonAnswerPhrase.strength`);
 *   4. let the question have its say: "Yes."/"Nein."/"是的。" answers a yes/no question, a
 *      deflection followed by a reason answers a why-question, a bare "Yes." does not
 *      answer a what-question.
 * Pure: no browser or Node APIs; it runs in the content script and in the CLI.
 */
import type { Classification, Lang, NonAnswerReason } from './types';
import { FoldedTable, FoldedText } from './lang/nonanswers/folded-pattern';
import { NON_ANSWER_PHRASES } from './lang/nonanswers/index';
import { patternSpec } from './lang/nonanswers/lazy-pattern';
import type { NonAnswerPhrase } from './lang/nonanswers/types';

/** What `questionType` can tell from a question's wording. */
export type QuestionType = 'yesno' | 'why' | 'what' | 'other';

/** Answers up to this many words are all "opening": every phrase in them counts fully. */
const SHORT_ANSWER_WORDS = 60;
/** In a longer answer the opening is its first sentences ... */
const OPENING_SENTENCES = 2;
/** ... but at least and at most this many characters (Chinese packs about 3x more per char). */
const OPENING_CHARS: Record<Lang, { min: number; max: number }> = {
  en: { min: 160, max: 400 },
  de: { min: 160, max: 400 },
  zh: { min: 50, max: 130 },
};
/** How far before a phrase to look for a quotation, a reporting verb or a negating frame. */
const LOOKBEHIND_CHARS = 60;
/** An answer this short that is itself a question asks back instead of answering. */
const ASK_BACK_MAX_WORDS = 12;

/** Sentence ends: terminal punctuation (with closing quotes) before a space, or CJK stops. */
const SENTENCE_END = /[.!?…]+["'”’»)]*(?=\s|$)|[。！？]+[”’」』）]*/g;
/** A letter, digit or apostrophe of a Latin-script word (Chinese has no words to widen to). */
const WORD_CHAR = /^[\p{Script=Latin}\p{N}'’]$/u;
/** Where a clause starts inside the look-behind window (sentence or clause punctuation). */
const CLAUSE_BREAK = /[.!?;。！？；]\s*|—|–/g;

/** Quotation marks: opener -> the closers that end it. ASCII `"` toggles. */
const QUOTE_PAIRS: Record<string, string> = {
  '„': '“”"',
  '“': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '‚': '‘’',
  '「': '」',
  '『': '』',
};
/** A quotation longer than this is more likely a stray mark than a quote. */
const MAX_QUOTE_CHARS = 600;

/** A reporting verb with a third-person subject right before the phrase: "he said no comment". */
const REPORTED: Record<Lang, RegExp> = {
  en: /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he (?:board|company|spokesman|spokeswoman|spokesperson|CEO|minister|government)|(?!We\b|You\b|As\b|So\b)[A-Z][a-z]+) (?:(?:also|only|just|then|simply|once|reportedly|later|has|had) )?(?:said|says|told (?:[a-z]+ )?|replied|answered|responded|wrote|tweeted|stated|claimed|insisted|would only say)[,:]?\s*(?:that\s+)?["“‘']?$/,
  de: /(?<![\p{L}])(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an|[Dd](?:er|ie|as) \p{L}+|(?!Ich|Wir|Wie)\p{Lu}\p{Ll}+) (?:(?:nur|auch|dann|einmal|damals|mal|schon) )?(?:sagte|sagt|sagten|meinte|antwortete|erklärte|schrieb|behauptete|hat gesagt|hat geantwortet|ließ ausrichten)[,:]?\s*(?:dass\s+)?[„"“‚']?$/u,
  zh: /(?:他|她|他们|她们|对方|发言人|公司|董事会|官方)(?:当时|曾经|只|只是|也)?(?:说|表示|称|回答|回应|答复|告诉(?:我|记者)?)[：:，,]?\s*[“「]?$/,
};

/** A frame that negates or distances the phrase: "it's not that I can't say", "I'd never say no comment". */
const NEGATED_FRAME: Record<Lang, RegExp> = {
  en: /\b(?:(?:it|that)(?:['’]s| is| was) not (?:that|because)|not because|I['’]?m not saying|I am not saying|I(?:['’]d| would)? never say|I never said|I won['’]t say|instead of saying|rather than (?:just )?saying|not (?:just|simply) saying)\b[^.!?]{0,30}$/i,
  de: /(?<![\p{L}])(?:nicht(?:,)? (?:dass|weil)|ich sage nicht|ich würde nie sagen|ich habe nie gesagt|statt zu sagen|anstatt zu sagen)(?![\p{L}])[^.!?]{0,30}$/iu,
  zh: /(?:不是因为|并不是说|并不是|不是说|我不会说|我从不说|而不是说)[^。！？]{0,12}$/,
};

/** A subject other than the speaker right before the phrase: "customers don't know", "they won't comment". */
const OTHER_SUBJECT: Record<Lang, RegExp> = {
  en: /\b(?:you|he|she|they|people|customers|clients|investors|analysts|competitors|consumers|others|the (?:board|market|customers?|government|regulators?|competition|consumer|banks?))\s+(?:(?:really|just|still|simply|probably|certainly|obviously|also|even|may|might|often|usually)\s+){0,2}$/i,
  de: /(?<![\p{L}])(?:er|die Kunden|die Leute|die Anleger|die Analysten|die Konkurrenz|der Markt|der Vorstand)\s+$/iu,
  zh: /(?:他|她|他们|她们|客户|投资者|分析师|竞争对手|消费者|别人|市场)(?:也|都|还|可能)?$/,
};

/** A yes/no particle at the start of an answer (after an optional "well,"). */
const YES_NO_PARTICLE: Record<Lang, RegExp> = {
  en: /^\s*(?:(?:well|oh|so|look|um|uh),?\s+)?(?:yes|yeah|yep|no|nope|absolutely|definitely|certainly|of course|not at all|correct|right|sure|indeed|exactly|absolutely not|definitely not|certainly not|not really)(?=[\s.,;:!—–-]|$)/i,
  de: /^\s*(?:(?:nun|also|oh|na ja|naja|ach),?\s+)?(?:ja|nein|jawohl|doch|genau|natürlich|selbstverständlich|sicher|klar|keineswegs|auf keinen fall|nicht wirklich|durchaus|absolut|stimmt|richtig|eben|nö|jein)(?=[\s.,;:!—–-]|$)/iu,
  zh: /^\s*(?:嗯|哦|噢|好吧|那个)?[，,]?\s*(?:是的|是啊|是|对的|对|没错|当然|当然不|不是|不会|不|没有|没|会的|会|有的|有|不对|确实|不完全是)(?=[\s，,。.！!；;：:]|$)/,
};

/** Words that give a reason: after a deflection they turn a why-answer back into an answer. */
const REASON_MARKER: Record<Lang, RegExp> = {
  en: /\b(?:because|since|due to|owing to|the reason|that['’]s why|so that|given that|thanks to)\b/i,
  de: /(?<![\p{L}])(?:weil|denn|deshalb|deswegen|darum|daher|der Grund|aufgrund|wegen|damit|nämlich)(?![\p{L}])/iu,
  zh: /因为|由于|所以|原因|是为了|之所以|因此/,
};

/** Question words. `why` anywhere in a question; `what` at the start of the question or of a clause. */
const WHY_WORDS: Record<Lang, RegExp> = {
  en: /\b(?:why|how come|what (?:made|makes|led|leads|caused|causes) (?:you|him|her|them|the \w+)|for what reason|what(?:['’]s| is| was) the reason)\b/i,
  de: /(?<![\p{L}])(?:warum|weshalb|wieso|weswegen|aus welchem grund|was hat (?:Sie|dich|ihn|euch) (?:dazu )?bewogen)(?![\p{L}])/iu,
  zh: /为什么|为何|为啥|怎么会|什么原因|何以|凭什么/,
};
const WHAT_WORDS: Record<Lang, RegExp> = {
  en: /(?:^|[,:;]\s*|\b(?:and|so|but|then|also|tell me|know|ask)\s+)(?:what|which|who|whom|whose|where|when|how)\b/i,
  de: /(?:^|[,:;]\s*|(?<![\p{L}])(?:und|also|aber|dann)\s+)(?:was|welche[rsnm]?|wer|wen|wem|wessen|wo|wann|wie|worum|woran|wovon|wozu|womit|wofür|worüber|woher|wohin|inwiefern|inwieweit)(?![\p{L}])/iu,
  zh: /什么|哪|谁|何时|多少|怎么|如何|几[个年月天次]|怎样/,
};
/** Chinese marks a yes/no question with 吗 or an A-not-A pair even without a question mark. */
const ZH_YES_NO = /吗|是不是|会不会|有没有|能不能|要不要|对不对|可不可以|行不行|好不好/;
/** Short questions that answer ("Why not?") or greet ("How are you?") rather than ask back. */
const NOT_ASKING_BACK =
  /^\s*(?:why not|warum nicht|wieso nicht|为什么不(?:呢)?|何乐而不为)\s*[?？]\s*$|\bhow are you\b|(?<![\p{L}])wie geht(?:['’]?s| es)|你好吗|最近怎么样/iu;
/** A sentence with its end mark; split there (a pattern ending in `[?？]` backtracks quadratically). */
const AFTER_SENTENCE_END = /(?<=[.!?。！？])/;
/** A sentence that asks. */
const ASKS = /[?？]$/;

/** A phrase table with what the classifier scans for its patterns (needles, folded copies). */
interface CompiledTable {
  entries: readonly NonAnswerPhrase[];
  scanner: FoldedTable;
}

/** One found phrase that is the speaker's own. */
interface Hit {
  entry: NonAnswerPhrase;
  start: number;
  end: number;
  text: string;
}

/** Phrase tables per language, as `createClassifier` takes them. */
export type PhraseTables = Record<Lang, readonly NonAnswerPhrase[]>;

/** What a classifier says of one answer, with the phrase entry that decided it (null if none did). */
export interface Decision extends Classification {
  entry: NonAnswerPhrase | null;
}

/** A classifier over fixed phrase tables: `(answer, question, lang) => Decision`. */
export type Classifier = (answer: string, question: string | null, lang: Lang) => Decision;

const ANSWER: Decision = { verdict: 'answer', reason: null, evidence: null, entry: null };

/**
 * Builds a classifier over the given phrase tables. A language's table is prepared on its first
 * answer, and each pattern's regexes are compiled when an answer first needs them: a page pays
 * only for its own language and for the phrases whose words occur in it. The extension and the
 * CLI use `classifyAnswer` (the shipped tables); the evaluation builds classifiers over parts of
 * the tables to cross-validate them (scripts/eval-nonanswers.ts).
 */
export function createClassifier(tables: PhraseTables): Classifier {
  const compiled: Partial<Record<Lang, CompiledTable>> = {};
  return (answer, question, lang) => decide(answer, question, lang, (compiled[lang] ??= compileTable(tables[lang])));
}

function compileTable(entries: readonly NonAnswerPhrase[]): CompiledTable {
  return { entries, scanner: new FoldedTable(entries.map(patternSpec)) };
}

/** The classifier over the shipped tables. */
const SHIPPED = createClassifier(NON_ANSWER_PHRASES);

/**
 * Says whether `answer` answers `question` (null when unknown), and if not, why, with the
 * exact words of the answer that show it (`evidence` is a substring of `answer`).
 * Linear in the length of the answer; each phrase pattern is compiled once, on first need.
 */
export function classifyAnswer(answer: string, question: string | null, lang: Lang): Classification {
  const { verdict, reason, evidence } = SHIPPED(answer, question, lang);
  return { verdict, reason, evidence };
}

/** The classifier proper, over one language's compiled table. */
function decide(answer: string, question: string | null, lang: Lang, table: CompiledTable): Decision {
  if (answer.trim() === '') return { verdict: 'non-answer', reason: 'declines', evidence: null, entry: null };
  const qType = question ? questionType(question, lang) : null;

  const particle = YES_NO_PARTICLE[lang].exec(answer);
  const hits = findHits(new FoldedText(answer), lang, table);
  const words = wordCount(answer, lang);

  // A yes/no question answered with a yes/no particle is answered, whatever follows
  // ("Nein. Das hat nichts mit Sicherheit zu tun."), unless the particle is part of a
  // phrase ("No comment.", "不知道").
  if (qType === 'yesno' && particle && !hits.some((hit) => hit.start < particle[0].length)) return ANSWER;

  const chosen = weigh(answer, lang, hits, words);
  if (chosen) {
    // A hedge followed by a reason answers a why-question ("Hard to say, but mainly because ...").
    const onlyHedges = hits.every((hit) => (hit.entry.strength ?? 'strong') !== 'strong');
    if (qType === 'why' && onlyHedges && REASON_MARKER[lang].test(answer.slice(chosen.hit.end))) return ANSWER;
    const { entry, text } = chosen.hit;
    return chosen.verdict === 'partial'
      ? { verdict: 'partial', reason: 'sidestep', evidence: text, entry }
      : { verdict: 'non-answer', reason: entry.reason, evidence: text, entry };
  }

  // A bare "Yes." to a what- or why-question leaves the question open.
  if (particle && (qType === 'what' || qType === 'why') && answer.slice(particle[0].length).trim().length <= 1) {
    return { verdict: 'partial', reason: 'sidestep', evidence: answer.trim(), entry: null };
  }
  // A short answer that is itself a question asks back.
  const trimmed = answer.trim();
  if (/[?？]$/.test(trimmed) && words <= ASK_BACK_MAX_WORDS && !NOT_ASKING_BACK.test(trimmed)) {
    return { verdict: 'non-answer', reason: 'clarification', evidence: trimmed, entry: null };
  }
  return ANSWER;
}

/** The weighed outcome: which hit decides and what it makes of the answer. */
interface Weighed {
  hit: Hit;
  verdict: 'partial' | 'non-answer';
}

/**
 * Weighs the hits by position. A short answer is all opening. In the opening, a non-answer
 * phrase makes a non-answer and a sidestep phrase a partial answer; later in a long answer
 * only strong phrases count, and make it partial (it answered, but left a part out).
 * Prefaces and requests to clarify count in short answers only. The earliest hit wins
 * within each rank.
 */
function weigh(answer: string, lang: Lang, hits: Hit[], words: number): Weighed | null {
  if (hits.length === 0) return null;
  const short = words <= SHORT_ANSWER_WORDS;
  const openingEnd = short ? answer.length : openingLength(answer, lang);
  let sidestep: Hit | null = null;
  let buried: Hit | null = null;
  for (const hit of hits) {
    const strength = hit.entry.strength ?? 'strong';
    // Asking back and then answering is answering; so is "too early to say, but ..." and the like.
    if ((hit.entry.reason === 'clarification' || strength === 'preface') && !short) continue;
    if (hit.start < openingEnd) {
      if (hit.entry.reason !== 'sidestep') return { hit, verdict: 'non-answer' };
      sidestep ??= hit;
    } else if (strength === 'strong') {
      buried ??= hit;
    }
  }
  const partial = sidestep ?? buried;
  return partial ? { hit: partial, verdict: 'partial' } : null;
}

/**
 * Finds every phrase of the table in the answer that is the speaker's own, in text order.
 * A pattern may scan a folded copy of the answer; its positions are the answer's.
 */
function findHits(folded: FoldedText, lang: Lang, table: CompiledTable): Hit[] {
  const answer = folded.text;
  // Quotes are looked for only once a phrase is found: most answers have none.
  let quotes: Array<[number, number]> | null = null;
  const hits: Hit[] = [];
  const scans = table.scanner.scans(folded);
  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i];
    if (scan === null) continue;
    const entry = table.entries[i];
    const { regex, subject } = scan;
    regex.lastIndex = 0;
    for (let m = regex.exec(subject); m !== null; m = regex.exec(subject)) {
      if (m[0] === '') {
        regex.lastIndex++;
        continue;
      }
      const start = wordStart(answer, m.index);
      const end = m.index + m[0].length;
      if (isSpeakersOwn(answer, start, lang, (quotes ??= quoteSpans(answer)))) {
        hits.push({ entry, start, end, text: answer.slice(start, end) });
        break;
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Moves a match that starts inside a word ("n't" in "don't") back to the word's start. */
function wordStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(text[start])) start--;
  return start;
}

/** False for a phrase inside a quotation, after "he said", or under a negating frame. */
function isSpeakersOwn(text: string, start: number, lang: Lang, quotes: Array<[number, number]>): boolean {
  if (insideQuote(quotes, start)) return false;
  const window = clauseBefore(text, start);
  if (window === '') return true;
  return !REPORTED[lang].test(window) && !NEGATED_FRAME[lang].test(window) && !OTHER_SUBJECT[lang].test(window);
}

/** The text of the current sentence before `start`, at most LOOKBEHIND_CHARS long. */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - LOOKBEHIND_CHARS), start);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) from = m.index + m[0].length;
  return window.slice(from);
}

/** Character ranges of quotations, found in one pass; an unclosed or overlong quote is dropped. */
function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open >= 0) {
      if (closers.includes(ch)) {
        if (i - open <= MAX_QUOTE_CHARS) spans.push([open, i]);
        open = -1;
      } else if (i - open > MAX_QUOTE_CHARS) {
        open = -1;
      }
    } else if (ch in QUOTE_PAIRS) {
      open = i;
      closers = QUOTE_PAIRS[ch];
    }
  }
  return spans;
}

/** Whether `index` falls inside one of the sorted, disjoint quote spans (binary search). */
function insideQuote(spans: Array<[number, number]>, index: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = spans[mid];
    if (index <= from) hi = mid - 1;
    else if (index >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** How many characters of a long answer count as its opening. */
function openingLength(answer: string, lang: Lang): number {
  const { min, max } = OPENING_CHARS[lang];
  let end = answer.length;
  let seen = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(answer); m !== null; m = SENTENCE_END.exec(answer)) {
    if (++seen === OPENING_SENTENCES) {
      end = m.index + m[0].length;
      break;
    }
  }
  return Math.min(Math.max(end, min), max);
}

/**
 * Words of the answer: runs of non-space characters (as `\S+` counts them); for Chinese, two
 * Han characters count as a word and separate the words around them. Counted in one pass,
 * without building the words (long answers have thousands).
 */
function wordCount(text: string, lang: Lang): number {
  const zh = lang === 'zh';
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isHan = zh && ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff));
    if (isHan) han++;
    const gap = isHan || isSpace(code);
    if (!gap && !inWord) words++;
    inWord = !gap;
  }
  return Math.ceil(han / 2) + words;
}

/** The characters `\s` matches: white space and line terminators. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * What kind of answer a question asks for: `why` (a reason), `what` (a fact: what, who, when,
 * how ...), `yesno` (a confirmation, including declarative questions like "So the board asked
 * you back?") or `other` (no question form at all). With several questions in one turn the
 * most demanding wins: why > what > yesno.
 */
export function questionType(question: string, lang: Lang): QuestionType {
  const sentences = question.split(AFTER_SENTENCE_END).filter((sentence) => ASKS.test(sentence));
  if (sentences.length === 0) {
    if (WHY_WORDS[lang].test(question)) return 'why';
    if (lang === 'zh' && ZH_YES_NO.test(question)) return 'yesno';
    return WHAT_WORDS[lang].test(question.trim()) ? 'what' : 'other';
  }
  let best: QuestionType = 'yesno';
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (WHY_WORDS[lang].test(sentence)) return 'why';
    if (WHAT_WORDS[lang].test(sentence) && !(lang === 'zh' && ZH_YES_NO.test(sentence))) best = 'what';
  }
  return best;
}

/** The reasons a table must cover; used by the tests to check each language's coverage. */
export const NON_ANSWER_REASONS: readonly NonAnswerReason[] = [
  'declines',
  'redirects',
  'postpones',
  'ignorance',
  'clarification',
  'sidestep',
];
