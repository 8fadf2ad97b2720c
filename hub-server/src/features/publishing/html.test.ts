import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { html, paragraphs, trusted, withPhoneLinks } from './html.ts';

test('values are escaped, nested templates and trusted markup are not', () => {
  const title = '<script>alert("x")</script> & \'quotes\'';
  const out = html`<h1 title="${title}">${title}</h1>${html`<b>${'<i>'}</b>`}${trusted('<svg></svg>')}`.value;
  assert.is(out, '<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</h1><b>&lt;i&gt;</b><svg></svg>');
});

test('lists join, and null, undefined and false render nothing', () => {
  assert.is(html`${['a', '<b>']}|${null}|${undefined}|${false}|${0}`.value, 'a&lt;b&gt;||||0');
});

test('paragraphs split on blank lines and keep single breaks, escaped', () => {
  assert.is(paragraphs('one\ntwo <x>\n\nthree').value, '<p>one<br>two &lt;x&gt;</p><p>three</p>');
});

test('phone numbers become tel: links; the rest stays escaped text', () => {
  const out = withPhoneLinks('咨询 021-63210000 或 12333，<勿信> 138001380001 不是号码').value;
  assert.ok(out.includes('<a class="tel" href="tel:02163210000">021-63210000</a>'));
  assert.ok(out.includes('<a class="tel" href="tel:12333">12333</a>'));
  assert.ok(out.includes('&lt;勿信&gt;'));
  assert.not.ok(out.includes('tel:138001380001'), 'a 12-digit run is not a mobile number');
});

test.run();
