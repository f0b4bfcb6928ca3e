// The JavaScript realm a mini-program's code runs in, as WeChat gives it on the oldest phones the
// app supports (iOS 12's JavaScriptCore, babel.config.js): no eval or `new Function`, no Node or
// browser globals, none of the built-ins newer than Safari 12.0 (WeChat's base library polyfills
// some with core-js: the realm does not, which is stricter), modules loaded with WeChat's
// `require`, and a clock the double owns.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** Built-ins that JavaScriptCore on iOS 12.0 does not have: removed, so code needing one fails here too. */
export const IOS12_MISSING_BUILTINS = [
  'globalThis', // 12.1
  'queueMicrotask', // 12.1
  'Object.fromEntries', // 12.1
  'Symbol.prototype.description', // 12.1
  'String.prototype.matchAll', // 13
  'Promise.allSettled', // 13
  'String.prototype.replaceAll', // 13.1
  'BigInt', // 14
  'Promise.any', // 14
  'AggregateError', // 14
  'WeakRef', // 14.1
  'FinalizationRegistry', // 14.1
  'Array.prototype.at', // 15.4
  'String.prototype.at', // 15.4
  'Object.hasOwn', // 15.4
  'Array.prototype.findLast', // 15.4
  'Array.prototype.findLastIndex', // 15.4
  'structuredClone', // 15.4
  'Array.prototype.toSorted', // 16
  'Array.prototype.toReversed', // 16
  'Array.prototype.toSpliced', // 16
  'Array.prototype.with', // 16
  'Object.groupBy', // 17.4
  'Promise.withResolvers', // 17.4
] as const;

// One compile per file for the whole run: each realm runs the same scripts in its own context.
const scripts = new Map<string, vm.Script>();

function compiled(file: string): vm.Script {
  let script = scripts.get(file);
  if (!script) {
    const source = fs.readFileSync(file, 'utf8');
    script = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename: file });
    scripts.set(file, script);
  }
  return script;
}

// Runs inside the realm: the double's clock behind Date, and iOS 12's missing built-ins removed.
const PRELUDE = `(function (hostNow, missing) {
  'use strict';
  var RealDate = Date;
  class ClockDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(hostNow()); else super(...args); }
    static now() { return hostNow(); }
  }
  var DateOfRealm = new Proxy(ClockDate, { apply: function () { return new ClockDate().toString(); } });
  // WeChat runs no code from strings, except new Function('return this') (its documented exception).
  var global = this;
  var RealFunction = Function;
  function WxFunction() {
    if (arguments.length === 1 && String(arguments[0]).trim() === 'return this') return function () { return global; };
    throw new EvalError('WeChat does not run code from strings (new Function)');
  }
  WxFunction.prototype = RealFunction.prototype;
  Object.defineProperty(RealFunction.prototype, 'constructor', { value: WxFunction, writable: true, configurable: true });
  this.Function = WxFunction;
  this.eval = function () { throw new EvalError('WeChat does not run code from strings (eval)'); };
  missing.forEach(function (name) {
    var parts = name.split('.');
    var owner = this;
    for (var i = 0; i < parts.length - 1; i++) owner = owner[parts[i]];
    delete owner[parts[parts.length - 1]];
  }, this);
  this.Date = DateOfRealm;
})`;

export interface RealmOptions {
  /** The mini-program's root (dist/weapp). */
  root: string;
  /** What WeChat puts in the global scope (wx, App, Page, Component, getApp, getCurrentPages, timers, console). */
  globals: Record<string, unknown>;
  /** The double's clock, in milliseconds since the epoch. */
  now: () => number;
}

interface Module {
  exports: unknown;
}

export class Realm {
  readonly root: string;
  readonly context: vm.Context;
  private readonly modules = new Map<string, Module>();
  private readonly innerJson: JSON;

  constructor(options: RealmOptions) {
    this.root = path.resolve(options.root);
    // WeChat forbids generating code from strings (eval, new Function): so does the realm.
    this.context = vm.createContext({ ...options.globals }, { codeGeneration: { strings: false, wasm: false }, name: 'weapp' });
    const prelude = new vm.Script(PRELUDE, { filename: 'weapp-prelude.js' }).runInContext(this.context) as (
      now: () => number,
      missing: readonly string[],
    ) => void;
    prelude.call(vm.runInContext('this', this.context), options.now, IOS12_MISSING_BUILTINS);
    this.innerJson = vm.runInContext('JSON', this.context) as JSON;
  }

  /** WeChat's require: a file of the package, relative to `fromDir`, `.js` optional; cached. */
  require(request: string, fromDir = this.root): unknown {
    const base = path.resolve(fromDir, request);
    const file = base.endsWith('.js') ? base : `${base}.js`;
    if (!file.startsWith(this.root + path.sep)) throw new Error(`module "${request}" is not defined`);
    const cached = this.modules.get(file);
    if (cached) return cached.exports;
    if (!fs.existsSync(file)) throw new Error(`module "${path.relative(this.root, file)}" is not defined`);
    const module: Module = { exports: this.json({}) };
    this.modules.set(file, module);
    const fn = compiled(file).runInContext(this.context) as (req: (r: string) => unknown, m: Module, e: unknown) => void;
    const dir = path.dirname(file);
    fn.call(undefined, (r: string) => this.require(r, dir), module, module.exports);
    return module.exports;
  }

  /** A value of the host as the realm's own (its prototypes are the realm's: Array, Object…). */
  json<T>(value: T): T {
    if (value === undefined) return value;
    return this.innerJson.parse(JSON.stringify(value)) as T;
  }

  /** JSON.parse of the realm (objects with the realm's prototypes). */
  parse(text: string): unknown {
    return this.innerJson.parse(text);
  }

  /** Evaluates a small expression inside the realm (tests of the realm itself). */
  evaluate(code: string): unknown {
    return vm.runInContext(code, this.context);
  }
}
