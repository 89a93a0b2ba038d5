/**
 * Place names the finder takes for names on their own, where capitalisation cannot tell (a
 * German noun is capitalised too, and Chinese has no capitals): countries, continents and
 * regions, German, Austrian and Swiss states and large cities, the world's largest cities, and
 * China's provinces and large cities. General knowledge, not fitted to any page: a place in
 * a multi-word name, or written with its own evidence (a title, a foreign capitalisation), is
 * found without this list.
 */

const list = (...lines: string[]): string[] => lines.join(' | ').split(' | ').map((s) => s.trim()).filter(Boolean);

/**
 * The rivers, seas, uplands and regions of the German-speaking countries, and the Austrian and
 * Swiss states missing above: names a German text uses with an article ("an der Donau", "in der
 * Eifel"), where capitalisation cannot tell them from nouns. Not those that are also common words
 * (Harz: resin, Franken: the Swiss currency, Oder: the conjunction, Main and Inn: English words).
 */
export const GERMAN_LANDSCAPES: readonly string[] = list(
  'Rhein | Donau | Elbe | Weser | Mosel | Neckar | Lahn | Havel | Spree | Saale | Ems | Isar | Ruhr | Nordsee | Ostsee | Wattenmeer | Alpen',
  'Eifel | Taunus | Sauerland | Erzgebirge | Odenwald | Spessart | Rhön | Westerwald | Hunsrück | Vogelsberg | Fichtelgebirge | Solling | Schwäbische Alb',
  'Emsland | Münsterland | Ostfriesland | Uckermark | Lausitz | Altmark | Vogtland | Pfalz | Schwaben | Oberschwaben | Oberbayern | Niederbayern | Oberfranken | Mittelfranken | Unterfranken',
  'Oberösterreich | Niederösterreich | Burgenland | Mühlviertel | Waldviertel | Weinviertel | Salzkammergut | Graubünden | Wallis | Tessin | Berner Oberland | Engadin',
);

