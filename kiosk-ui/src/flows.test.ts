import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '@jobhall/hub-server/testing';
import { FLOWS } from './flows.ts';
import { noFilters, searchParams } from './jobs/jobs-data.ts';

test('every kind-of-vacancy search a service opens finds vacancies in the demo hall', async () => {
  const hub = await startTestHub();
  try {
    const empty: string[] = [];
    for (const [service, flows] of Object.entries(FLOWS)) {
      for (const flow of flows) {
        if (!flow.preset) continue;
        const res = await hub.app.inject({ method: 'GET', url: `/api/jobs?${searchParams({ ...noFilters, preset: flow.preset }, 0, 1)}` });
        assert.is(res.statusCode, 200, res.body);
        if (res.json().total === 0) empty.push(`${service} ${flow.id}`);
      }
    }
    assert.equal(empty, [], 'searches that show no vacancies');
  } finally {
    await hub.close();
  }
});

test.run();
