// One policy document (?id=HY-2025-8, &article=二(一) from a citation): its facts, and its text
// with the cited article highlighted and scrolled to; a reference without a text here shows its
// summary (docs/policy-docs/README.md, "Other references").
import { useEffect, useMemo } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { POLICY_DOCUMENTS, type PolicyDocument } from '@/domain';
import { Card, LinkRow, PageRoot, StateView, a11y } from '@/components';
import { openPage } from '@/utils/navigation';
import { citedParagraphs, paragraphsOf, type Paragraph } from './_components/articles';
import { DocumentFacts } from './_components/Facts';
import { POLICY_TEXTS } from './_components/texts';
import './text.scss';

const FIRST_CITED = 'docs-cited-first';

function param(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Consecutive paragraphs, each run either cited or not, so a cited run is one highlighted block. */
function runsOf(paragraphs: readonly Paragraph[], cited: ReadonlySet<number>): { cited: boolean; items: { p: Paragraph; i: number }[] }[] {
  const runs: { cited: boolean; items: { p: Paragraph; i: number }[] }[] = [];
  paragraphs.forEach((p, i) => {
    const isCited = cited.has(i);
    const last = runs[runs.length - 1];
    if (last && last.cited === isCited) last.items.push({ p, i });
    else runs.push({ cited: isCited, items: [{ p, i }] });
  });
  return runs;
}

/** A heading line's title (up to its first full stop) and the text after it, drawn plainer. */
function headingParts(text: string): [string, string] {
  const stop = text.indexOf('。');
  return stop > 0 && stop < 40 ? [text.slice(0, stop + 1), text.slice(stop + 1)] : text.length <= 40 ? [text, ''] : ['', text];
}

function FullText({ d, text, article }: { d: PolicyDocument; text: string; article: string }) {
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const cited = useMemo(() => new Set(article ? citedParagraphs(paragraphs, article) : []), [paragraphs, article]);
  const found = cited.size > 0;
  useEffect(() => {
    if (!found) return undefined;
    // After the page has slid in and laid out (H5 and WeChat alike).
    const timer = setTimeout(() => {
      void Taro.pageScrollTo({ selector: `#${FIRST_CITED}`, duration: 0, offsetTop: -60 }).catch(() => undefined);
    }, 400);
    return () => clearTimeout(timer);
  }, [found]);
  let firstCited = true;
  return (
    <>
      {article ? (
        <Card tone={found ? 'accent' : 'warn'}>
          <Text className="doc__note" {...a11y({ role: 'status' })}>
            {found ? `依据的条款：${d.id} ${article}，已在原文中标出。` : `没有在原文中找到「${article}」，下面是全文。`}
          </Text>
        </Card>
      ) : null}
      <Card title="原文">
        {d.status === 'draft' ? <Text className="doc__line yb-muted">这是征求意见稿，正式文件可能调整。</Text> : null}
        <View className="doc__text">
          {runsOf(paragraphs, cited).map((run) => {
            const id = run.cited && firstCited ? FIRST_CITED : undefined;
            if (run.cited) firstCited = false;
            const body = run.items.map(({ p, i }) => {
              const [title, rest] = p.heading ? headingParts(p.text) : ['', p.text];
              return (
                <Text key={i} className={`doc__p${p.heading ? ' doc__p--heading' : ''}`}>
                  {title ? <Text className="doc__p-title">{title}</Text> : null}
                  {rest}
                </Text>
              );
            });
            return run.cited ? (
              <View key={run.items[0]!.i} {...(id ? { id } : {})} className="doc__cited" {...a11y({ role: 'region', label: `依据的条款 ${article}` })}>
                {body}
              </View>
            ) : (
              <View key={run.items[0]!.i}>{body}</View>
            );
          })}
        </View>
      </Card>
    </>
  );
}

export default function DocumentText() {
  // null outside a routed page (tests render the page directly).
  const params = (useRouter() as { params?: Record<string, string | undefined> } | null)?.params ?? {};
  const id = param(params.id);
  const article = param(params.article);
  const d = POLICY_DOCUMENTS.find((doc) => doc.id === id);
  const text = d ? POLICY_TEXTS[d.id] : undefined;
  return (
    <PageRoot className="doc">
      {d ? (
        <>
          <Text className="yb-h1 doc__title" {...a11y({ role: 'heading', level: 1 })}>
            {d.title}
          </Text>
          <Card>
            <DocumentFacts d={d} />
          </Card>
          {text ? (
            <FullText d={d} text={text} article={article} />
          ) : (
            <Card title="内容摘要">
              {article ? <Text className="doc__line">依据的条款：{d.id} {article}</Text> : null}
              <Text className="doc__summary">{d.scope}</Text>
              <Text className="doc__line yb-muted">本应用没有收录这份文件的原文，以上是依据公开信息整理的摘要，请以发文机关公布的原文为准。</Text>
            </Card>
          )}
        </>
      ) : (
        <StateView status="error" message="没有找到这份政策文件。" />
      )}
      <Card>
        <LinkRow label="全部政策文件" hint="本应用依据的文件与状态" onTap={() => void openPage('/subpackages/documents/index')} />
      </Card>
    </PageRoot>
  );
}
