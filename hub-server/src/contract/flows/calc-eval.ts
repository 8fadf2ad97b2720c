import { ExprError, type Expr } from './calc-expr.ts';

/**
 * What a name holds, known before anything is computed: a definition whose rules compare a number with a text,
 * misspell a choice's option or read a table as a number is refused when it is loaded, not when a visitor
 * presses 计算.
 */
export type ExprType = 'number' | 'boolean' | 'brackets' | { text: readonly string[] | null };

export type Value = number | boolean | string;

/** One band of a bracket table: [from, to) → value; `to: null` is open-ended. */
export interface Band {
  from: number;
  to: number | null;
  value: number;
}

const describe = (t: ExprType) => (typeof t === 'string' ? t : 'text');
const same = (a: ExprType, b: ExprType) => describe(a) === describe(b);

/** The type of an expression over names of known types; throws ExprError naming the first problem. */
export function typeOf(e: Expr, names: ReadonlyMap<string, ExprType>): ExprType {
  const want = (x: Expr, t: 'number' | 'boolean', what: string): void => {
    const got = typeOf(x, names);
    if (got !== t) throw new ExprError(`${what} needs a ${t}, got a ${describe(got)}`);
  };
  /** A text literal compared with a choice must be one of its options. */
  const option = (x: ExprType, lit: Expr) => {
    if (typeof x === 'object' && x.text && lit.t === 'str' && !x.text.includes(lit.v)) {
      throw new ExprError(`'${lit.v}' is not an option (${x.text.join(', ')})`);
    }
  };
  switch (e.t) {
    case 'num':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'str':
      return { text: null };
    case 'name': {
      const t = names.get(e.name);
      if (!t) throw new ExprError(`"${e.name}" is not an input, a parameter or an earlier step`);
      if (t === 'brackets') throw new ExprError(`"${e.name}" is a bracket table: read it with lookup(${e.name}, …)`);
      return t;
    }
    case 'neg':
      want(e.arg, 'number', '"-"');
      return 'number';
    case 'not':
      want(e.arg, 'boolean', '"not"');
      return 'boolean';
    case 'bin': {
      if (e.op === 'and' || e.op === 'or') {
        want(e.left, 'boolean', `"${e.op}"`);
        want(e.right, 'boolean', `"${e.op}"`);
        return 'boolean';
      }
      if (e.op === '==' || e.op === '!=') {
        const l = typeOf(e.left, names);
        const r = typeOf(e.right, names);
        if (!same(l, r)) throw new ExprError(`"${e.op}" compares a ${describe(l)} with a ${describe(r)}`);
        option(l, e.right);
        option(r, e.left);
        return 'boolean';
      }
      want(e.left, 'number', `"${e.op}"`);
      want(e.right, 'number', `"${e.op}"`);
      return ['<', '<=', '>', '>='].includes(e.op) ? 'boolean' : 'number';
    }
    case 'call': {
      const [a, b, c] = e.args;
      switch (e.fn) {
        case 'if': {
          want(a!, 'boolean', 'the condition of if');
          const l = typeOf(b!, names);
          const r = typeOf(c!, names);
          if (!same(l, r)) throw new ExprError(`the two results of if differ: ${describe(l)} and ${describe(r)}`);
          return l;
        }
        case 'lookup':
          if (a!.t !== 'name' || names.get(a!.name) !== 'brackets') throw new ExprError('lookup needs a bracket table first');
          want(b!, 'number', 'lookup');
          return 'number';
        case 'pick': {
          const key = typeOf(a!, names);
          if (key === 'brackets') throw new ExprError('pick cannot choose by a table');
          const results: ExprType[] = [];
          for (let i = 1; i < e.args.length - 1; i += 2) {
            const k = typeOf(e.args[i]!, names);
            if (!same(k, key)) throw new ExprError(`pick compares a ${describe(key)} key with a ${describe(k)}`);
            option(key, e.args[i]!);
            results.push(typeOf(e.args[i + 1]!, names));
          }
          results.push(typeOf(e.args.at(-1)!, names));
          if (results.some((r) => !same(r, results[0]!))) throw new ExprError('the results of pick are of different types');
          return results[0]!;
        }
        default:
          for (const x of e.args) want(x, 'number', e.fn);
          return 'number';
      }
    }
  }
}

