import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '@jobhall/hub-server/testing';
import { readFileSync, readdirSync } from 'node:fs';
import { FlowDefinition } from '@jobhall/hub-server/contract';
import { noFilters, searchParams } from './jobs/jobs-data.ts';

test('every kind-of-vacancy search a service opens finds vacancies in the demo hall', async () => {
  const hub = await startTestHub();
  try {
    const empty: string[] = [];
    const dir = new URL('../../content/flows/', import.meta.url);
    const flows = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => FlowDefinition.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
    for (const flow of flows) {
      if (flow.kind !== 'screen' || !flow.preset) continue;
      const res = await hub.app.inject({ method: 'GET', url: `/api/jobs?${searchParams({ ...noFilters, preset: flow.preset }, 0, 1)}` });
      assert.is(res.statusCode, 200, res.body);
      if (res.json().total === 0) empty.push(`${flow.functions.join(',')} ${flow.id}`);
    }
    assert.equal(empty, [], 'searches that show no vacancies');
  } finally {
    await hub.close();
  }
});

test.run();
