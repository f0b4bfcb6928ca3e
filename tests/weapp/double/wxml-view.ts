// A page of the double rendered as WeChat's view layer would: the build's WXML compiled by
// WeChat's own compiler (wcc, from the npm package miniprogram-compiler) and rendered by
// miniprogram-simulate (j-component + exparser) into a jsdom document. The page's
// logic keeps running in the double; every setData is mirrored here, and a tap or an input on a
// DOM element goes through exparser's event bubbling to the page's `eh`, as in WeChat.
import { JSDOM } from 'jsdom';
import { type Page, type WechatDouble } from './wechat';

// miniprogram-simulate: load() registers a definition (a template function from wcc, as its own
// official-compiler path does), render() creates it; it also defines WeChat's built-in tags.
interface Simulate {
  load(definition: Record<string, unknown>): string;
  render(id: string): RenderedComponent;
}

interface RenderedComponent {
  dom: HTMLElement;
  attach(parent: HTMLElement): void;
  setData(data: Record<string, unknown>): void;
  detach(): void;
}

interface Exparser {
  Event: {
    create(name: string, detail: unknown, options: Record<string, unknown>): unknown;
    dispatchEvent(target: unknown, event: unknown): void;
  };
}

type Gwx = (path: string) => unknown;

let engine: { simulate: Simulate; exparser: Exparser; gwx: Gwx; window: JSDOM['window'] } | null = null;
let compileMs = 0;
let viewCount = 0;

/** jsdom as the global document, then WeChat's compiler over dist/weapp (once per test file). */
function load(root: string) {
  if (engine) return engine;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const name of ['document', 'Node', 'Element', 'HTMLElement', 'DocumentFragment', 'Event', 'CustomEvent', 'MutationObserver', 'getComputedStyle']) {
    g[name] = (dom.window as unknown as Record<string, unknown>)[name];
  }
  g.window = dom.window;
  // wcc's runtime checks which view-layer engine it runs in.
  (dom.window as unknown as Record<string, unknown>).__webview_engine_version__ = 0.02;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const compiler = require('miniprogram-compiler') as { wxmlToJs(root: string): string };
  const simulate = require('miniprogram-simulate') as Simulate;
  const exparser = require('miniprogram-exparser') as Exparser;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const started = performance.now();
  // wcc's output is JavaScript that defines $gwx (what simulate's compile.js does with it).
  const gwx = new Function(compiler.wxmlToJs(root))() as Gwx;
  compileMs = performance.now() - started;
  engine = { simulate, exparser, gwx, window: dom.window };
  return engine;
}

/** How long wcc took over the whole package (ms). */
export const wccCompileMs = () => compileMs;

// Taro's recursive `comp` gets its `i` property after it is created: the template lookup before
// that warns about tmpl_0_undefined, which is noise, not a rendering problem.
function quietly<T>(run: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('tmpl_0_undefined')) warn(...args);
  };
  try {
    return run();
  } finally {
    console.warn = warn;
  }
}

export class WxmlView {
  private readonly component: RenderedComponent;
  private readonly engine: ReturnType<typeof load>;
  private readonly listener: (page: Page) => void;

  constructor(
    private readonly wx: WechatDouble,
    readonly page: Page,
  ) {
    this.engine = load(wx.root);
    const { simulate, gwx } = this.engine;
    const eh = (event: Record<string, unknown>) => wx.dispatchFromView(page, event);
    // Taro's recursive component: comp.json uses comp itself for the levels below it.
    const comp = simulate.load({
      id: `weapp-comp-${(viewCount += 1)}`,
      usingComponents: { comp: `weapp-comp-${viewCount}` },
      template: gwx('comp.wxml'),
      properties: { i: { type: Object, value: {} }, l: { type: String, value: '' } },
      methods: { eh },
      options: { addGlobalClass: true },
    });
    const id = simulate.load({ template: gwx(`${page.route}.wxml`), usingComponents: { comp }, data: JSON.parse(JSON.stringify(page.data)), methods: { eh } });
    this.component = quietly(() => simulate.render(id));
    const parent = this.engine.window.document.createElement('div');
    this.engine.window.document.body.appendChild(parent);
    quietly(() => this.component.attach(parent));
    this.listener = (changed) => {
      if (changed === page) quietly(() => this.component.setData({ root: JSON.parse(JSON.stringify(page.data.root ?? {})) }));
    };
    wx.renderListeners.push(this.listener);
  }

  get dom(): HTMLElement {
    return this.component.dom;
  }

  /** All the text the page shows, as the rendered document has it. */
  get text(): string {
    return this.dom.textContent ?? '';
  }

  /** The deepest rendered element whose text is `text`. */
  find(text: string, selector = '*'): HTMLElement {
    const all = [...this.dom.querySelectorAll<HTMLElement>(selector)].filter((el) => (el.textContent ?? '').trim() === text);
    const deepest = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
    if (deepest.length !== 1) throw new Error(`"${text}" is rendered ${deepest.length} times on ${this.page.route}`);
    return deepest[0]!;
  }

  /** The element of tag `tag` (WeChat's built-ins render as wx-view, wx-input…) under the label `label`, in its field. */
  fieldAfter(label: string, tag: string): HTMLElement {
    let at: HTMLElement | null = this.find(label);
    while (at) {
      const found = at.querySelectorAll<HTMLElement>(tag);
      if (found.length === 1) return found[0]!;
      if (found.length > 1) break;
      at = at.parentElement;
    }
    throw new Error(`no ${tag} under "${label}"`);
  }

  private dispatch(el: HTMLElement, name: string, detail: Record<string, unknown>, bubbles: boolean): void {
    const { exparser } = this.engine;
    const target = (el as unknown as { __wxElement?: unknown }).__wxElement;
    if (!target) throw new Error(`<${el.tagName.toLowerCase()}> is not an exparser element`);
    exparser.Event.dispatchEvent(
      target,
      exparser.Event.create(name, detail, { bubbles, capturePhase: true, composed: true, extraFields: { touches: [], changedTouches: [{ clientX: 100, clientY: 100 }] } }),
    );
  }

  /** A tap on the element: it bubbles through the rendered tree to each bindtap, as in WeChat. */
  async tap(el: HTMLElement): Promise<void> {
    this.dispatch(el, 'tap', { x: 100, y: 100 }, true);
    await this.wx.settle();
  }

  /** Typing into a rendered <input>: focus, input, blur (input events do not bubble). */
  async input(el: HTMLElement, value: string): Promise<void> {
    this.dispatch(el, 'focus', { value: '' }, false);
    this.dispatch(el, 'input', { value, cursor: value.length, keyCode: 0 }, false);
    this.dispatch(el, 'blur', { value }, false);
    await this.wx.settle();
  }

  close(): void {
    const i = this.wx.renderListeners.indexOf(this.listener);
    if (i >= 0) this.wx.renderListeners.splice(i, 1);
    this.component.detach();
  }
}
