import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { RUN_BREAK, indexText, queryTerm, queryWords } from './bigram.ts';

test('Chinese runs become overlapping pairs; latin words stay whole and lower case', () => {
  assert.is(indexText('保安员'), '保安 安员');
  assert.is(indexText('持C1驾照'), '持 c1 驾照');
  assert.is(indexText('普工'), '普工');
  assert.is(indexText('Java开发'), 'java 开发');
});

test('punctuation between runs leaves a break token, so phrases cannot match across it', () => {
  assert.is(indexText('保安，员工'), `保安 ${RUN_BREAK} 员工`);
});

test('query terms: phrases of pairs, and single characters for a scan', () => {
  assert.equal(queryTerm('保安员'), { kind: 'phrase', term: '保安员', fts: '"保安 安员"' });
  assert.equal(queryTerm('保安'), { kind: 'phrase', term: '保安', fts: '"保安"' });
  assert.equal(queryTerm('工'), { kind: 'scan', term: '工' });
  assert.equal(queryTerm('C1'), { kind: 'phrase', term: 'c1', fts: '"c1"' });
  assert.is(queryTerm('，。'), null);
  assert.equal(queryWords(' 保安  夜班，包住 '), ['保安', '夜班', '包住']);
});

test('in FTS5 the phrase of pairs finds exactly the texts that contain the query', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0')");
  const docs = ['招聘保安员若干名', '保洁阿姨，安员工宿舍', '小区门卫保安', '电子厂普工', '普通工人', '保，安'];
  docs.forEach((d, i) => db.prepare('INSERT INTO t(rowid, body) VALUES (?, ?)').run(i + 1, indexText(d)));
  const find = (q: string) => {
    const term = queryTerm(q);
    if (term?.kind !== 'phrase') throw new Error('expected a phrase');
    return (db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').all(term.fts) as Array<{ rowid: number }>).map((r) => r.rowid);
  };
  for (const q of ['保安', '保安员', '普工', '安员', '工人', '门卫保安']) {
    const expected = docs.map((d, i) => (d.includes(q) ? i + 1 : 0)).filter(Boolean);
    assert.equal(find(q), expected, q);
  }
});

test.run();
