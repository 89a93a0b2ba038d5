import { CHINESE_PLACES } from './places';

/**
 * Names in Chinese text, which has no capitals and no spaces: what the text sets apart itself
 * (titles of works in 《》, short terms in quotation marks, transliterated names joined by ·),
 * known places, organisations by their suffix (…大学, …集团), people by the title after their
 * name (…老师, …博士). Latin-script names inside Chinese text are found by latin.ts.
 */

/** A name found in a paragraph: where, and as what text. */
export interface ChineseHit {
  name: string;
  start: number;
  end: number;
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';

/** Titles of works: 《啊哈！算法》. */
const WORK_TITLE = /《([^《》\n]{1,40})》/gu;

/** Short terms in quotation marks: “工作圈”, 「来往」; at most this many characters. */
const QUOTED_TERM = new RegExp(`[“「『"]([${HAN}A-Za-z0-9+＋·\\-！!]{2,10})[”」』"]`, 'gu');

/** Transliterated names: 马丁·路德·金. */
const DOTTED_NAME = new RegExp(`[${HAN}]{1,6}(?:[·・•][${HAN}]{1,8})+`, 'gu');

/** Organisations by their last word; the name before it is 2-6 characters after a boundary. */
const ORGANISATION_SUFFIXES = ['大学', '科学院', '研究院', '研究所', '学院', '中学', '小学', '集团', '银行', '实验室', '委员会', '基金会', '协会'];

/** Suffixes of schools: names only after a place (武汉大学, 江苏清江中学). */
const SCHOOLS = ['大学', '学院', '中学', '小学'];

/** People by the title after the name: a surname and one or two characters before it. */
const PERSON_TITLES = ['老师', '先生', '女士', '教授', '博士', '院士', '同学'];

/** Common single-character surnames (and the compound ones most seen). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤纪';

/** Characters that end the word before a name: particles, prepositions, punctuation. */
const BOUNDARY = new RegExp(`[^${HAN}]|[的了在和与及从到于对把被给向为由是也都就而或并让将跟同等个位名]`, 'u');

const PLACES = new Set(CHINESE_PLACES);
const PLACE_PATTERN = new RegExp([...CHINESE_PLACES].sort((a, b) => b.length - a.length).join('|'), 'gu');

function collect(pattern: RegExp, text: string, group: number, out: ChineseHit[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const name = m[group];
    const start = m.index + m[0].indexOf(name);
    out.push({ name, start, end: start + name.length });
  }
}

/** Where a name that ends at `end` with a known last word begins: after the nearest boundary, 2-6 characters back. */
function nameStart(text: string, end: number, min: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && !BOUNDARY.test(text[start - 1])) start--;
  return end - start >= min ? start : -1;
}

/** The names in one paragraph of Chinese text. */
export function findChineseNames(text: string): ChineseHit[] {
  const hits: ChineseHit[] = [];
  collect(WORK_TITLE, text, 1, hits);
  collect(QUOTED_TERM, text, 1, hits);
  DOTTED_NAME.lastIndex = 0;
  collect(DOTTED_NAME, text, 0, hits);
  collect(PLACE_PATTERN, text, 0, hits);
  const organisations: ChineseHit[] = [];
  for (const suffix of ORGANISATION_SUFFIXES) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const start = nameStart(text, at, 2, 6);
      if (start < 0) continue;
      // Schools are common words ("考上大学"): only a school named after a place is a name.
      if (SCHOOLS.includes(suffix) && !CHINESE_PLACES.some((place) => text.startsWith(place, start))) continue;
      organisations.push({ name: text.slice(start, at + suffix.length), start, end: at + suffix.length });
    }
  }
  // A faculty right after its university is one name: 武汉大学计算机学院.
  organisations.sort((a, b) => a.start - b.start);
  for (const org of organisations) {
    const previous = hits[hits.length - 1];
    if (previous && organisations.includes(previous) && org.start <= previous.end && org.end > previous.end) {
      previous.end = org.end;
      previous.name = text.slice(previous.start, previous.end);
    } else hits.push(org);
  }
  for (const title of PERSON_TITLES) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      for (const length of [3, 2]) {
        const start = at - length;
        if (start < 0 || !SURNAMES.includes(text[start]) || (start > 0 && !BOUNDARY.test(text[start - 1]) && length === 2)) continue;
        const name = text.slice(start, at);
        if (new RegExp(`^[${HAN}]+$`, 'u').test(name) && !PLACES.has(name)) {
          hits.push({ name, start, end: at });
          break;
        }
      }
    }
  }
  return hits;
}
