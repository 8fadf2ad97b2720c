import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Slide, type SlideOf } from '@jobhall/hub-server/contract';
import { SLIDE_TYPES, getPath, newSlide, setPath } from './slide-fields.ts';

test('a new slide of every type is filled enough to edit, and each field path reaches into it', () => {
  for (const type of Object.keys(SLIDE_TYPES) as Array<keyof typeof SLIDE_TYPES>) {
    const s = newSlide(type, 'x');
    if (type !== 'image' && type !== 'video' && type !== 'web') assert.ok(Slide.safeParse(s).success, type);
    for (const f of SLIDE_TYPES[type].fields) {
      if (!('optional' in f && f.optional)) assert.is.not(getPath(s, f.path), undefined, `${type}.${f.path.join('.')}`);
    }
  }
});

test('set and get by path, across an array of projects', () => {
  const s = newSlide('startup', 's') as SlideOf<'startup'>;
  const names = [{ zh: '早餐车', en: 'Breakfast cart' }, { zh: '家政', en: 'Home services' }];
  const next = setPath(s, ['projects', '*', 'name'], names);
  assert.equal(getPath(next, ['projects', '*', 'name']), names);
  assert.is(next.projects.length, 2);
  assert.is(next.projects[0]!.summary.zh, '简介', 'the rest of the first project is kept');
  assert.is(s.projects.length, 1, 'the original is not changed');
});

test.run();
