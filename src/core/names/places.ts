/**
 * Place names the finder takes for names on their own, where capitalisation cannot tell (a
 * German noun is capitalised too, and Chinese has no capitals): countries, continents and
 * regions, German, Austrian and Swiss states and large cities, the world's largest cities, and
 * China's provinces and large cities. General knowledge, not fitted to any page: a place in
 * a multi-word name, or written with its own evidence (a title, a foreign capitalisation), is
 * found without this list.
 */

const list = (...lines: string[]): string[] => lines.join(' | ').split(' | ').map((s) => s.trim()).filter(Boolean);

/** Latin-script place names (German, English and French forms). */
export const LATIN_PLACES: ReadonlySet<string> = new Set(
  list(
    // Countries and continents, in German
    'Deutschland | Österreich | Schweiz | Frankreich | Italien | Spanien | Portugal | Niederlande | Belgien | Luxemburg | Dänemark | Schweden | Norwegen | Finnland | Island | Irland | Großbritannien | England | Schottland | Wales | Polen | Tschechien | Slowakei | Ungarn | Rumänien | Bulgarien | Griechenland | Türkei | Kroatien | Slowenien | Serbien | Bosnien | Albanien | Ukraine | Russland | Belarus | Weißrussland | Litauen | Lettland | Estland | Moldau | Georgien | Armenien | Aserbaidschan | Kasachstan | Israel | Palästina | Libanon | Syrien | Irak | Iran | Afghanistan | Pakistan | Indien | China | Japan | Korea | Nordkorea | Südkorea | Taiwan | Vietnam | Thailand | Indonesien | Philippinen | Malaysia | Singapur | Australien | Neuseeland | Ägypten | Marokko | Algerien | Tunesien | Libyen | Nigeria | Kenia | Äthiopien | Südafrika | Ghana | Senegal | Mali | Sudan | Kongo | Mexiko | Kanada | Brasilien | Argentinien | Chile | Peru | Kolumbien | Venezuela | Kuba | Bolivien | Ecuador | Uruguay | Paraguay | Amerika | Europa | Asien | Afrika | Ozeanien | Arktis | Antarktis | Südeuropa | Nordeuropa | Osteuropa | Westeuropa | Mitteleuropa | Skandinavien | Balkan | Nahost | Lateinamerika | Südamerika | Nordamerika | Mittelmeer | Nordsee | Ostsee | Alpen | Sizilien | Sardinien | Korsika | Kreta | Mallorca | Bali | Costa Rica | Saudi-Arabien | Katar | Vereinigte Staaten | Vereinigtes Königreich',
    // Countries and continents, in English and French
    'Germany | Austria | Switzerland | France | Italy | Spain | Netherlands | Belgium | Denmark | Sweden | Norway | Finland | Ireland | Britain | Great Britain | Scotland | Poland | Czechia | Hungary | Romania | Greece | Turkey | Croatia | Russia | Lithuania | Latvia | Estonia | Lebanon | Syria | Iraq | India | Japan | Indonesia | Philippines | Australia | New Zealand | Egypt | Morocco | Algeria | Tunisia | Libya | Kenya | Ethiopia | South Africa | Congo | Mexico | Canada | Brazil | Argentina | Colombia | Cuba | America | Europe | Asia | Africa | Middle East | Latin America | South America | North America | Mediterranean | Allemagne | Autriche | Suisse | Italie | Espagne | Belgique | Danemark | Suède | Norvège | Pologne | Grèce | Turquie | Russie | Inde | Chine | Japon | Égypte | Maroc | Algérie | Tunisie | Mexique | Brésil | Europe | Asie | Afrique | Amérique | Méditerranée',
    // German, Austrian and Swiss states and cities
    'Baden-Württemberg | Bayern | Berlin | Brandenburg | Bremen | Hamburg | Hessen | Mecklenburg-Vorpommern | Niedersachsen | Nordrhein-Westfalen | Rheinland-Pfalz | Saarland | Sachsen | Sachsen-Anhalt | Schleswig-Holstein | Thüringen | Tirol | Vorarlberg | Kärnten | Steiermark | Ruhrgebiet | Rheinland | Oberpfalz | Allgäu | Bodensee | Schwarzwald | Köln | München | Frankfurt | Stuttgart | Düsseldorf | Dortmund | Essen | Leipzig | Dresden | Hannover | Nürnberg | Duisburg | Bochum | Wuppertal | Bielefeld | Bonn | Münster | Karlsruhe | Mannheim | Augsburg | Wiesbaden | Aachen | Kiel | Rostock | Lübeck | Freiburg | Heidelberg | Mainz | Kassel | Erfurt | Magdeburg | Potsdam | Halle | Regensburg | Würzburg | Göttingen | Jena | Trier | Saarbrücken | Wien | Graz | Linz | Salzburg | Innsbruck | Zürich | Genf | Basel | Bern | Lausanne | Luzern',
    // Large cities of the world
    'London | Paris | Rom | Rome | Madrid | Barcelona | Lissabon | Lisbon | Amsterdam | Brüssel | Brussels | Kopenhagen | Copenhagen | Stockholm | Oslo | Helsinki | Warschau | Warsaw | Prag | Prague | Budapest | Athen | Athens | Istanbul | Moskau | Moscow | Kiew | Kyiv | Mailand | Milan | Neapel | Naples | Venedig | Venice | Florenz | Florence | Marseille | Lyon | Dublin | Edinburgh | Manchester | Oxford | Cambridge | New York | Washington | Los Angeles | San Francisco | Chicago | Boston | Seattle | Miami | Houston | Toronto | Montreal | Vancouver | Mexico City | Rio de Janeiro | São Paulo | Buenos Aires | Tokio | Tokyo | Peking | Beijing | Shanghai | Hongkong | Hong Kong | Shenzhen | Singapore | Seoul | Delhi | Mumbai | Jerusalem | Tel Aviv | Kairo | Cairo | Dubai | Sydney | Melbourne | Lampedusa',
  ),
);

