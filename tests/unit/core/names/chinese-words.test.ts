import { describe, expect, it } from 'vitest';
import { findChineseNames, listedNames } from '../../../../src/core/names/chinese';
import { CHINESE_KNOWN_NAMES } from '../../../../src/core/names/places';
import {
  AFTER_PERSON,
  ALIAS_WORDS,
  DETERMINER_CHARACTERS,
  EVENT_SUFFIXES,
  LISTED_KINDS,
  MEDIA_ROLES,
  MEASURE_CHARACTERS,
  NEW_NAME_SUFFIXES,
  ORGANISATION_PARTS,
  ORGANISATION_SUFFIXES,
  PERSON_TITLES,
  PLACE_SUFFIXES,
  QUANTITY_CHARACTERS,
  REAL_NAME_WORDS,
  ROLE_QUALIFIERS,
  ROLE_WORDS,
  SCHOOLS,
  SPEECH_WORDS,
} from '../../../../src/core/names/chinese-words';

/** The Chinese name finder's words (chinese-words.ts), each entry in a sentence of its own. */
const names = (text: string) => [...new Set(findChineseNames(text).map((h) => h.name))];

describe('Chinese: a role says what the unknown words beside it are', () => {
  it.each(MEDIA_ROLES)('%s: the brand before it is the publication, the person after it a name', (role) => {
    const found = names(`日前，记者对话畅捷通${role}程刚，谈了畅捷通的未来。`);
    expect(found).not.toContain('畅捷通');
    expect(found).toContain('程刚');
  });

  it.each(ROLE_WORDS.filter((role) => !MEDIA_ROLES.includes(role)))('%s: the brand before it (used twice) and the person after it', (role) => {
    const found = names(`日前，记者对话畅捷通${role}程刚，谈了畅捷通的未来。`);
    expect(found).toContain('畅捷通');
    expect(found).toContain('程刚');
  });

  it.each(ROLE_QUALIFIERS)('%s before a role is passed over', (qualifier) => {
    expect(names(`记者对话钉钉${qualifier}总监吴振昊，谈了钉钉。`)).toContain('钉钉');
  });

  it.each(ORGANISATION_PARTS)('%s: the brand before it', (part) => {
    expect(names(`钉钉${part}和客户在一起，钉钉很好用。`)).toContain('钉钉');
  });

  it('not a brand the page names once, nor a word the dictionary knows', () => {
    expect(names('记者对话畅捷通副总裁，谈了未来。')).not.toContain('畅捷通');
    expect(names('这是技术团队的工作，技术很重要。')).toEqual([]);
  });
});

describe('Chinese: people before a verb of saying', () => {
  it.each(AFTER_PERSON)('%s', (verb) => {
    expect(names(`那天，史楠${verb}过这件事。`)).toContain('史楠');
  });

  it('not a word of the dictionary, nor one that goes on', () => {
    expect(names('那天，客户说过这件事。')).toEqual([]);
    expect(names('我看过一本小说。')).toEqual([]);
  });
});

describe('Chinese: organisations and titled people', () => {
  it.each(ORGANISATION_SUFFIXES.filter((s) => !SCHOOLS.includes(s)))('…%s after a boundary', (suffix) => {
    expect(names(`他加入了腾讯${suffix}。`)).toContain(`腾讯${suffix}`);
  });

  it.each(SCHOOLS)('…%s only after a place', (school) => {
    expect(names(`他毕业于北京${school}。`)).toContain(`北京${school}`);
    expect(names(`他考上了${school}。`)).not.toContain(`上了${school}`);
  });

  it.each(NEW_NAME_SUFFIXES)('…%s after an unknown word is that word', (suffix) => {
    expect(names(`迁移到畅捷通${suffix}。`)).toContain('畅捷通');
    expect(names(`这是学习${suffix}。`)).toEqual([]);
  });

  it.each([...PLACE_SUFFIXES, ...EVENT_SUFFIXES])('…%s after a boundary, with no word of grammar', (suffix) => {
    expect(names(`团队从西溪${suffix}出发。`)).toContain(`西溪${suffix}`);
    expect(names(`我们去${suffix}。`)).toEqual([]);
  });

  it.each([...DETERMINER_CHARACTERS])('not after %s, which says which one', (determiner) => {
    expect(names(`他说${determiner}家银行和${determiner}大集团都很好。`)).toEqual([]);
  });

  it.each([...QUANTITY_CHARACTERS])('not after %s and a measure word, which count', (quantity) => {
    expect(names(`他说${quantity}家银行很好。`)).toEqual([]);
  });

  it.each([...MEASURE_CHARACTERS])('%s after a number counts', (measure) => {
    expect(names(`他说多${measure}银行很好。`)).toEqual([]);
  });

  it('a long name with a known last word where it fills its clause, not over words of grammar', () => {
    expect(names('我参加了一项竞赛（全国青少年信息学奥林匹克联赛，中学生的）。')).toContain('全国青少年信息学奥林匹克联赛');
    expect(names('在论坛上，来自上海人工智能实验室的研究员发言。')).toContain('上海人工智能实验室');
    expect(names('在论坛上，来自上海人工智能实验室的研究员发言。')).not.toContain('来自上海人工智能实验室');
  });

  it.each(PERSON_TITLES)('a surname and a name before %s', (title) => {
    expect(names(`我和吴军${title}见了面。`)).toContain('吴军');
  });
});

