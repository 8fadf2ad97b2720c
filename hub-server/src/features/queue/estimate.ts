import type { QueueLine } from '../../contract/index.ts';

/**
 * Minutes until a ticket is called: the people ahead, served in parallel by the line's counters, each taking
 * the line's typical visit. A first estimate, replaced once the event log has history to learn from.
 */
export function estimateWaitMinutes(peopleAhead: number, queue: QueueLine, openCounters = queue.counters.length): number {
  if (peopleAhead === 0) return 0;
  const counters = Math.max(1, openCounters);
  return Math.ceil((peopleAhead * queue.typicalServiceMinutes) / counters);
}