/** Latin-script place names (German, English and French forms). */
export const LATIN_PLACES: ReadonlySet<string> = new Set(
  list(
    ...GERMAN_LANDSCAPES,
    // Countries and continents, in German
    'Deutschland | Österreich | Schweiz | Frankreich | Italien | Spanien | Portugal | Niederlande | Belgien | Luxemburg | Dänemark | Schweden | Norwegen | Finnland | Island | Irland | Großbritannien | England | Schottland | Wales | Polen | Tschechien | Slowakei | Ungarn | Rumänien | Bulgarien | Griechenland | Türkei | Kroatien | Slowenien | Serbien | Bosnien | Albanien | Ukraine | Russland | Belarus | Weißrussland | Litauen | Lettland | Estland | Moldau | Georgien | Armenien | Aserbaidschan | Kasachstan | Israel | Palästina | Libanon | Syrien | Irak | Iran | Afghanistan | Pakistan | Indien | China | Japan | Korea | Nordkorea | Südkorea | Taiwan | Vietnam | Thailand | Indonesien | Philippinen | Malaysia | Singapur | Australien | Neuseeland | Ägypten | Marokko | Algerien | Tunesien | Libyen | Nigeria | Kenia | Äthiopien | Südafrika | Ghana | Senegal | Mali | Sudan | Kongo | Mexiko | Kanada | Brasilien | Argentinien | Chile | Peru | Kolumbien | Venezuela | Kuba | Bolivien | Ecuador | Uruguay | Paraguay | Amerika | Europa | Asien | Afrika | Ozeanien | Arktis | Antarktis | Südeuropa | Nordeuropa | Osteuropa | Westeuropa | Mitteleuropa | Skandinavien | Balkan | Nahost | Lateinamerika | Südamerika | Nordamerika | Mittelmeer | Nordsee | Ostsee | Alpen | Sizilien | Sardinien | Korsika | Kreta | Mallorca | Bali | Costa Rica | Saudi-Arabien | Katar | Vereinigte Staaten | Vereinigtes Königreich',
    // Countries and continents, in English and French
    'Germany | Austria | Switzerland | France | Italy | Spain | Netherlands | Belgium | Denmark | Sweden | Norway | Finland | Ireland | Britain | Great Britain | Scotland | Poland | Czechia | Hungary | Romania | Greece | Turkey | Croatia | Russia | Lithuania | Latvia | Estonia | Lebanon | Syria | Iraq | India | Japan | Indonesia | Philippines | Australia | New Zealand | Egypt | Morocco | Algeria | Tunisia | Libya | Kenya | Ethiopia | South Africa | Congo | Mexico | Canada | Brazil | Argentina | Colombia | Cuba | America | Europe | Asia | Africa | Middle East | Latin America | South America | North America | Mediterranean | Allemagne | Autriche | Suisse | Italie | Espagne | Belgique | Danemark | Suède | Norvège | Pologne | Grèce | Turquie | Russie | Inde | Chine | Japon | Égypte | Maroc | Algérie | Tunisie | Mexique | Brésil | Europe | Asie | Afrique | Amérique | Méditerranée',
    // German, Austrian and Swiss states and cities
    'Baden-Württemberg | Bayern | Berlin | Brandenburg | Bremen | Hamburg | Hessen | Mecklenburg-Vorpommern | Niedersachsen | Nordrhein-Westfalen | Rheinland-Pfalz | Saarland | Sachsen | Sachsen-Anhalt | Schleswig-Holstein | Thüringen | Tirol | Vorarlberg | Kärnten | Steiermark | Ruhrgebiet | Rheinland | Oberpfalz | Allgäu | Bodensee | Schwarzwald | Köln | München | Frankfurt | Stuttgart | Düsseldorf | Dortmund | Essen | Leipzig | Dresden | Hannover | Nürnberg | Duisburg | Bochum | Wuppertal | Bielefeld | Bonn | Münster | Karlsruhe | Mannheim | Augsburg | Wiesbaden | Aachen | Kiel | Rostock | Lübeck | Freiburg | Heidelberg | Mainz | Kassel | Erfurt | Magdeburg | Potsdam | Halle | Regensburg | Würzburg | Göttingen | Jena | Trier | Saarbrücken | Wien | Graz | Linz | Salzburg | Innsbruck | Zürich | Genf | Basel | Bern | Lausanne | Luzern',
    // The other German cities of over 100,000 people, and Austria's and Switzerland's next largest
    'Gelsenkirchen | Mönchengladbach | Braunschweig | Chemnitz | Krefeld | Oberhausen | Hagen | Hamm | Mülheim | Ludwigshafen | Oldenburg | Osnabrück | Leverkusen | Solingen | Darmstadt | Herne | Neuss | Paderborn | Ingolstadt | Offenbach | Fürth | Ulm | Heilbronn | Pforzheim | Wolfsburg | Bottrop | Reutlingen | Bremerhaven | Koblenz | Remscheid | Erlangen | Moers | Siegen | Hildesheim | Salzgitter | Cottbus | Klagenfurt | Villach | Winterthur | Lugano',
    // Large cities of the world
    'London | Paris | Rom | Rome | Madrid | Barcelona | Lissabon | Lisbon | Amsterdam | Brüssel | Brussels | Kopenhagen | Copenhagen | Stockholm | Oslo | Helsinki | Warschau | Warsaw | Prag | Prague | Budapest | Athen | Athens | Istanbul | Moskau | Moscow | Kiew | Kyiv | Mailand | Milan | Neapel | Naples | Venedig | Venice | Florenz | Florence | Marseille | Lyon | Dublin | Edinburgh | Manchester | Oxford | Cambridge | New York | Washington | Los Angeles | San Francisco | Chicago | Boston | Seattle | Miami | Houston | Toronto | Montreal | Vancouver | Mexico City | Rio de Janeiro | São Paulo | Buenos Aires | Tokio | Tokyo | Peking | Beijing | Shanghai | Hongkong | Hong Kong | Shenzhen | Singapore | Seoul | Delhi | Mumbai | Jerusalem | Tel Aviv | Kairo | Cairo | Dubai | Sydney | Melbourne | Lampedusa',
  ),
);

