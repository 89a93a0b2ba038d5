/**
 * Paragraph texts that are boilerplate on any site: copyright and agency lines, "Related:" /
 * "Lesen Sie auch:" links, image credits and editor lines, reprint notices. Tested on the
 * normalised text of a paragraph; a match leaves the paragraph out of the article.
 */
export const COMMON_BOILERPLATE: RegExp[] = [
  // "© dpa-infocom, dpa:…", "Copyright 2024 …", "版权所有".
  /^(?:©|\(c\)\s|Copyright\b|版权所有|Alle Rechte vorbehalten)/i,
  // Links to other stories.
  /^(?:Related|Read more|Read next|See also|Also read|More from [^:]{1,40}|Lesen Sie auch|Mehr zum Thema|Auch interessant|Weiterlesen|延伸阅读|相关阅读|推荐阅读)\s*[:：]/i,
  // Credits and editor lines: "*头图来源：…", "（责编：王佳）", "Foto: …".
  /^[*＊]?\s*[(（【[]?\s*(?:责编|责任编辑|编辑|作者|来源|图片来源|图片来自|头图来源|题图|图源|摄影|Photo|Photos|Foto|Fotos|Image|Credit|Credits)\s*[:：]/i,
  // Reprint notices: "本文为…原创文章，转载请联系…".
  /转载请(?:联系|注明)|未经(?:许可|授权).{0,10}转载/,
];