/** What evaluation reads: the value of a name, a bracket table, and where to note the bands it used. */
export interface Scope {
  value(name: string): Value;
  brackets(name: string): readonly Band[];
  /** Told of each band a lookup landed in, so the result can show it. */
  looked?(table: string, at: number, band: Band): void;
}

/** Rounds half away from zero at `digits` decimals, exactly for amounts (0.125 → 0.13, not 0.12). */
export function roundTo(x: number, digits = 0): number {
  const sign = x < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(x)}e${digits}`))}e-${digits}`);
}

/** The band of a table holding x: from ≤ x < to. */
export function bandOf(bands: readonly Band[], x: number): Band | null {
  return bands.find((b) => x >= b.from && (b.to === null || x < b.to)) ?? null;
}

/** Evaluates a checked expression; an ExprError for what only shows with the numbers (a division by zero). */
export function evaluate(e: Expr, scope: Scope): Value {
  const num = (x: Expr) => evaluate(x, scope) as number;
  const bool = (x: Expr) => evaluate(x, scope) as boolean;
  const finite = (x: number) => {
    if (!Number.isFinite(x)) throw new ExprError('a step divides by zero or overflows');
    return x;
  };
  switch (e.t) {
    case 'num':
    case 'str':
    case 'bool':
      return e.v;
    case 'name':
      return scope.value(e.name);
    case 'neg':
      return -num(e.arg);
    case 'not':
      return !bool(e.arg);
    case 'bin':
      switch (e.op) {
        case 'and':
          return bool(e.left) && bool(e.right);
        case 'or':
          return bool(e.left) || bool(e.right);
        case '==':
          return evaluate(e.left, scope) === evaluate(e.right, scope);
        case '!=':
          return evaluate(e.left, scope) !== evaluate(e.right, scope);
        case '<':
          return num(e.left) < num(e.right);
        case '<=':
          return num(e.left) <= num(e.right);
        case '>':
          return num(e.left) > num(e.right);
        case '>=':
          return num(e.left) >= num(e.right);
        case '+':
          return finite(num(e.left) + num(e.right));
        case '-':
          return finite(num(e.left) - num(e.right));
        case '*':
          return finite(num(e.left) * num(e.right));
        case '/':
          return finite(num(e.left) / num(e.right));
      }
      break;
    case 'call': {
      const a = e.args;
      switch (e.fn) {
        case 'min':
          return Math.min(...a.map(num));
        case 'max':
          return Math.max(...a.map(num));
        case 'round':
          return roundTo(num(a[0]!), a[1] ? num(a[1]) : 0);
        case 'floor':
          return Math.floor(num(a[0]!));
        case 'ceil':
          return Math.ceil(num(a[0]!));
        case 'abs':
          return Math.abs(num(a[0]!));
        case 'if':
          return bool(a[0]!) ? evaluate(a[1]!, scope) : evaluate(a[2]!, scope);
        case 'lookup': {
          const table = (a[0] as { name: string }).name;
          const x = num(a[1]!);
          const band = bandOf(scope.brackets(table), x);
          if (!band) throw new ExprError(`${x} is outside every band of ${table}`);
          scope.looked?.(table, x, band);
          return band.value;
        }
        case 'pick': {
          const key = evaluate(a[0]!, scope);
          for (let i = 1; i < a.length - 1; i += 2) if (evaluate(a[i]!, scope) === key) return evaluate(a[i + 1]!, scope);
          return evaluate(a.at(-1)!, scope);
        }
      }
    }
  }
  throw new ExprError('unreadable rule');
}