/** Chinese place names: China's provinces, regions and large cities, and the world's countries and cities most written about. */
export const CHINESE_PLACES: readonly string[] = list(
  '中国 | 美国 | 日本 | 韩国 | 朝鲜 | 英国 | 法国 | 德国 | 意大利 | 西班牙 | 葡萄牙 | 荷兰 | 比利时 | 瑞士 | 瑞典 | 挪威 | 芬兰 | 丹麦 | 俄罗斯 | 乌克兰 | 波兰 | 印度 | 巴西 | 加拿大 | 澳大利亚 | 新西兰 | 新加坡 | 马来西亚 | 泰国 | 越南 | 印度尼西亚 | 菲律宾 | 以色列 | 伊朗 | 土耳其 | 埃及 | 南非 | 墨西哥 | 阿根廷 | 欧洲 | 亚洲 | 非洲 | 美洲 | 北美 | 欧盟 | 硅谷 | 纽约 | 伦敦 | 巴黎 | 东京 | 首尔 | 旧金山 | 洛杉矶 | 华盛顿 | 柏林',
  '北京 | 上海 | 天津 | 重庆 | 广州 | 深圳 | 杭州 | 南京 | 苏州 | 武汉 | 成都 | 西安 | 长沙 | 郑州 | 济南 | 青岛 | 大连 | 沈阳 | 哈尔滨 | 长春 | 厦门 | 福州 | 合肥 | 南昌 | 昆明 | 贵阳 | 南宁 | 海口 | 兰州 | 太原 | 石家庄 | 呼和浩特 | 乌鲁木齐 | 拉萨 | 银川 | 西宁 | 宁波 | 无锡 | 珠海 | 东莞 | 佛山 | 香港 | 澳门 | 台湾 | 台北 | 港澳台',
  '河北 | 山西 | 辽宁 | 吉林 | 黑龙江 | 江苏 | 浙江 | 安徽 | 福建 | 江西 | 山东 | 河南 | 湖北 | 湖南 | 广东 | 海南 | 四川 | 贵州 | 云南 | 陕西 | 甘肃 | 青海 | 内蒙古 | 广西 | 西藏 | 宁夏 | 新疆 | 中关村',
  // The world's regions, and the other countries of Europe, the Middle East and Asia
  '中东 | 东南亚 | 中亚 | 南亚 | 东亚 | 南美 | 拉美 | 东欧 | 西欧 | 北欧 | 南欧 | 大洋洲 | 奥地利 | 匈牙利 | 捷克 | 希腊 | 爱尔兰 | 冰岛 | 罗马尼亚 | 保加利亚 | 塞尔维亚 | 克罗地亚 | 斯洛伐克 | 立陶宛 | 白俄罗斯 | 哈萨克斯坦 | 巴基斯坦 | 孟加拉国 | 沙特 | 沙特阿拉伯 | 阿联酋 | 卡塔尔 | 伊拉克 | 叙利亚 | 缅甸 | 柬埔寨 | 老挝 | 蒙古 | 尼日利亚 | 肯尼亚 | 智利 | 秘鲁 | 哥伦比亚',
  // The world's cities most written about, more of them
  '慕尼黑 | 法兰克福 | 杜塞尔多夫 | 科隆 | 维也纳 | 苏黎世 | 日内瓦 | 阿姆斯特丹 | 布鲁塞尔 | 马德里 | 巴塞罗那 | 罗马 | 米兰 | 莫斯科 | 迪拜 | 孟买 | 曼谷 | 雅加达 | 悉尼 | 墨尔本 | 多伦多 | 温哥华 | 西雅图 | 波士顿 | 芝加哥 | 大阪 | 京都',
  // China's large regions, and more of its large cities
  '华东 | 华南 | 华北 | 华中 | 江南 | 岭南 | 闽南 | 长三角 | 珠三角 | 京津冀 | 大湾区 | 泉州 | 温州 | 绍兴 | 嘉兴 | 金华 | 台州 | 徐州 | 常州 | 南通 | 扬州 | 烟台 | 潍坊 | 临沂 | 洛阳 | 襄阳 | 宜昌 | 芜湖 | 赣州 | 桂林 | 柳州 | 三亚 | 遵义 | 绵阳 | 唐山 | 保定 | 邯郸 | 包头 | 鄂尔多斯 | 喀什 | 丽江 | 景德镇',
);

