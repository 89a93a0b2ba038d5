/**
 * Writes the encoded pages of tests/fixtures/encodings/ from their UTF-8 twins
 * (`<name>.utf8.html`, hand-written). Each variant swaps the twin's `<meta charset="utf-8">` for
 * its own declaration (or none), is encoded by iconv, glibc's converter and so independent of
 * the ICU decoders the CLI reads it with, and may start with a byte-order mark.
 * tests/unit/cli/encodings.test.ts checks that each reads as its twin does.
 *
 * Run once after changing a twin: npx tsx scripts/make-encoding-fixtures.ts (needs iconv).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'encodings');

/** The declaration each twin carries once, which a variant replaces. */
const TWIN_DECLARATION = '<meta charset="utf-8">';

const BOMS = { 'UTF-8': [0xef, 0xbb, 0xbf], 'UTF-16LE': [0xff, 0xfe], 'UTF-16BE': [0xfe, 0xff] } as const;

/** An old portal's stylesheet inlined before its charset: the declaration lands past 1024 bytes. */
const INLINE_STYLE = `<style type="text/css">
body{margin:0;padding:0;font:12px/1.5 "宋体",Arial,sans-serif;color:#333;background:#fff}
a{color:#252525;text-decoration:none}a:hover{color:#ba2636;text-decoration:underline}
.N-nav-top{height:32px;line-height:32px;border-bottom:1px solid #e5e5e5;background:#f8f8f8}
.N-nav-top a{margin:0 8px;color:#666}
.post_wrap{width:1200px;margin:0 auto;overflow:hidden}
.post_main{float:left;width:780px;padding:20px 0}
.post_title{font-size:30px;line-height:42px;font-weight:bold;color:#404040;margin:0 0 10px}
.post_info{font-size:14px;color:#888;padding-bottom:16px;border-bottom:1px solid #ddd}
.post_body{font-size:18px;line-height:32px;color:#404040;padding-top:24px}
.post_body p{margin:0 0 26px;text-indent:0}
.post_body strong{color:#000}
.post_statement{font-size:14px;color:#888;text-align:right;margin-top:20px}
.post_related{margin-top:30px;border-top:2px solid #ba2636;padding-top:10px}
.post_related h3{font-size:18px;margin:0 0 10px}
.post_related li{list-style:none;line-height:30px;font-size:16px}
.N-footer{clear:both;padding:30px 0;text-align:center;color:#888;border-top:1px solid #ddd}
</style>
`;

interface Variant {
  file: string;
  /** The encoding iconv writes (glibc's name). */
  iconv: string;
  /** What stands where the twin declares UTF-8. */
  declaration: string;
  /** Written before the page, e.g. an XML declaration. */
  prefix?: string;
  bom?: boolean;
}

const VARIANTS: Variant[] = [
  // Simplified Chinese: GB2312 and GBK labels read with the gb18030 decoder (the text has 镕,
  // which GB2312 lacks, and 𬌗, a four-byte GB18030 sequence).
  { file: 'interview-zh.gb2312.html', iconv: 'GB18030', declaration: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />' },
  { file: 'interview-zh.gbk.html', iconv: 'GB18030', declaration: '<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=GBK">' },
  { file: 'interview-zh.gb18030.html', iconv: 'GB18030', declaration: '<!-- <meta charset="utf-8"> -->\n<meta charset=GB18030>' },
  { file: 'interview-zh.gbk-late.html', iconv: 'GB18030', declaration: `${INLINE_STYLE}<meta charset="gbk">` },
  { file: 'interview-zh.xml-declaration.html', iconv: 'GB18030', declaration: '', prefix: '<?xml version="1.0" encoding="GB2312"?>\n' },
  { file: 'interview-zh.undeclared.html', iconv: 'GB18030', declaration: '' },
  // Byte-order marks win over any declaration; a declared UTF-16 means UTF-8.
  { file: 'interview-zh.utf8-bom.html', iconv: 'UTF-8', bom: true, declaration: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' },
  { file: 'interview-zh.utf16le-bom.html', iconv: 'UTF-16LE', bom: true, declaration: '<meta http-equiv=Content-Type content="text/html; charset=unicode">' },
  { file: 'interview-zh.utf16be-bom.html', iconv: 'UTF-16BE', bom: true, declaration: '<meta charset="utf-16">' },
  { file: 'interview-zh.utf16-declared.html', iconv: 'UTF-8', declaration: '<meta charset="utf-16">' },
  // Traditional Chinese.
  { file: 'interview-zh-hant.big5.html', iconv: 'BIG5', declaration: '<meta charset="big5">' },
  { file: 'interview-zh-hant.big5-http-equiv.html', iconv: 'BIG5', declaration: `<meta http-equiv='Content-Type' content='text/html; charset="Big5"'>` },
  // Japanese: the Encoding Standard's Shift_JIS is Microsoft's code page 932.
  { file: 'interview-ja.shift_jis.html', iconv: 'CP932', declaration: '<meta http-equiv="Content-Type" content="text/html;charset=Shift_JIS">' },
  { file: 'interview-ja.x-sjis.html', iconv: 'CP932', declaration: '<meta content="text/html; charset=x-sjis" http-equiv="content-type">' },
  // German: „“, – and € exist in windows-1252 only, which browsers read for an ISO-8859-1 label.
  { file: 'interview-de.iso-8859-1.html', iconv: 'CP1252', declaration: '<meta http-equiv="content-type" content="text/html; charset=ISO-8859-1">' },
  { file: 'interview-de.windows-1252.html', iconv: 'CP1252', declaration: "<meta charset='windows-1252'>" },
  { file: 'interview-de.undeclared.html', iconv: 'CP1252', declaration: '' },
];

for (const variant of VARIANTS) {
  const twin = readFileSync(join(DIR, `${variant.file.split('.')[0]}.utf8.html`), 'utf8');
  if (twin.split(TWIN_DECLARATION).length !== 2) throw new Error(`${variant.file}: its twin must declare ${TWIN_DECLARATION} once`);
  const page = (variant.prefix ?? '') + twin.replace(TWIN_DECLARATION, variant.declaration);
  const encoded = encode(page, variant.iconv, variant.file);
  const bom = variant.bom ? Buffer.from(BOMS[variant.iconv as keyof typeof BOMS]) : Buffer.alloc(0);
  writeFileSync(join(DIR, variant.file), Buffer.concat([bom, encoded]));
  console.log(`${variant.file.padEnd(40)} ${String(bom.length + encoded.length).padStart(6)} bytes`);
}

/** The page in the encoding; iconv fails on a character the encoding lacks, so nothing is lost. */
function encode(page: string, encoding: string, file: string): Buffer {
  try {
    return execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: page, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${file}: iconv to ${encoding} failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`);
  }
}