/** Chinese place names: China's provinces, regions and large cities, and the world's countries and cities most written about. */
export const CHINESE_PLACES: readonly string[] = list(
  '中国 | 美国 | 日本 | 韩国 | 朝鲜 | 英国 | 法国 | 德国 | 意大利 | 西班牙 | 葡萄牙 | 荷兰 | 比利时 | 瑞士 | 瑞典 | 挪威 | 芬兰 | 丹麦 | 俄罗斯 | 乌克兰 | 波兰 | 印度 | 巴西 | 加拿大 | 澳大利亚 | 新西兰 | 新加坡 | 马来西亚 | 泰国 | 越南 | 印度尼西亚 | 菲律宾 | 以色列 | 伊朗 | 土耳其 | 埃及 | 南非 | 墨西哥 | 阿根廷 | 欧洲 | 亚洲 | 非洲 | 美洲 | 北美 | 欧盟 | 硅谷 | 纽约 | 伦敦 | 巴黎 | 东京 | 首尔 | 旧金山 | 洛杉矶 | 华盛顿 | 柏林',
  '北京 | 上海 | 天津 | 重庆 | 广州 | 深圳 | 杭州 | 南京 | 苏州 | 武汉 | 成都 | 西安 | 长沙 | 郑州 | 济南 | 青岛 | 大连 | 沈阳 | 哈尔滨 | 长春 | 厦门 | 福州 | 合肥 | 南昌 | 昆明 | 贵阳 | 南宁 | 海口 | 兰州 | 太原 | 石家庄 | 呼和浩特 | 乌鲁木齐 | 拉萨 | 银川 | 西宁 | 宁波 | 无锡 | 珠海 | 东莞 | 佛山 | 香港 | 澳门 | 台湾 | 台北 | 港澳台',
  '河北 | 山西 | 辽宁 | 吉林 | 黑龙江 | 江苏 | 浙江 | 安徽 | 福建 | 江西 | 山东 | 河南 | 湖北 | 湖南 | 广东 | 海南 | 四川 | 贵州 | 云南 | 陕西 | 甘肃 | 青海 | 内蒙古 | 广西 | 西藏 | 宁夏 | 新疆 | 中关村',
);
