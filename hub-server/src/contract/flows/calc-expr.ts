/**
 * The calculators' rule language: one small expression per step, written in content and read by people who
 * check the rules (`min(24, monthsByYears + unclaimedMonths)`). Parsed here into a tree and never handed to
 * eval: numbers, 'text', true/false, names, + - * /, comparisons, and/or/not, and a fixed list of functions.
 *
 *   expr := or;  or := and ('or' and)*;  and := not ('and' not)*;  not := 'not' not | cmp
 *   cmp  := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum)?;  sum := product (('+' | '-') product)*
 *   product := unary (('*' | '/') unary)*;  unary := '-' unary | atom
 *   atom := number | 'text' | true | false | name | name '(' expr (',' expr)* ')' | '(' expr ')'
 */

export type BinaryOp = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'name'; name: string }
  | { t: 'neg' | 'not'; arg: Expr }
  | { t: 'bin'; op: BinaryOp; left: Expr; right: Expr }
  | { t: 'call'; fn: FunctionName; args: Expr[] };

/**
 * The functions a rule may call, with how many arguments each takes. `if` evaluates only the branch it takes;
 * `lookup(table, x)` reads a bracket table; `pick(key, k1, v1, …, otherwise)` chooses by a choice's value.
 */
export const FUNCTIONS = {
  min: [2, 10], max: [2, 10], round: [1, 2], floor: [1, 1], ceil: [1, 1], abs: [1, 1], if: [3, 3], lookup: [2, 2], pick: [4, 22],
} as const satisfies Record<string, readonly [number, number]>;
export type FunctionName = keyof typeof FUNCTIONS;

/** A rule that cannot be read or cannot be computed: the message says what and where. */
export class ExprError extends Error {}

type Token = { k: 'num'; v: number } | { k: 'str'; v: string } | { k: 'id'; v: string } | { k: 'op'; v: string };

const OPS = ['<=', '>=', '==', '!=', '<', '>', '+', '-', '*', '/', '(', ')', ','];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ k: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ k: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new ExprError(`a text starting at ${i + 1} has no closing '`);
      out.push({ k: 'str', v: src.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ExprError(`"${c}" at ${i + 1} is not part of the rule language`);
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  return out;
}

/** Parses one rule expression; an ExprError says what is wrong and where. */
export function parseExpr(src: string): Expr {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.k === 'op' && peek()!.v === v;
  const isWord = (v: string) => peek()?.k === 'id' && peek()!.v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new ExprError(`expected "${v}" ${where()}`);
    pos++;
  };
  const where = () => (peek() ? `before "${String(peek()!.v)}"` : 'at the end');

  const binary = (next: () => Expr, ops: readonly string[], words = false): Expr => {
    let left = next();
    for (;;) {
      const tok = peek();
      const op = tok && (words ? tok.k === 'id' : tok.k === 'op') && ops.includes(String(tok.v)) ? (tok.v as BinaryOp) : null;
      if (!op) return left;
      pos++;
      left = { t: 'bin', op, left, right: next() };
    }
  };
  const or = (): Expr => binary(and, ['or'], true);
  const and = (): Expr => binary(not, ['and'], true);
  const not = (): Expr => {
    if (!isWord('not')) return cmp();
    pos++;
    return { t: 'not', arg: not() };
  };
  const cmp = (): Expr => {
    const left = sum();
    const tok = peek();
    if (tok?.k === 'op' && ['<', '<=', '>', '>=', '==', '!='].includes(tok.v)) {
      pos++;
      return { t: 'bin', op: tok.v as BinaryOp, left, right: sum() };
    }
    return left;
  };
  const sum = (): Expr => binary(product, ['+', '-']);
  const product = (): Expr => binary(unary, ['*', '/']);
  const unary = (): Expr => {
    if (!isOp('-')) return atom();
    pos++;
    return { t: 'neg', arg: unary() };
  };
  const atom = (): Expr => {
    const tok = peek();
    if (!tok) throw new ExprError('the rule ends too early');
    pos++;
    if (tok.k === 'num') return { t: 'num', v: tok.v };
    if (tok.k === 'str') return { t: 'str', v: tok.v };
    if (tok.k === 'op') {
      if (tok.v !== '(') throw new ExprError(`unexpected "${tok.v}"`);
      const inner = or();
      expect(')');
      return inner;
    }
    if (tok.v === 'true' || tok.v === 'false') return { t: 'bool', v: tok.v === 'true' };
    if (['and', 'or', 'not'].includes(tok.v)) throw new ExprError(`unexpected "${tok.v}"`);
    if (!isOp('(')) return { t: 'name', name: tok.v };
    if (!(tok.v in FUNCTIONS)) throw new ExprError(`no function "${tok.v}" (there are ${Object.keys(FUNCTIONS).join(', ')})`);
    pos++;
    const args: Expr[] = [or()];
    while (isOp(',')) {
      pos++;
      args.push(or());
    }
    expect(')');
    const fn = tok.v as FunctionName;
    const [lo, hi] = FUNCTIONS[fn];
    if (args.length < lo || args.length > hi || (fn === 'pick' && args.length % 2 !== 0)) {
      throw new ExprError(fn === 'pick' ? 'pick takes a key, pairs of value and result, and a last result for anything else' : `${fn} takes ${lo === hi ? lo : `${lo} to ${hi}`} arguments, not ${args.length}`);
    }
    return { t: 'call', fn, args };
  };

  if (!tokens.length) throw new ExprError('the rule is empty');
  const tree = or();
  if (pos < tokens.length) throw new ExprError(`unexpected "${String(peek()!.v)}" after a complete rule`);
  return tree;
}

