// Links as a person finds them on a WeChat page: elements that listen to taps and are not form
// controls (buttons, inputs, pickers, choice rows, switches). The walk taps each of them.
import { type Located } from './double/tree';
import { type Page } from './double/wechat';

const CONTROL_TAGS = new Set(['button', 'input', 'textarea', 'picker', 'switch', 'slider', 'radio', 'checkbox']);
// Form widgets drawn as tappable views: choices, switches, ticks, text fields, date fields.
const CONTROL_CLASSES = /(^|\s)(yb-choice\S*|nut-radio\S*|nut-input\S*|nut-switch\S*|yb-toggle\S*|yb-checkbox\S*|yb-input\S*)(\s|$)/;

/** How to find an element again after the page is opened anew: its text, class and rank. */
export interface LinkSignature {
  text: string;
  cls: string;
  nth: number;
}

export function linksOf(page: Page): { located: Located; signature: LinkSignature }[] {
  const tree = page.tree;
  const out: { located: Located; signature: LinkSignature }[] = [];
  const counts = new Map<string, number>();
  for (const located of tree.walk()) {
    const { node } = located;
    if (!tree.template(node)?.events.tap) continue;
    if (CONTROL_TAGS.has(tree.tag(node)) || CONTROL_CLASSES.test(node.cl ?? '')) continue;
    if (located.ancestors.some((a) => CONTROL_TAGS.has(tree.tag(a)) || CONTROL_CLASSES.test(a.cl ?? ''))) continue;
    const text = tree.text(node).trim();
    const cls = node.cl ?? '';
    const key = `${cls}\u0000${text}`;
    const nth = counts.get(key) ?? 0;
    counts.set(key, nth + 1);
    out.push({ located, signature: { text, cls, nth } });
  }
  return out;
}

export function findLink(page: Page, signature: LinkSignature): Located {
  const found = linksOf(page).filter((l) => l.signature.text === signature.text && l.signature.cls === signature.cls);
  const hit = found[signature.nth];
  if (!hit) throw new Error(`link "${signature.text}" (${signature.cls}) is no longer on ${page.url}`);
  return hit.located;
}
