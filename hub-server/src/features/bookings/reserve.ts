import crypto from 'node:crypto';
import { HttpError } from '../../infra/errors.ts';
import type { BookingStore, NewBooking } from './store.ts';

const refused = (code: string, path: string, message: string, zh: string, en: string) =>
  new HttpError(409, code, `${path}: ${message}`, [{ path, message }], { zh, en });

/**
 * Takes the places of a booking, or refuses: the caller runs it in an IMMEDIATE transaction, so between the
 * count and the insert no other connection can write. The table's trigger holds the slot to its capacity
 * whatever the caller does; this says why in words first. Returns the booking's new code.
 */
export function reserve(store: BookingStore, row: Omit<NewBooking, 'code'>, by: string): string {
  const clash = store.overlapping(row.phone_hash, row.slot_start, row.slot_end);
  if (clash.some((c) => c.flow_id === row.flow_id && c.slot_start === row.slot_start)) {
    throw refused('ALREADY_BOOKED', 'body.phone', 'this mobile number already holds this slot',
      '这个手机号已经预约了这个时段。', 'This mobile number has already booked this time.');
  }
  if (clash.length) {
    throw refused('OVERLAPS', 'body.slotStart', 'this mobile number holds another booking at that time',
      '这个时间您已经有别的预约了，请换个时间。', 'You already have another booking at that time; please pick another.');
  }
  if (store.takenSlot(row.flow_id, row.slot_start, row.host_id) + row.places > row.capacity) {
    throw refused('SLOT_FULL', 'body.slotStart', 'not enough places left in this slot',
      '这个时段已经约满了，请选择其他时段。', 'This time is fully booked; please choose another.');
  }
  let code: string;
  // 8 digits: a random code is unguessable enough with the mobile's last digits asked beside it.
  do code = String(crypto.randomInt(10_000_000, 100_000_000));
  while (store.codeOpen(code));
  store.insert({ ...row, code, by });
  return code;
}
