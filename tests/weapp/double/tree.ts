// What a page shows, read from the data Taro sends with setData, and which WXML element each node
// becomes. Taro renders every node through the templates of base.wxml, chosen by the node's `nn`:
// the template says the element (view, text, button, input, picker…), which of its attributes come
// from which data field (p0, p1…) and which events it binds to the page's `eh` (bindtap, catchtap…).
// Reading those from the built base.wxml keeps the double to what WeChat would render and bind.
import fs from 'node:fs';
import path from 'node:path';

export interface NodeData {
  nn: string;
  sid: string;
  uid?: string;
  cl?: string;
  st?: string;
  /** Text of a text node. */
  v?: string;
  cn?: NodeData[];
  [field: string]: unknown;
}

export interface Template {
  tag: string;
  /** data field (p0…) → attribute name */
  attributes: Record<string, string>;
  /** event → 'bind' | 'catch' */
  events: Record<string, 'bind' | 'catch'>;
}

export interface Templates {
  /** nn of the text node (its `v` is shown). */
  textNn: string;
  byNn: Map<string, Template>;
}

const cache = new Map<string, Templates>();

export function readTemplates(root: string): Templates {
  const file = path.join(root, 'base.wxml');
  const hit = cache.get(file);
  if (hit) return hit;
  const wxml = fs.readFileSync(file, 'utf8');
  const bodies = new Map<string, string>();
  for (const m of wxml.matchAll(/<template name="tmpl_0_([^"]+)">([\s\S]*?)<\/template>/g)) bodies.set(m[1]!, m[2]!.trim());
  const byNn = new Map<string, Template>();
  let textNn = '';
  for (const [name, body] of bodies) {
    if (/^<block>\{\{i\.v\}\}<\/block>$/.test(body)) {
      textNn = name;
      continue;
    }
    // A template that picks another (input: focus/blur variants with the same attributes).
    const delegate = /^<template is="\{\{xs\.c\(i, 'tmpl_0_'\)\}\}"/.test(body) ? bodies.get(`${name}_blur`) : undefined;
    const element = /^<([a-z-]+)\s([^>]*)>/.exec(delegate ?? body);
    if (!element) continue;
    const attributes: Record<string, string> = {};
    const events: Record<string, 'bind' | 'catch'> = {};
    for (const a of element[2]!.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) {
      const [, attr, value] = a as unknown as [string, string, string];
      const field = /\bi\.(p\d+)\b/.exec(value);
      if (field) attributes[field[1]!] = attr;
      const bound = /^(bind|catch):?([a-z]+)$/.exec(attr);
      if (bound && value === 'eh') events[bound[2]!] = bound[1] as 'bind' | 'catch';
    }
    byNn.set(name, { tag: element[1]!, attributes, events });
  }
  if (!textNn) throw new Error('base.wxml: no text-node template found');
  const templates = { textNn, byNn };
  cache.set(file, templates);
  return templates;
}

/** A node with its place: the chain of ancestors, root first. */
export interface Located {
  node: NodeData;
  ancestors: NodeData[];
}

export class PageTree {
  constructor(
    private readonly data: () => { root?: NodeData },
    readonly templates: Templates,
  ) {}

  get root(): NodeData | null {
    return this.data().root ?? null;
  }

  template(node: NodeData): Template | undefined {
    return this.templates.byNn.get(node.nn);
  }

  tag(node: NodeData): string {
    return node.nn === this.templates.textNn ? '#text' : (this.template(node)?.tag ?? `nn:${node.nn}`);
  }

  /** The node's attributes by their WXML names (class, style, id and the template's p-fields). */
  attributes(node: NodeData): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const t = this.template(node);
    for (const [field, value] of Object.entries(node)) {
      if (field === 'cn' || field === 'nn' || field === 'v') continue;
      if (field === 'cl') out.class = value;
      else if (field === 'st') out.style = value;
      else if (field === 'sid' || field === 'uid') out[field] = value;
      else if (t?.attributes[field]) out[t.attributes[field]!] = value;
      else out[field] = value;
    }
    return out;
  }

  private hidden(node: NodeData): boolean {
    return typeof node.st === 'string' && /(^|;)\s*display\s*:\s*none/.test(node.st);
  }

  /** Every node in document order, with its ancestors; hidden subtrees (display:none) left out. */
  *walk(from: NodeData | null = this.root, ancestors: NodeData[] = []): Generator<Located> {
    if (!from) return;
    for (const child of from.cn ?? []) {
      if (this.hidden(child)) continue;
      yield { node: child, ancestors: [...ancestors, from] };
      yield* this.walk(child, [...ancestors, from]);
    }
  }

  /** The visible text under a node, its text nodes joined as they render (no separators added). */
  text(node: NodeData | null = this.root): string {
    if (!node) return '';
    if (node.nn === this.templates.textNn) return String(node.v ?? '');
    if (this.hidden(node)) return '';
    return (node.cn ?? []).map((c) => this.text(c)).join('');
  }

  /** Each text node's text, in order: what a person reads, line by line. */
  lines(node: NodeData | null = this.root): string[] {
    const out: string[] = [];
    for (const { node: n } of this.walk(node)) {
      if (n.nn === this.templates.textNn && String(n.v ?? '').trim() !== '') out.push(String(n.v).trim());
    }
    return out;
  }

  /** Nodes whose class list has `cls`. */
  byClass(cls: string, under: NodeData | null = this.root): Located[] {
    return [...this.walk(under)].filter(({ node }) => typeof node.cl === 'string' && node.cl.split(/\s+/).includes(cls));
  }

  /** Nodes of a WXML element (view, text, button, input, picker…). */
  byTag(tag: string, under: NodeData | null = this.root): Located[] {
    return [...this.walk(under)].filter(({ node }) => this.tag(node) === tag);
  }

  /**
   * The element a person would tap to reach `text`: the deepest element whose text is `text`
   * (exactly, after trimming), or failing that the deepest one containing it.
   */
  findByText(text: string | RegExp, under: NodeData | null = this.root): Located[] {
    const matches = (s: string) => (typeof text === 'string' ? s.trim() === text : text.test(s));
    const contains = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    const elements = [...this.walk(under)].filter(({ node }) => node.nn !== this.templates.textNn);
    const exact = elements.filter(({ node }) => matches(this.text(node)));
    const pool = exact.length > 0 ? exact : elements.filter(({ node }) => contains(this.text(node)));
    // deepest: drop any element that has a matching descendant
    return pool.filter((a) => !pool.some((b) => b !== a && b.ancestors.includes(a.node)));
  }

  /**
   * Nodes WeChat cannot draw: their `nn` has no template in base.wxml (an HTML tag such as <i>
   * without Taro's plugin-html), so WeChat skips them with a "Template not found" warning.
   */
  unrenderable(): Located[] {
    return [...this.walk()].filter(({ node }) => node.nn !== this.templates.textNn && !this.templates.byNn.has(node.nn));
  }

  /** The node with this sid, with its ancestors. */
  locate(sid: string): Located | null {
    for (const located of this.walk()) if (located.node.sid === sid) return located;
    return null;
  }
}