/** Every name an expression reads, in order of first use. */
export function namesIn(e: Expr, out: string[] = []): string[] {
  switch (e.t) {
    case 'name':
      if (!out.includes(e.name)) out.push(e.name);
      break;
    case 'neg':
    case 'not':
      namesIn(e.arg, out);
      break;
    case 'bin':
      namesIn(e.left, out);
      namesIn(e.right, out);
      break;
    case 'call':
      for (const a of e.args) namesIn(a, out);
      break;
  }
  return out;
}

const PRECEDENCE: Record<BinaryOp, number> = { or: 1, and: 2, '<': 4, '<=': 4, '>': 4, '>=': 4, '==': 4, '!=': 4, '+': 5, '-': 5, '*': 6, '/': 6 };

/**
 * An expression written back as text with as few parentheses as its meaning needs; `put` may replace a name
 * or a call by what it stood for (its number), so a formula can be shown with the numbers in.
 */
export function showExpr(e: Expr, put: (e: Expr) => string | null = () => null): string {
  const own = put(e);
  if (own !== null) return own;
  switch (e.t) {
    case 'num':
      return String(e.v);
    case 'str':
      return `'${e.v}'`;
    case 'bool':
      return String(e.v);
    case 'name':
      return e.name;
    case 'neg':
      return `-${wrap(e.arg, 7, put)}`;
    case 'not':
      return `not ${wrap(e.arg, 3, put)}`;
    case 'bin': {
      const p = PRECEDENCE[e.op];
      // Left-associative: the right operand of - and / needs parentheses at the same level.
      return `${wrap(e.left, p, put)} ${e.op} ${wrap(e.right, p + (['-', '/'].includes(e.op) || p === 4 ? 1 : 0), put)}`;
    }
    case 'call':
      return `${e.fn}(${e.args.map((a) => showExpr(a, put)).join(', ')})`;
  }
}

function level(e: Expr): number {
  if (e.t === 'bin') return PRECEDENCE[e.op];
  return e.t === 'not' ? 3 : 8;
}

function wrap(e: Expr, min: number, put: (e: Expr) => string | null): string {
  const text = showExpr(e, put);
  return put(e) === null && level(e) < min ? `(${text})` : text;
}
