import { classifyAnswer } from '../core/classify';
import { guessLanguage, knownLang } from '../core/language';
import type { Lang } from '../core/types';

/** One input line: an answer, optionally its question and language (BCP 47 tag). */
interface InputLine {
  question?: string | null;
  answer: string;
  lang?: string;
}

/**
 * Classifies answers given as JSON lines. Each non-empty input line
 * `{"question"?: string, "answer": string, "lang"?: string}` becomes one output line
 * `{"verdict": ..., "reason": ..., "evidence": ..., "confidence": ...}`, in input order, each ending in "\n".
 * `lang` defaults to the guessed language of the answer; an unknown tag is guessed too.
 * Throws an Error naming the 1-based line number for a line that is not a JSON object
 * with a string `answer` (or has a `question` or `lang` that is not a string).
 */
export function classifyJsonl(text: string): string {
  let out = '';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const input = parseLine(lines[i], i + 1);
    const lang: Lang = knownLang(input.lang) ?? guessLanguage(`${input.question ?? ''} ${input.answer}`);
    out += JSON.stringify(classifyAnswer(input.answer, input.question ?? null, lang)) + '\n';
  }
  return out;
}

function parseLine(line: string, lineNumber: number): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`line ${lineNumber}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`line ${lineNumber}: expected a JSON object with a string "answer"`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.answer !== 'string') {
    throw new Error(`line ${lineNumber}: "answer" must be a string`);
  }
  if (record.question !== undefined && record.question !== null && typeof record.question !== 'string') {
    throw new Error(`line ${lineNumber}: "question" must be a string`);
  }
  if (record.lang !== undefined && typeof record.lang !== 'string') {
    throw new Error(`line ${lineNumber}: "lang" must be a string`);
  }
  return record as unknown as InputLine;
}
