import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '../testing/test-hub.ts';
import { findUnsafeText, plainText, richTextPlain, sanitiseRichText, sniffUpload, unsafeCharacter } from './sanitise.ts';

test('control characters, bidi overrides and lone surrogates are unsafe; Chinese, emoji, tabs, newlines and LRM are not', () => {
  for (const [text, char] of [['标题\x1b@', 'U+001B'], ['\x1dV\x00', 'U+001D'], ['abc\u202Egpj.exe', 'U+202E'], ['\u2066x', 'U+2066'], ['x\x7f', 'U+007F'], ['\x85', 'U+0085'], ['a\uD800b', 'U+D800'], ['\uDC00', 'U+DC00']] as const) {
    assert.is(unsafeCharacter(text), char, JSON.stringify(text));
  }
  for (const text of ['保安 24小时 包吃住', '😀 emoji', 'tab\there', 'line\nline\r\n', 'ئۇيغۇر\u200F', '']) assert.is(unsafeCharacter(text), null, text);
  assert.equal(findUnsafeText({ a: ['ok', { title: 'x\x1b' }] }, 'body'), { path: 'body.a.1.title', char: 'U+001B' });
  assert.is(plainText('  e\u0301\r\nB\x07  '), 'é\nB');
});

const PAYLOADS: Array<[string, string]> = [
  ['<script>alert(1)</script>hello', 'hello'],
  ['<SCRIPT SRC=//x.test/a.js></SCRIPT>x', 'x'],
  ['<img src=x onerror=alert(1)>', ''],
  ['<p onclick="alert(1)" style="color:red">text</p>', '<p>text</p>'],
  ['<a href="javascript:alert(1)">link</a>', 'link'],
  ['<svg onload=alert(1)><script>alert(2)</script></svg>after', 'after'],
  ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
  ['<strong>粗</strong><em>斜</em>', '<strong>粗</strong><em>斜</em>'],
  ['<p>unclosed <b>bold', '<p>unclosed <b>bold</b></p>'],
  ['</p>stray close', 'stray close'],
  ['<ul><li>一<li>二</ul>', '<ul><li>一<li>二</li></li></ul>'],
  ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['&#60;img src=x onerror=alert(1)&#62;', '&lt;img src=x onerror=alert(1)&gt;'],
  ['a < b && c > d', 'a &lt; b &amp;&amp; c &gt; d'],
  ['<!-- <script>alert(1)</script> -->x', 'x'],
  ['<![CDATA[<script>alert(1)</script>]]>', 'alert(1)]]&gt;'], // a bogus comment to the first >, as browsers read it
  ['<p title="a>b" onmouseover=alert(1)>q</p>', '<p>q</p>'],
  ['<p\nonclick=alert(1)>q</p>', '<p>q</p>'],
  ['<img src="x" onerror="alert(1)"', ''],
  ['<style>body{background:url(javascript:alert(1))}</style>ok', 'ok'],
  ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>y', 'y'],
  ['<br/><br onload=x>', '<br><br>'],
  ['x&#x202E;y\x1b', 'xy'],
  ['"quotes" & \'apostrophes\'', '&quot;quotes&quot; &amp; &#39;apostrophes&#39;'],
  ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '&quot;&gt;'],
];

test('rich text keeps the allow-list bare and nothing else of the markup', () => {
  for (const [input, expected] of PAYLOADS) {
    const out = sanitiseRichText(input);
    assert.is(out, expected, input);
    // Whatever came in, what goes out has no attribute, no other tag, no event handler, no script scheme in markup.
    assert.not.match(out, /<(?!\/?(p|br|strong|em|b|i|u|s|ul|ol|li|h2|h3|blockquote)>)/, input);
  }
});

test('deep nesting is flattened; the plain text of rich text has its line breaks', () => {
  const deep = '<b>'.repeat(100) + 'x';
  assert.is((sanitiseRichText(deep).match(/<b>/g) ?? []).length, 16);
  assert.is(richTextPlain('<h2>招聘会</h2><p>时间：&nbsp;9:00</p><ul><li>保安</li><li>保洁</li></ul><script>x</script>'), '招聘会\n时间：\u00A09:00\n保安\n保洁');
});

test('uploads are recognised by their bytes; SVG and HTML are not images', () => {
  const b = (...x: Array<number | string>) => Uint8Array.from(x.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
  assert.is(sniffUpload(b(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0)), 'image/png');
  assert.is(sniffUpload(b(0xff, 0xd8, 0xff, 0xe0)), 'image/jpeg');
  assert.is(sniffUpload(b('GIF89a')), 'image/gif');
  assert.is(sniffUpload(b('RIFF', 0, 0, 0, 0, 'WEBPVP8 ')), 'image/webp');
  assert.is(sniffUpload(b('RIFF', 0, 0, 0, 0, 'WAVEfmt ')), 'audio/wav');
  assert.is(sniffUpload(b('%PDF-1.7')), 'application/pdf');
  assert.is(sniffUpload(b('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">')), null);
  assert.is(sniffUpload(b('<!doctype html><script>')), null);
  assert.is(sniffUpload(b()), null);
});

test('every route refuses an unsafe character in the body, the query or the parameters, naming the field', async () => {
  const hub = await startTestHub();
  try {
    const body = await hub.app.inject({ method: 'POST', url: '/api/vacancies/check', payload: { title: '保安\x1d\x56\x00', description: 'x' } });
    assert.is(body.statusCode, 400);
    assert.equal(body.json().issues, [{ path: 'body.title', message: 'contains the control or direction character U+001D' }]);
    const query = await hub.app.inject({ url: `/api/jobs?q=${encodeURIComponent('保安\u202E')}` });
    assert.is(query.statusCode, 400);
    assert.is(query.json().issues[0].path, 'querystring.q');
    const params = await hub.app.inject({ url: `/api/services/${encodeURIComponent('3.1\x00')}` });
    assert.is(params.statusCode, 400);
    assert.is(params.json().issues[0].path, 'params.id');
    // The same text without the character is fine.
    assert.is((await hub.app.inject({ url: `/api/jobs?q=${encodeURIComponent('保安')}` })).statusCode, 200);
  } finally {
    await hub.close();
  }
});

test.run();
