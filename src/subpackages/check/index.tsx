// One prenatal check (?no=1…12): its window and status; its 参考项目 with their source (in Wenzhou,
// her city's reimbursable scope; elsewhere folded away as Wenzhou's list, never hers), what her
// province's fund adds (Hunan: 胎儿四维彩超 on check 3); and the record of it: she marks it done
// with the date and the check's cost (yuan → integer fen), and whether items were outside the list
// or paid by public health. What it means for her quota shows at once below. Calendar: this check
// in WeChat (one event per tap), all twelve as one calendar file in H5.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import {
  CHECK_ITEMS_ELSEWHERE_TITLE,
  CHECK_ITEMS_SOURCE,
  CHECK_STATUS_HINTS,
  CHECK_STATUS_NAMES,
  checkCatalog,
  checkFundNote,
  checkItemsAreLocalScope,
  checkTitleOf,
  claimReasonText,
  isIsoDate,
  registrationReason,
  weeksLabel,
  type CheckDefinition,
  type CheckItem,
  type IsoDate,
  type PrenatalQuotaAnswer,
  type RegionCode,
  type TimelineAnswer,
} from '@/domain';
import { Button, Card, ChineseDate, Citation, Disclosure, DraftBanner, LinkRow, Money, PageRoot, StateView, a11y } from '@/components';
import { ConfirmDialog, Field, PickerDateField, Toggle } from '@/components/nut';
import { useOutcome } from '@/hooks/useOutcome';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { awaitingRegistration, claimIdOfCheck, doneCheckNumbers, quotaRequestOf, useAppStore, type CheckRecord, type Profile } from '@/stores';
import { computeQuota, computeTimeline } from '@/stores/services';
import { now } from '@/utils/clock';
import { parseYuan } from '@/utils/format';
import { addToPhoneCalendar, buildIcs, CALENDAR_DOWNLOAD_HINT, CALENDAR_DOWNLOAD_LABEL, calendarDownloadedNote, checkEvents, downloadIcs, isWeapp } from '@/utils/calendar';
import { openPage, replacePage } from '@/utils/navigation';
import './index.scss';


