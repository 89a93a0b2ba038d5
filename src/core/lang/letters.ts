/**
 * Letters as character-class bodies, written out instead of Unicode property escapes: a pattern
 * with `\p{Lu}` or `\p{Script=Han}` costs milliseconds to compile on its first use, and the
 * content script compiles its patterns on every page load. The names, pronouns and cues
 * segmentation reads are in Latin script (English, German, French, Spanish, Italian, Portuguese,
 * Dutch), Cyrillic (Russian) or Han.
 */

/** Upper-case letters: Latin (ASCII, Latin-1, Latin Extended-A, Ș Ț) and Cyrillic (Russian). */
export const UPPER =
  'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚА-ЯЁ';

/** Lower-case letters (Latin Extended-A whole: its cases alternate code point by code point). */
export const LOWER = 'a-zß-öø-ÿā-žșțа-яё';

/** Any letter of those scripts. */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-țА-яЁё';

/** Han characters: CJK unified ideographs, extension A, compatibility ideographs. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

const ONE_LETTER = new RegExp(`^[${LETTER}${HAN}]$`);

/** True for one character that is a letter of those scripts or Han (false for '' and undefined). */
export function isLetter(char: string | undefined): boolean {
  return char !== undefined && ONE_LETTER.test(char);
}

/** True for a code unit in `HAN`: a character of Chinese text, read by code instead of a pattern. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
