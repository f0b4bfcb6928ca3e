// Turns "this value does not match that contract schema" into `details[]` with dotted paths and
// Chinese messages. One function for the server (after ajv rejects) and the mocks, so both word
// every validation failure alike. Walks only the JSON Schema subset the contract uses.
import { type TSchema } from '@sinclair/typebox';
import {
  CERTIFICATE_PATTERN,
  DATE_PATTERN,
  MAX_FEN,
  QUERY_INTEGER_PATTERN,
  REGION_PATTERN,
  RESIDENT_ID_PATTERN,
  type ErrorDetail,
} from './common';

type Node = Record<string, unknown>;

const PATTERN_MESSAGES: Record<string, string> = {
  [DATE_PATTERN]: '应为 YYYY-MM-DD 格式的日期',
  [REGION_PATTERN]: '应为 6 位数字的行政区划代码',
  [CERTIFICATE_PATTERN]: '出生医学证明编号应为 1 个大写字母加 9 位数字',
  [RESIDENT_ID_PATTERN]: '身份证号应为 18 位：17 位数字加 1 位校验码（数字或 X）',
  [QUERY_INTEGER_PATTERN]: '应为十进制整数',
};

const TYPE_MESSAGES: Record<string, string> = {
  string: '应为字符串',
  integer: '应为整数',
  number: '应为数字',
  boolean: '应为 true 或 false',
  object: '应为对象',
  array: '应为数组',
  null: '应为 null',
};

/** Details of every way `value` fails `schema`; empty when it matches. */
export function explain(schema: TSchema, value: unknown): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  visit(schema as unknown as Node, value, [], out);
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const push = (out: ErrorDetail[], path: readonly string[], message: string) => out.push({ path: path.join('.'), message });
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function visit(s: Node, v: unknown, path: string[], out: ErrorDetail[]): void {
  if (Array.isArray(s.anyOf)) return visitUnion(s.anyOf as Node[], v, path, out);
  if ('const' in s) {
    if (v !== s.const) push(out, path, `应为 ${show(s.const)}`);
    return;
  }
  switch (s.type) {
    case 'object':
      return visitObject(s, v, path, out);
    case 'array':
      return visitArray(s, v, path, out);
    case 'string':
      return visitString(s, v, path, out);
    case 'integer':
    case 'number':
      return visitNumber(s, v, path, out);
    case 'boolean':
      if (typeof v !== 'boolean') push(out, path, TYPE_MESSAGES.boolean ?? '');
      return;
    case 'null':
      if (v !== null) push(out, path, TYPE_MESSAGES.null ?? '');
      return;
    default:
      return; // unconstrained
  }
}

function visitObject(s: Node, v: unknown, path: string[], out: ErrorDetail[]): void {
  if (!isObject(v)) {
    push(out, path, path.length === 0 ? '请求体应为 JSON 对象' : (TYPE_MESSAGES.object ?? ''));
    return;
  }
  const properties = (isObject(s.properties) ? s.properties : {}) as Record<string, Node>;
  const required = Array.isArray(s.required) ? (s.required as string[]) : [];
  for (const key of required) if (!(key in v)) push(out, [...path, key], '必填');
  if (s.additionalProperties === false) {
    for (const key of Object.keys(v)) if (!Object.hasOwn(properties, key)) push(out, [...path, key], '不支持的字段');
  }
  for (const [key, child] of Object.entries(properties)) {
    if (Object.hasOwn(v, key)) visit(child, v[key], [...path, key], out);
  }
}

function visitArray(s: Node, v: unknown, path: string[], out: ErrorDetail[]): void {
  if (!Array.isArray(v)) {
    push(out, path, TYPE_MESSAGES.array ?? '');
    return;
  }
  const max = num(s.maxItems);
  const min = num(s.minItems);
  if (max !== undefined && v.length > max) push(out, path, `最多 ${max} 项`);
  if (min !== undefined && v.length < min) push(out, path, `至少 ${min} 项`);
  if (s.uniqueItems === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) push(out, path, '不能有重复项');
  if (isObject(s.items)) v.forEach((item, i) => visit(s.items as Node, item, [...path, String(i)], out));
}

