import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { richTextToPlain, sanitiseRichText } from './sanitise.ts';

test('the allowed tags stay, without any attribute', () => {
  assert.is(sanitiseRichText('<p class="x" onclick="alert(1)">本周<strong style="color:red">五</strong></p>'), '<p>本周<strong>五</strong></p>');
  assert.is(sanitiseRichText('<ul><li>一</li><li>二<br/>行</li></ul>'), '<ul><li>一</li><li>二<br>行</li></ul>');
});

test('script and other code containers go with their content', () => {
  const payloads = [
    '<script>alert(1)</script>', '<SCRIPT SRC=//x.js></SCRIPT>', '<style>body{display:none}</style>', '<iframe src="javascript:alert(1)"></iframe>',
    '<svg onload=alert(1)><script>alert(1)</script></svg>', '<template><img src=x onerror=alert(1)></template>', '<math><mi>x</mi></math>',
  ];
  for (const p of payloads) assert.is(sanitiseRichText(`前${p}后`), '前后', p);
});

test('unknown tags lose their markup and keep their text; handlers never survive', () => {
  assert.is(sanitiseRichText('<img src=x onerror=alert(1)>图'), '图');
  assert.is(sanitiseRichText('<a href="javascript:alert(1)">点击</a>'), '点击');
  assert.is(sanitiseRichText('<div><p onmouseover="x">文</p></div>'), '<p>文</p>');
  assert.is(sanitiseRichText('<p title="a>b" onclick=x>t</p>'), '<p>t</p>', 'a ">" inside a quoted value does not end the tag');
});

test('comments, doctypes and stray angle brackets are made harmless', () => {
  assert.is(sanitiseRichText('a<!-- <script>x</script> -->b'), 'ab');
  assert.is(sanitiseRichText('<!doctype html>a'), 'a');
  assert.is(sanitiseRichText('3 < 5 > 4 & <3'), '3 &lt; 5 &gt; 4 &amp; &lt;3');
  assert.is(sanitiseRichText('&lt;script&gt; &amp; &#20320;'), '&lt;script&gt; &amp; &#20320;', 'entities stay entities');
});

test('the result is well formed: unclosed tags are closed, stray closes dropped, overlap untangled', () => {
  assert.is(sanitiseRichText('<p><strong>x'), '<p><strong>x</strong></p>');
  assert.is(sanitiseRichText('</em>x</p>'), 'x');
  assert.is(sanitiseRichText('<p><em>a</p>b</em>'), '<p><em>a</em></p>b');
  assert.is(sanitiseRichText('<ul>'.repeat(50)).length, '<ul></ul>'.length * 12);
});

test('plain text for a ticker or an LED board', () => {
  assert.is(richTextToPlain('<p>本周五<strong>招聘会</strong></p><p>9:00&ndash;12:00 &amp; 免费</p>'), '本周五招聘会 9:00&ndash;12:00 & 免费');
});

test.run();
