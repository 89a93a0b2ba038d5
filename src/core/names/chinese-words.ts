/**
 * The words the Chinese name finder reads around names, as data (chinese.ts says how each is
 * used): the characters that are words of grammar, the roles and titles that stand next to a
 * person's name, the verbs of saying after one, the last words of organisations, and the
 * characters of transliterated foreign names. General knowledge of the language, each entry
 * with an example in tests/unit/core/names/chinese-words.test.ts.
 */

const chars = (...lines: string[]): Set<string> => new Set([...lines.join('')].filter((c) => c.trim()));
const words = (...lines: string[]): string[] => lines.join(' ').split(/\s+/).filter(Boolean);

/**
 * Characters that are words of grammar on their own (particles, prepositions, pronouns,
 * numerals, measure words, adverbs): a name does not begin or end with one, and a quoted
 * phrase holding one is speech, not a name.
 */
export const FUNCTION_CHARACTERS = chars(
  '的了在和与及从到于对把被给向为由是也都就而或并让将跟同等个位名这那哪我你您他她它们',
  '有没不很还又再才只更最已所如但因着过地得吗呢吧啊嘛哦呀么一二三四五六七八九十两几每',
  '各某其此之以中上下里外前后来去说会能要想看做用可比该种些',
  // 兼: "and also", between two roles (董事长兼总经理)
  '兼',
);

/**
 * Characters that say which one of a kind is meant (demonstratives and quantifiers): before an
 * organisation's last word they make no name (这家银行, 各大银行, 该集团).
 */
export const DETERMINER_CHARACTERS = chars('这那哪各每某该其此');

/** Characters of an unstated number (多, 几, 数): before a measure word they count, and make no name (多家银行). */
export const QUANTITY_CHARACTERS = chars('多几数');

/** Measure words for organisations and places, after a number (多家银行, 几所大学, 数个实验室). */
export const MEASURE_CHARACTERS = chars('家所个座间');

/** Words of grammar in a quoted phrase that make it speech or a slogan rather than a name. */
export const SPEECH_WORDS = words('一切 我们 你们 他们 自己 什么 怎么 这样 那样 这个 那个 没有 不是 就是 可以 应该 非常 已经 一定');

/**
 * Roles and titles written before a person's name (副总裁程刚, 负责人吴振昊) and after an
 * organisation's (畅捷通高级副总裁, 唯品会架构师).
 */
export const ROLE_WORDS = words(
  '总裁 副总裁 董事长 总经理 经理 总监 主管 负责人 创始人 联合创始人 合伙人 首席执行官 首席技术官 首席运营官 首席财务官',
  'CEO CTO COO CFO VP',
  '架构师 工程师 研究员 科学家 设计师 产品经理 主编 编辑 记者 作者 教授 讲师 院长 校长 主任 部长 局长 市长 省长',
  '主席 总统 总理 教练 队长 董事 律师 医生',
);

/** Of `ROLE_WORDS`, a publication's staff: the brand before them is the page's own publication (财衡记者, 湃水新闻编辑). */
export const MEDIA_ROLES = words('记者 编辑 主编');

/**
 * Words for kinds of organisations and products after a list and 等 ("…百度等企业", "…月之暗面等创业公司"):
 * the list's items are names of that kind.
 */
export const LISTED_KINDS = words('企业 公司 机构 高校 大学 平台 品牌 厂商 巨头 产品 应用 游戏 网站 媒体 银行');

/** Words before a role that qualify it: 高级副总裁, 首席架构师. */
export const ROLE_QUALIFIERS = words('高级 首席 资深 执行 技术 常务');

/** Parts of an organisation written after its name: 钉钉团队. */
export const ORGANISATION_PARTS = words('团队 产品线 事业部 总部');

/** Verbs and words after a person's name that say they speak or act: 程刚说, 史楠等. */
export const AFTER_PERSON = words('说 表示 认为 指出 称 介绍 告诉 透露 坦言 笑道 回忆 等 曾');

/** People by the title after the name: 吴军博士, 周老师. */
export const PERSON_TITLES = words('老师 先生 女士 教授 博士 院士 同学');

/**
 * Organisations by their last word; the name before it is 2-6 characters after a boundary.
 * Schools (`SCHOOLS`) only after a place.
 */
export const ORGANISATION_SUFFIXES = words('大学 科学院 研究院 研究所 学院 中学 小学 集团 银行 实验室 委员会 基金会 协会');

/**
 * Companies by their industry as their last word (远澜资本, 华启证券): the brand before it must be
 * a word the dictionary does not know, since the same words end common phrases (新能源汽车, 风险投资).
 */
export const COMPANY_SUFFIXES = words('科技 资本 创投 证券 基金 汽车 传媒 控股 投资 保险 电子 网络 物流 医药 生物 能源');

/**
 * Administrative places by their last character (云溪县, 溪口村, 澜州市): read with the dictionary,
 * which joins the character into words of the language (县城, 农村, 城市, 超市) but not into names.
 */
export const ADMINISTRATIVE_SUFFIXES = words('县 村 镇 市');

/** Prefixes of a person's familiar name, before one character (阿青, 阿渡) or a surname (老汪, 老周). */
export const FAMILIAR_PREFIXES = words('阿 老 小');

/**
 * The places of organisations by their last word (西溪园区, 湖畔花园): as organisations, but
 * the name before holds no word of grammar ("我们去花园" is no place's name).
 */
export const PLACE_SUFFIXES = words('园区 花园 大厦 广场');

/** Events by their last word (全国青少年信息学奥林匹克联赛, 云栖峰会), read as the places above. */
export const EVENT_SUFFIXES = words('联赛 大赛 锦标赛 峰会 博览会');

/**
 * Words that introduce another name of a person: the name after them (肖桦（网名江南白衣）,
 * 真名纪磊), and before 真名/本名 the name it is the other name of (啊哈磊，真名纪磊).
 */
export const ALIAS_WORDS = words('网名 花名 笔名 艺名 昵称 外号 人称 真名 本名 原名');

/** Of `ALIAS_WORDS`, those that follow the other name: "啊哈磊，真名纪磊". */
export const REAL_NAME_WORDS = words('真名 本名 原名');

/** Suffixes of schools: names only after a place (武汉大学, 江苏清江中学). */
export const SCHOOLS = words('大学 学院 中学 小学');

/** The company or platform of a name, after a word the dictionary does not know (畅捷通平台, not 学习平台). */
export const NEW_NAME_SUFFIXES = words('公司 平台');

/** Common single-character surnames. */
export const SURNAMES = chars(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任',
  '沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤纪',
);

/**
 * Characters of transliterated foreign names (托马斯·苏亚雷斯, 马丁·路德·金), after the
 * standard tables of transliteration: a name joined by · extends over them and no further.
 */
export const TRANSLITERATION = chars(
  '阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔法范菲芬费丰佛夫弗福富',
  '盖甘冈戈格根古圭哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利丽莉连林琳',
  '隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密缅明莫姆穆纳奈南内尼涅纽努诺欧帕潘培佩彭皮普奇齐契恰乔切钦琼丘萨',
  '塞桑瑟森沙尚什舍圣施斯松苏索塔泰坦汤唐特提汀通图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休修许雅亚扬耶伊因英',
  '尤约泽扎詹兹祖佐',
);
