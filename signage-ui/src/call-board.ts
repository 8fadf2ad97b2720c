import type { CallEvent, NowCalling } from '@jobhall/hub-server/contract';

/** What the call panel shows, derived from the retained board state and the live call events. */
export interface CallBoard {
  current: CallEvent | null;
  recent: CallEvent[];
  waiting: NowCalling['waiting'];
  /** Highest call sequence shown, so a redelivered call (QoS 1) is not shown or announced twice. */
  lastSeq: number;
  /** Bumped on every new call or recall, to restart the highlight animation. */
  flash: number;
}

export const emptyBoard: CallBoard = { current: null, recent: [], waiting: [], lastSeq: 0, flash: 0 };

export const RECENT = 6;

/** The retained state after (re)connecting: take it unless live calls already moved past it. */
export function applySnapshot(board: CallBoard, snap: NowCalling): CallBoard {
  const seq = snap.current?.seq ?? 0;
  if (seq < board.lastSeq) return { ...board, waiting: snap.waiting };
  return { current: snap.current, recent: snap.recent, waiting: snap.waiting, lastSeq: seq, flash: board.flash };
}

/** A live call. Returns null when it was already shown (a redelivery). */
export function applyCall(board: CallBoard, call: CallEvent): CallBoard | null {
  if (call.seq <= board.lastSeq) return null;
  const recent = [call, ...board.recent.filter((c) => c.callId !== call.callId && c.ticketId !== call.ticketId)].slice(0, RECENT);
  return { ...board, current: call, recent, lastSeq: call.seq, flash: board.flash + 1 };
}