describe('Chinese: what the text sets apart', () => {
  it('takes terms in quotation marks that are no dictionary word nor speech', () => {
    expect(names('他们推出了“工作圈”。')).toEqual(['工作圈']);
    expect(names('这是“啊哈C”和“互联网+”。')).toEqual(['啊哈C', '互联网+']);
    for (const quoted of ['恋爱', '感情', '水到渠成', '有趣的', '躺着挣钱']) expect(names(`建立了“${quoted}”式的关系。`), quoted).toEqual([]);
  });

  it.each(SPEECH_WORDS)('%s makes a quoted phrase speech', (word) => {
    expect(names(`都强调“${word}连接”。`)).toEqual([]);
  });

  it('reads titles, transliterated names, languages and terms joined by a plus', () => {
    expect(names('写了一本《 啊哈！算法 》。')).toEqual(['啊哈！算法']);
    expect(names('马丁·路德·金是为了追求自由')).toEqual(['马丁·路德·金']);
    expect(names('APP开发者托马斯·苏亚雷斯。')).toEqual(['托马斯·苏亚雷斯']);
    expect(names('选择C语言是因为')).toEqual(['C语言']);
    expect(names('提出了云+端的战略，把1+4结合在一起')).toEqual(['云+端', '1+4']);
  });

  it('takes what a sentence introduces as a product, company or work', () => {
    expect(names('工作圈是一款企业级移动办公平台。')).toContain('工作圈');
    expect(names('他创造了对对棋、啊哈图（一个类似于几何画板的软件）。')).toContain('啊哈图');
    expect(names('我觉得这是一款好产品。')).toEqual([]);
    expect(names('他说，我们（一个团队）很好。')).toEqual([]);
  });

  it.each(LISTED_KINDS)('takes the items of a list before 等 and %s', (kind) => {
    expect(listedNames(`商汤科技、智谱AI、MiniMax等${kind}也来了。`, new Set()).map((h) => h.name)).toEqual(['商汤科技', '智谱AI']);
    expect(listedNames(`提供招聘、培训等${kind}服务。`, new Set())).toEqual([]);
    expect(listedNames(`手机、电脑、平板等${kind}都有。`, new Set())).toEqual([]);
  });

  it('takes the items of a list of three or more whose items are mostly names', () => {
    const text = '还有4个应用（工作圈、客户管家、会计家园、服务社区）结合在一起。';
    expect(listedNames(text, new Set(['工作圈', '客户管家'])).map((h) => h.name)).toEqual(['会计家园', '服务社区']);
    expect(listedNames(text, new Set(['工作圈'])).map((h) => h.name)).toEqual([]);
    expect(listedNames('例如用于公共协同的工作圈、垂直财务类应用。', new Set(['工作圈']))).toEqual([]);
    // Not an end item that runs on into the words after it.
    expect(listedNames('我们和中国银行、招商银行、阿里巴巴集团合作。', new Set(['中国银行', '招商银行', '阿里巴巴']))).toEqual([]);
  });
});

describe('Chinese names known to every reader', () => {
  it.each(CHINESE_KNOWN_NAMES)('%s', (name) => {
    expect(names(`我们和${name}合作过。`)).toContain(name);
  });
});

describe('Chinese: another name of a person', () => {
  it.each(ALIAS_WORDS)('after %s', (word) => {
    expect(names(`采访了肖桦（${word}江南白衣），他说。`)).toContain('江南白衣');
  });

  it.each(REAL_NAME_WORDS)('before %s', (word) => {
    expect(names(`啊哈磊，${word}纪磊，高中时保送。`)).toContain('啊哈磊');
  });
});