function visitString(s: Node, v: unknown, path: string[], out: ErrorDetail[]): void {
  if (typeof v !== 'string') {
    push(out, path, TYPE_MESSAGES.string ?? '');
    return;
  }
  const length = [...v].length; // code points, as ajv counts
  const min = num(s.minLength);
  const max = num(s.maxLength);
  if (min !== undefined && length < min) push(out, path, min === 1 ? '不能为空' : `至少 ${min} 个字符`);
  if (max !== undefined && length > max) push(out, path, `最多 ${max} 个字符`);
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) {
    push(out, path, PATTERN_MESSAGES[s.pattern] ?? '格式不正确');
  }
}

function visitNumber(s: Node, v: unknown, path: string[], out: ErrorDetail[]): void {
  const min = num(s.minimum);
  const max = num(s.maximum);
  const integer = s.type === 'integer';
  const rangeMessage =
    max === MAX_FEN && min === 0
      ? `金额应为 0 到 ${MAX_FEN} 之间的整数（单位：分）`
      : min !== undefined && max !== undefined
        ? `应为 ${min} 到 ${max} 之间的${integer ? '整数' : '数字'}`
        : min !== undefined
          ? `应为不小于 ${min} 的${integer ? '整数' : '数字'}`
          : undefined;
  const ok = typeof v === 'number' && Number.isFinite(v) && (!integer || Number.isInteger(v));
  if (!ok) {
    push(out, path, rangeMessage ?? TYPE_MESSAGES[integer ? 'integer' : 'number'] ?? '');
    return;
  }
  if ((min !== undefined && v < min) || (max !== undefined && v > max)) push(out, path, rangeMessage ?? '超出允许范围');
}

function typeFits(s: Node, v: unknown): boolean {
  if (Array.isArray(s.anyOf)) return (s.anyOf as Node[]).some((b) => typeFits(b, v));
  if ('const' in s) return typeof s.const === typeof v && (s.const === null) === (v === null);
  switch (s.type) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
    case 'number':
      return typeof v === 'number';
    case 'null':
      return v === null;
    case 'string':
    case 'boolean':
      return typeof v === s.type;
    default:
      return true;
  }
}

function explainBranch(s: Node, v: unknown, path: string[]): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  visit(s, v, path, out);
  return out;
}

// A union reports the branch the value was meant for: the one whose JSON type fits, and among
// object branches the one whose discriminating literal (e.g. dating.method) matches.
function visitUnion(branches: Node[], v: unknown, path: string[], out: ErrorDetail[]): void {
  const results = branches.map((b) => explainBranch(b, v, path));
  if (results.some((r) => r.length === 0)) return;
  const concrete = branches.filter((b) => b.type !== 'null');
  if (concrete.length > 0 && concrete.every((b) => 'const' in b)) {
    push(out, path, `应为以下之一：${concrete.map((b) => show(b.const)).join('、')}`);
    return;
  }
  const fitting = branches.map((b, i) => ({ b, i })).filter(({ b }) => b.type !== 'null' && typeFits(b, v));
  if (fitting.length === 0) {
    const first = concrete[0];
    push(out, path, concrete.length === 1 && first ? (explainBranch(first, v, path)[0]?.message ?? '类型不正确') : '类型不正确');
    return;
  }
  if (fitting.length > 1 && isObject(v)) {
    const key = discriminator(fitting.map(({ b }) => b));
    if (key !== undefined) {
      const match = fitting.find(({ b }) => propertyConst(b, key) === v[key]);
      if (!match) {
        const allowed = fitting.map(({ b }) => show(propertyConst(b, key))).join('、');
        push(out, [...path, key], key in v ? `应为以下之一：${allowed}` : '必填');
        return;
      }
      out.push(...(results[match.i] ?? []));
      return;
    }
  }
  const best = fitting.reduce((a, c) => ((results[c.i]?.length ?? 0) < (results[a.i]?.length ?? 0) ? c : a));
  out.push(...(results[best.i] ?? []));
}

function propertyConst(s: Node, key: string): unknown {
  const props = isObject(s.properties) ? s.properties : {};
  const p = props[key];
  return isObject(p) && 'const' in p ? p.const : undefined;
}

function discriminator(branches: Node[]): string | undefined {
  const first = branches[0];
  if (!first || !isObject(first.properties)) return undefined;
  return Object.keys(first.properties).find((key) => branches.every((b) => propertyConst(b, key) !== undefined));
}
