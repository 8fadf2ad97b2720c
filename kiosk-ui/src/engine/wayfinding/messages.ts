import type { Messages } from '@jobhall/ui-kit';

/** The map's own words. */
export const wm = {
  stepFree: { zh: '无障碍路线（只乘电梯）', en: 'Step-free route (lifts only)' },
  howToGo: { zh: '怎么走', en: 'How to get there' },
  lit: { zh: '亮起的地方', en: 'Lit on the map' },
  metres: { zh: '约 {n} 米', en: 'About {n} m' },
  chooseWhere: { zh: '您要去哪里？', en: 'Where do you want to go?' },
  windowsOf: { zh: '{prefix} 字头号窗口', en: '{prefix} windows' },
  nowhere: { zh: '这项业务在自助机上办理，不用去窗口', en: 'This service is done at the kiosk; no window needed' },
} satisfies Messages<string>;

