import type { Messages } from '@jobhall/ui-kit';

/** The booking screens' words. */
export const bm = {
  chooseHost: { zh: '选择指导老师', en: 'Choose who you see' },
  chooseDay: { zh: '选择日期', en: 'Choose a day' },
  chooseTime: { zh: '选择时间', en: 'Choose a time' },
  placesLeft: { zh: '剩 {n} 个名额', en: 'Places left: {n}' },
  full: { zh: '已约满', en: 'Full' },
  tooSoon: { zh: '已截止', en: 'Closed' },
  noSlots: { zh: '这一天没有可预约的时间了，请选择其他日期', en: 'Nothing left to book this day; please choose another' },
  yourDetails: { zh: '填写预约信息', en: 'Your details' },
  name: { zh: '姓名', en: 'Name' },
  phone: { zh: '手机号码', en: 'Mobile number' },
  phoneHint: { zh: '只用于预约有变动时联系您，预约结束后删除', en: 'Only to reach you if the booking changes; deleted after it' },
  topic: { zh: '想谈什么', en: 'What to talk about' },
  fillIn: { zh: '填写', en: 'Fill in' },
  change: { zh: '修改', en: 'Change' },
  changeTime: { zh: '换个时间', en: 'Another time' },
  confirm: { zh: '确认预约', en: 'Confirm booking' },
  booked: { zh: '预约成功', en: 'Booked' },
  yourCode: { zh: '预约码', en: 'Booking code' },
  keepCode: { zh: '请记住预约码：取消预约时要用', en: 'Keep this code: you need it to cancel' },
  slipPrinting: { zh: '预约凭条正在打印，请取走', en: 'Your booking slip is printing; please take it' },
  noPrinter: { zh: '这台自助机不能打印，请把预约码抄下来', en: 'This kiosk cannot print; please write the code down' },
  cancelBooking: { zh: '取消预约', en: 'Cancel a booking' },
  enterCode: { zh: '输入 8 位预约码', en: 'Enter the 8-digit booking code' },
  enterLast4: { zh: '输入预约时所留手机号的后 4 位', en: 'Enter the last 4 digits of the mobile you booked with' },
  cancelled: { zh: '预约已取消，名额已让给别人', en: 'Booking cancelled; the place is free for someone else' },
  where: { zh: '在哪里', en: 'Where is it' },
  with: { zh: '预约', en: 'With' },
  when: { zh: '时间', en: 'When' },
  place: { zh: '地点', en: 'Where' },
  done: { zh: '完成', en: 'Done' },
} satisfies Messages<string>;


/** "11月24日 周二" / "Tue 24 Nov", from a service day (the hall's calendar date). */
export function dayLabel(day: string, locale: 'zh' | 'en'): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', month: 'short', day: 'numeric', weekday: 'short' });
}

/** "09:45–10:30" in the hall's time zone. */
export function timeSpan(start: string, end: string, timeZone: string): string {
  const f = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${f(start)}–${f(end)}`;
}

/** The hall's calendar date of an instant (en-CA writes YYYY-MM-DD). */
export function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