/**
 * Companies, platforms and brands known the world over, written as one word: where
 * capitalisation cannot tell (a German noun is capitalised too), such a word is a name. General
 * knowledge like the places above: the largest platforms and companies of the German-speaking
 * countries and the world.
 */
export const LATIN_BRANDS: ReadonlySet<string> = new Set(
  list(
    'Instagram | Facebook | Twitter | YouTube | TikTok | WhatsApp | Telegram | Snapchat | Pinterest | LinkedIn | Reddit | Wikipedia | Google | Amazon | Apple | Microsoft | Netflix | Spotify | Tesla | Samsung | Huawei | Nintendo | Sony | Uber | Airbnb | eBay | PayPal | Zalando | Siemens | Bosch | Volkswagen | Daimler | Mercedes | Porsche | Audi | Lufthansa | Telekom | Vodafone | Allianz | Bayer | Adidas | Nike | Ikea | IKEA | Aldi | Lidl | Rewe | Edeka | Nvidia | Intel | Meta | OpenAI | ChatGPT | Alibaba | Tencent | Baidu',
  ),
);

/**
 * German institutions and parties every German reader knows, whose names are German nouns
 * (capitalised anyway, and set after an article: "der Bundestag", "die Grünen"), so that
 * capitalisation cannot tell them: general knowledge like the brands above, the federal bodies
 * of Germany, Austria and Switzerland and the international ones with a German name.
 */
export const GERMAN_INSTITUTIONS: ReadonlySet<string> = new Set(
  list(
    'Bundestag | Bundesrat | Bundesverfassungsgericht | Bundesgerichtshof | Bundeswehr | Bundesbank | Bundeskanzleramt | Verfassungsschutz | Reichstag | Nationalrat | Ständerat | Bundesliga | Grünen | Weltgesundheitsorganisation | Weltbank | Welthandelsorganisation',
  ),
);

/**
 * Chinese names known to every reader of Chinese tech and business news, which the finder
 * cannot tell by their shape: the largest internet and technology companies and their products,
 * leading universities, the companies of the world in their Chinese names, and their founders.
 */
export const CHINESE_KNOWN_NAMES: readonly string[] = list(
  '阿里巴巴 | 阿里云 | 蚂蚁集团 | 蚂蚁金服 | 淘宝 | 天猫 | 支付宝 | 钉钉 | 腾讯 | 腾讯云 | 微信 | 企业微信 | 百度 | 华为 | 华为云 | 小米 | 京东 | 新浪 | 微博 | 网易 | 搜狐 | 字节跳动 | 抖音 | 今日头条 | 飞书 | 美团 | 拼多多 | 滴滴 | 携程 | 快手 | 哔哩哔哩 | 知乎 | 豆瓣 | 优酷 | 爱奇艺 | 联想 | 中兴 | 大疆 | 比亚迪 | 蔚来 | 宁德时代 | 中国移动 | 中国联通 | 中国电信',
  '微软 | 谷歌 | 苹果公司 | 安卓 | 亚马逊 | 脸书 | 推特 | 英特尔 | 英伟达 | 甲骨文 | 三星 | 索尼 | 特斯拉 | 爱立信 | 诺基亚 | 思科 | 高通',
  '清华 | 清华大学 | 北大 | 北京大学 | 复旦 | 复旦大学 | 浙大 | 浙江大学 | 上海交通大学 | 中国人民大学 | 南京大学 | 中山大学 | 中国科学院 | 中科院 | 哈佛 | 斯坦福 | 麻省理工',
  '马云 | 马化腾 | 李彦宏 | 雷军 | 刘强东 | 任正非 | 张一鸣 | 丁磊 | 王兴 | 周鸿祎 | 乔布斯 | 比尔·盖茨 | 马斯克 | 扎克伯格',
);
