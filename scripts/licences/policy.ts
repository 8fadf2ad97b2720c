/**
 * Which dependency licences JobHall can ship under its own licence, GPL-3.0-or-later. The project is GPL because
 * it ships `espeak-ng` (GPL-3.0-or-later) to synthesise the call voice; everything else it ships must be
 * combinable with GPL-3.0, per the FSF's list of GPL-compatible licences
 * (https://www.gnu.org/licenses/license-list.html).
 */
export const PROJECT_LICENCE = 'GPL-3.0-or-later';

/** SPDX ids the FSF lists as compatible with GPL-3.0 (permissive ones, and the GPL/LGPL family at version 3). */
const COMPATIBLE = new Set([
  'MIT', 'MIT-0', 'ISC', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'BlueOak-1.0.0', 'Zlib', 'Unlicense',
  'CC0-1.0', 'WTFPL', 'Python-2.0', 'MPL-2.0', 'Artistic-2.0', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only',
  'LGPL-3.0-or-later', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later', 'CC-BY-4.0',
]);

/**
 * Whether an SPDX expression can be shipped: an OR needs one compatible side, an AND needs both. Parentheses are
 * honoured; `WITH` exceptions only ever add permissions, so the licence before them decides.
 */
export function compatible(expression: string): boolean {
  const tokens = expression.replace(/[()]/g, (p) => ` ${p} `).trim().split(/\s+/);
  let i = 0;
  const primary = (): boolean => {
    const tok = tokens[i++];
    if (tok === '(') {
      const v = or();
      i++; // ')'
      return v;
    }
    if (tokens[i] === 'WITH') i += 2;
    return COMPATIBLE.has((tok ?? '').replace(/\+$/, '-or-later'));
  };
  const and = (): boolean => {
    let v = primary();
    while (tokens[i] === 'AND') {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (tokens[i] === 'OR') {
      i++;
      v = and() || v;
    }
    return v;
  };
  return or();
}