function checkNo(raw: string | undefined): number | null {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

/** The amount she records for a check, named once: the field, the record and the claim say it alike. */
const COST_NAME = '这次产检的费用';

const openLedger = () => void openPage('/subpackages/quota/index');

/** Her window and status for this check, when she is pregnant with a dating. */
function useWindow(profile: Profile, today: IsoDate) {
  const checksDone = useAppStore((s) => s.checksDone);
  const req = profile.dating ? { dating: profile.dating, done: doneCheckNumbers({ checksDone }) } : null;
  return useOutcome<TimelineAnswer>(req ? JSON.stringify([req, today]) : null, (onInstant) => computeTimeline(req!, today, onInstant));
}

interface FormValues {
  date: string;
  amount: string;
  outsideList: boolean;
  publicHealth: boolean;
}

const fromRecord = (r: CheckRecord | undefined, today: IsoDate): FormValues =>
  r
    ? { date: r.date, amount: (r.amount / 100).toFixed(2), outsideList: !r.inList, publicHealth: r.publicHealth }
    : { date: today, amount: '', outsideList: false, publicHealth: false };

function RecordForm({ no, today, initial, onSaved, onCancel }: { no: number; today: IsoDate; initial: FormValues; onSaved: () => void; onCancel?: () => void }) {
  const markCheckDone = useAppStore((s) => s.markCheckDone);
  const [v, setV] = useState<FormValues>(initial);
  const [tried, setTried] = useState(false);
  const amountFen = v.amount.trim() === '' ? null : parseYuan(v.amount);
  const dateError = !isIsoDate(v.date) ? '请选择检查日期' : v.date > today ? '检查日期不能晚于今天' : null;
  const amountError =
    v.amount.trim() === '' ? (tried ? '请填写这次产检的费用，免费的请填 0' : null) : amountFen === null ? '请填写金额，如 256 或 256.50（单位：元）' : null;

  const save = () => {
    setTried(true);
    if (dateError || amountFen === null) return;
    markCheckDone(no, { date: v.date, amount: amountFen, inList: !v.outsideList, publicHealth: v.publicHealth });
    onSaved();
  };

  return (
    <View className="check-form">
      <PickerDateField id="check-date" label="检查日期" value={v.date} end={today} onChange={(date) => setV({ ...v, date })} error={tried || v.date ? dateError : null} />
      <Field
        id="check-amount"
        label={`${COST_NAME}（元）`}
        kind="digit"
        value={v.amount}
        onChange={(amount) => setV({ ...v, amount })}
        hint="看收费票据上的「合计」：这次产检的全部费用，医保报销前的金额；免费的填 0"
        error={amountError}
        maxLength={12}
      />
      <Toggle
        label="有的项目不在产前检查报销范围内"
        hint="不在报销范围内的费用不计入定额"
        on={v.outsideList}
        onChange={(outsideList) => setV({ ...v, outsideList })}
      />
      <Toggle
        label="由基本公共卫生服务免费提供"
        hint="如免费的孕产妇健康管理项目，不计入定额"
        on={v.publicHealth}
        onChange={(publicHealth) => setV({ ...v, publicHealth })}
      />
      {amountFen !== null && !dateError ? (
        <Text className="check-form__preview" {...a11y({ role: 'status' })}>
          将记录：<ChineseDate iso={v.date} />，费用 <Money fen={amountFen} />
        </Text>
      ) : null}
      <Button onTap={save}>
        保存记录
      </Button>
      {onCancel ? (
        <Button kind="ghost" onTap={onCancel}>
          取消
        </Button>
      ) : null}
    </View>
  );
}

function ClaimOfCheck({ profile, no, today }: { profile: Profile; no: number; today: IsoDate }) {
  const checksDone = useAppStore((s) => s.checksDone);
  const req = quotaRequestOf(profile, { checksDone });
  const { outcome, loading, retry } = useOutcome<PrenatalQuotaAnswer>(req ? JSON.stringify([req, today]) : null, (onInstant) => computeQuota(req!, today, onInstant));
  if (awaitingRegistration(profile)) {
    return <Text className="check-block yb-small">{registrationReason(profile.region, profile.insurance)}：请先办理备案，并在「我的 → 修改资料」填写备案日期。</Text>;
  }
  if (loading || !outcome) return <StateView status="loading" message="正在计算报销…" />;
  if (!outcome.ok) return <StateView status="error" message={outcome.error.message} onRetry={retry} />;
  const q = outcome.value;
  const claim = q.claims.find((c) => c.id === claimIdOfCheck(no));
  if (!claim) return null;
  const reason = claimReasonText(claim.reason, profile.region, profile.insurance);
  return (
    <View className="check-claim" {...a11y({ role: 'status' })}>
      {q.draft ? <DraftBanner region={profile.region} /> : null}
      {q.eligible ? (
        <>
          <View className="check-claim__row">
            <Text>计入定额</Text>
            <Money fen={claim.covered} className="check-claim__covered" />
          </View>
          <View className="check-claim__row">
            <Text>定额外</Text>
            <Money fen={claim.overflow} />
          </View>
          <Text className="check-block yb-small">{reason}</Text>
          {claim.overflow > 0 && q.hint ? <Text className="check-block yb-small yb-muted">{q.hint}</Text> : null}
          <Text className="check-block yb-small">
            定额剩余 <Money fen={q.remaining} />（共 <Money fen={q.cap} />）
          </Text>
        </>
      ) : (
        // No quota: one amount, the one she entered, and how her insurance pays it.
        <>
          <View className="check-claim__row">
            <Text>{COST_NAME}</Text>
            <Money fen={checksDone[String(no)]?.amount ?? claim.covered + claim.overflow} />
          </View>
          <Text className="check-block yb-small">{reason}</Text>
          {q.hint ? <Text className="check-block yb-small yb-muted">{q.hint}</Text> : null}
        </>
      )}
      <Citation citation={q.citation} />
      <LinkRow label="查看产检费用记录" hint="每次产检的费用和报销" onTap={openLedger} />
    </View>
  );
}

/** The items of the check: hers in Wenzhou; elsewhere Wenzhou's list, folded away; what her province's fund adds. */
function CheckItems({ region, check, optional }: { region: RegionCode; check: CheckDefinition; optional: readonly CheckItem[] }) {
  const title = checkTitleOf(check.no);
  const fundNote = checkFundNote(region, check.no);
  const list = (label: string) => (
    <>
      <View className="check-items" {...a11y({ role: 'list', label })}>
        {check.items.map((item) => (
          <Text key={item.id} className="check-items__item" {...a11y({ role: 'listitem' })}>
            {item.name}
          </Text>
        ))}
      </View>
      {optional.length > 0 ? (
        <>
          <Text className="check-block check-items__label">备选项目（医生认为需要时）</Text>
          <Text className="check-block yb-small">{optional.map((i) => i.name).join('、')}</Text>
        </>
      ) : null}
    </>
  );
  const fund = fundNote ? (
    <View className="check-fund">
      <Text className="check-block">{fundNote.text}</Text>
      <Citation citation={fundNote.citation} />
    </View>
  ) : null;
  if (checkItemsAreLocalScope(region)) {
    return (
      <Card title="参考项目" subtitle={`来源：${CHECK_ITEMS_SOURCE}`}>
        <Text className="check-block yb-small yb-muted">这是温州生育保险可报销的产前检查项目范围，不是医嘱。实际做哪些检查，由医生根据您的情况决定。</Text>
        {fund}
        {list(`${title}的参考项目`)}
      </Card>
    );
  }
  return (
    <Card title="检查项目">
      <Text className="check-block yb-small">实际做哪些检查，由医生根据您的情况决定。产检费用怎么报销，见下面的记录和「产检费用与定额」。</Text>
      {fund}
      <Disclosure title={CHECK_ITEMS_ELSEWHERE_TITLE}>
        <Text className="check-block yb-small yb-muted">
          这是{CHECK_ITEMS_SOURCE}列出的温州职工生育保险报销范围，不是您当地医保的报销范围，也不是医嘱，只供了解一次产检常见的项目。
        </Text>
        {list(`温州医保列出的${title}参考项目`)}
      </Disclosure>
    </Card>
  );
}

function CheckBody({ profile, no, today }: { profile: Profile; no: number; today: IsoDate }) {
  const catalog = checkCatalog();
  const check = catalog.checks.find((c) => c.no === no)!;
  const record = useAppStore((s) => s.checksDone[String(no)]);
  const unmarkCheck = useAppStore((s) => s.unmarkCheck);
  const { outcome } = useWindow(profile, today);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [calendarNote, setCalendarNote] = useState<string | null>(null);
  const timeline = outcome?.ok ? outcome.value : null;
  const slot = timeline?.checks.find((c) => c.no === no) ?? null;
  const title = checkTitleOf(no);

  const addThis = async () => {
    if (!timeline) return;
    const event = checkEvents(timeline, catalog).find((e) => e.no === no);
    if (event) setCalendarNote((await addToPhoneCalendar(event)).message);
  };
  const downloadAll = () => {
    if (!timeline) return;
    const ok = downloadIcs(buildIcs(checkEvents(timeline, catalog), now()));
    setCalendarNote(ok ? calendarDownloadedNote : '此浏览器不支持下载文件。');
  };

  return (
    <>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        {title}
      </Text>
      <Card title={weeksLabel(check.weeks)} tone={slot?.status === 'overdue' ? 'warn' : 'default'}>
        {slot ? (
          <>
            <Text className="check-block check-window">
              <ChineseDate iso={slot.start} /> — <ChineseDate iso={slot.end} />
            </Text>
            <Text className={`check-status check-status--${slot.status}`}>{CHECK_STATUS_NAMES[slot.status]}</Text>
            <Text className="check-block yb-small">{CHECK_STATUS_HINTS[slot.status]}</Text>
          </>
        ) : (
          <Text className="check-block yb-small yb-muted">
            {profile.stage === 'pregnant' ? '正在推算日期…' : '孕期已结束，日期不再显示。'}
          </Text>
        )}
        {timeline && profile.stage === 'pregnant' ? (
          isWeapp() ? (
            slot && slot.status !== 'done' ? (
              <Button kind="ghost" onTap={() => void addThis()}>
                把这次产检加入手机日历
              </Button>
            ) : null
          ) : (
            <>
              <Button kind="ghost" onTap={downloadAll}>
                {CALENDAR_DOWNLOAD_LABEL}
              </Button>
              <Text className="check-block yb-small yb-muted">{CALENDAR_DOWNLOAD_HINT}</Text>
            </>
          )
        ) : null}
        {calendarNote ? (
          <Text className="check-block yb-small" {...a11y({ role: 'status' })}>
            {calendarNote}
          </Text>
        ) : null}
      </Card>

      <CheckItems region={profile.region} check={check} optional={catalog.optional} />

      <Card title="记录这次产检">
        {record && !editing ? (
          <>
            <Text className="check-block check-done" {...a11y({ role: 'status' })}>
              已完成：<ChineseDate iso={record.date} />，费用 <Money fen={record.amount} />
            </Text>
            {!record.inList ? <Text className="check-block yb-small">有的项目不在产前检查报销范围内</Text> : null}
            {record.publicHealth ? <Text className="check-block yb-small">由基本公共卫生服务免费提供</Text> : null}
            <View className="check-actions">
              <Button kind="ghost" onTap={() => setEditing(true)}>
                修改记录
              </Button>
              <Button kind="ghost" onTap={() => setConfirming(true)}>
                撤销完成
              </Button>
            </View>
          </>
        ) : (
          <RecordForm
            key={record ? 'edit' : 'new'}
            no={no}
            today={today}
            initial={fromRecord(record, today)}
            onSaved={() => setEditing(false)}
            onCancel={record ? () => setEditing(false) : undefined}
          />
        )}
      </Card>

      {record ? (
        <Card title="这次的报销">
          <ClaimOfCheck profile={profile} no={no} today={today} />
        </Card>
      ) : null}

      <View className="check-nav">
        {no > 1 ? <LinkRow label={`上一次：${checkTitleOf(no - 1)}`} onTap={() => void replacePage(`/subpackages/check/index?no=${no - 1}`)} /> : null}
        {no < 12 ? <LinkRow label={`下一次：${checkTitleOf(no + 1)}`} onTap={() => void replacePage(`/subpackages/check/index?no=${no + 1}`)} /> : null}
      </View>

      <ConfirmDialog
        visible={confirming}
        title="撤销这次产检的记录？"
        content="这次的日期和费用会被删除，定额会重新计算。"
        confirmText="撤销"
        cancelText="保留"
        onConfirm={() => {
          unmarkCheck(no);
          setConfirming(false);
          setEditing(false);
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

export default function CheckPage() {
  const profile = useRequireProfile();
  const today = useToday();
  // useRouter reads the route once: Current.router moves on when another page opens.
  const router = useRouter() as { params?: Partial<Record<string, string>> } | null;
  const no = checkNo(router?.params?.no);
  return (
    <PageRoot className="check">
      {!profile ? <StateView status="loading" message="正在打开…" /> : null}
      {profile && no === null ? <StateView status="error" message="没有找到这次产检，请从产检页面进入。" /> : null}
      {profile && no !== null ? <CheckBody profile={profile} no={no} today={today} /> : null}
    </PageRoot>
  );
}
