// Finding a form's fields the way a person does: by the label written above them.
import { type Located } from './double/tree';
import { type Page, type WechatDouble } from './double/wechat';

/** The field (input or picker) under the label `label`: the nearest one after it in its group. */
export function field(page: Page, label: string, tag: 'input' | 'picker' = 'input'): Located {
  const labels = page.tree.findByText(label);
  if (labels.length !== 1) throw new Error(`label "${label}" is on ${page.route} ${labels.length} times`);
  const at = labels[0]!;
  // Walk up from the label until a group holds exactly one such field.
  for (const group of [...at.ancestors].reverse()) {
    const found = page.tree.byTag(tag, group);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) break;
  }
  throw new Error(`no ${tag} under "${label}" on ${page.route}`);
}

export async function fill(wx: WechatDouble, label: string, text: string): Promise<void> {
  await wx.type(field(wx.page, label), text);
}

export async function pickDate(wx: WechatDouble, label: string, iso: string): Promise<void> {
  await wx.pick(field(wx.page, label, 'picker'), iso);
}

/** Taps the answer `answer` of the question labelled `question` (a choice group). */
export async function choose(wx: WechatDouble, question: string, answer: string): Promise<void> {
  const page = wx.page;
  const labels = page.tree.findByText(question);
  if (labels.length !== 1) throw new Error(`question "${question}" is on ${page.route} ${labels.length} times`);
  for (const group of [...labels[0]!.ancestors].reverse()) {
    const options = page.tree.findByText(answer, group);
    if (options.length === 1) return wx.tap(options[0]!);
    if (options.length > 1) throw new Error(`"${answer}" is under "${question}" ${options.length} times`);
  }
  throw new Error(`no answer "${answer}" under "${question}" on ${page.route}`);
}
