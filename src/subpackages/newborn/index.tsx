// 新生儿参保: login (WeChat's code or a dev code, as /health says, through the store's services),
// then the form with Chinese messages as she types (certificate format, ID check digit, birth date,
// names: the engine's validators), submit, and the result: coverage start, the birth-year waiver,
// the masked ID, and that it is recorded here and must still be filed (where, what to bring, days
// left of the 90). The form is the store's newborn draft: a network failure keeps it, and sending
// the same body again cannot create a second record (the server answers 200 with the first); it
// is cleared once the server has the record, as the form's privacy sentences say. A submit with
// errors brings the first into sight and focus.
import { useEffect, useRef, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { premiumWaiverQuestion, regionChoices, type IsoDate } from '@/domain';
import { Button, Card, PageRoot, StateView, a11y, focusField } from '@/components';
import { ChoiceGroup, Field, PickerDateField, Toggle } from '@/components/nut';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { useAppStore, type NewbornDraft, type Profile } from '@/stores';
import { enroll, login } from '@/stores/services';
import { EnrollmentResult, type Enrollment } from './_components/EnrollmentResult';
import { bodyOf, fieldErrors, fieldErrorsOf, FIELD_ORDER, type FieldErrors, type FieldName } from './_components/form';
import './index.scss';

type LoginState = { status: 'pending' } | { status: 'ok' } | { status: 'error'; message: string };

/** Each field's element id, for bringing the first error into sight. */
const FIELD_IDS: Record<FieldName, string> = {
  certificateNo: 'nb-certificate',
  babyName: 'nb-baby-name',
  sex: 'nb-sex',
  birthDate: 'nb-birth-date',
  region: 'nb-region',
  guardianName: 'nb-guardian-name',
  guardianIdNo: 'nb-guardian-id',
  relation: 'nb-relation',
};

const RELATIONS = [
  { value: 'mother', label: '母亲' },
  { value: 'father', label: '父亲' },
  { value: 'guardian', label: '其他监护人' },
] as const;

function useLogin(): [LoginState, () => void] {
  const [state, setState] = useState<LoginState>({ status: 'pending' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'pending' });
    login().then(
      () => live && setState({ status: 'ok' }),
      (e: unknown) =>
        live &&
        setState({
          status: 'error',
          message: e instanceof Error && e.message ? e.message : '暂时连不上服务器',
        }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}

function EnrollForm({ profile, today, loginState, retryLogin, onDone }: { profile: Profile; today: IsoDate; loginState: LoginState; retryLogin: () => void; onDone: (r: Enrollment) => void }) {
  const stored = useAppStore((s) => s.newbornDraft);
  const setDraft = useAppStore((s) => s.setNewbornDraft);
  const d: NewbornDraft = {
    region: profile.region,
    birthDate: profile.stage === 'postpartum' ? profile.birthDate : undefined,
    relation: 'mother',
    insuredInRegion: null,
    ...(stored ?? {}),
  };
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; retryable: boolean } | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...fieldErrors(d, today, tried), ...serverErrors };
  // Bumped by a submit that found errors: the first one (in reading order) is brought into sight.
  const [showErrors, setShowErrors] = useState(0);
  const errorsNow = useRef(errors);
  errorsNow.current = errors;
  useEffect(() => {
    const first = showErrors > 0 ? FIELD_ORDER.find((f) => errorsNow.current[f]) : undefined;
    if (first) focusField(FIELD_IDS[first]);
  }, [showErrors]);
  const set = (patch: NewbornDraft) => {
    setServerErrors({});
    setDraft({ ...d, ...patch });
  };

  const submit = async () => {
    if (sending) return;
    setTried(true);
    const body = bodyOf(d);
    if (!body || Object.keys(fieldErrors(d, today, true)).length > 0) {
      setShowErrors((n) => n + 1);
      return;
    }
    setSending(true);
    setFailure(null);
    const outcome = await enroll(body);
    setSending(false);
    if (outcome.ok) {
      onDone(outcome.record);
      return;
    }
    const fromServer = fieldErrorsOf(outcome.error.details);
    setServerErrors(fromServer);
    setFailure({ message: outcome.error.message, retryable: outcome.retryable });
    if (Object.keys(fromServer).length > 0) setShowErrors((n) => n + 1);
  };

  const waiver = premiumWaiverQuestion(d.region ?? profile.region);
  return (
    <>
      {loginState.status === 'pending' ? <StateView status="loading" message="正在连接服务器…" /> : null}
      {loginState.status === 'error' ? (
        <Card title="暂时连不上服务器" tone="warn">
          <Text className="nb-block yb-small">{loginState.message}。登记需要联网：可以先填写，内容会保存在本机，联网后再提交。</Text>
          <Button kind="ghost" onTap={retryLogin}>
            重新连接
          </Button>
        </Card>
      ) : null}
      <Card title="宝宝的信息" subtitle="凭出生医学证明即可办理，不需要先上户口。">
        <Field
          id="nb-certificate"
          label="出生医学证明编号"
          value={d.certificateNo ?? ''}
          onChange={(certificateNo) => set({ certificateNo })}
          hint="在出生医学证明上，1 个大写字母加 9 位数字"
          error={errors.certificateNo}
          maxLength={14}
        />
        <Field id="nb-baby-name" label="宝宝的姓名" value={d.babyName ?? ''} onChange={(babyName) => set({ babyName })} hint="与出生医学证明一致，汉字" error={errors.babyName} maxLength={20} />
        <ChoiceGroup
          name="nb-sex"
          label="宝宝的性别"
          options={[
            { value: 'F', label: '女' },
            { value: 'M', label: '男' },
          ]}
          value={d.sex}
          onChange={(sex) => set({ sex })}
          error={errors.sex}
          inline
        />
        <PickerDateField id="nb-birth-date" label="宝宝的出生日期" value={d.birthDate ?? ''} end={today} onChange={(birthDate) => set({ birthDate })} error={errors.birthDate} />
        <ChoiceGroup name="nb-region" label="在哪里参保" options={regionChoices()} value={d.region} onChange={(region) => set({ region })} error={errors.region} />
      </Card>
      <Card title="监护人的信息">
        <View className="nb-privacy">
          <Text className="nb-block yb-small">
            这台手机：您填写的内容（含完整身份证号）先保存在这台手机上，没提交成功时一直保留，方便重试；提交成功后即删除，手机上只留下登记结果（身份证号只显示前 6 位和后 4 位），直到您删除全部数据。
          </Text>
          <Text className="nb-block yb-small">
            孕保通服务器：提交后会加密保存完整的身份证号和这次登记的其他内容，只在您导出自己的数据时完整显示，其他地方只显示前 6 位和后 4 位；一直保存，直到您在「我的 → 隐私与数据」删除。
          </Text>
        </View>
        <Field id="nb-guardian-name" label="监护人姓名" value={d.guardianName ?? ''} onChange={(guardianName) => set({ guardianName })} error={errors.guardianName} maxLength={20} />
        <Field
          id="nb-guardian-id"
          label="监护人的身份证号"
          value={d.guardianIdNo ?? ''}
          onChange={(guardianIdNo) => set({ guardianIdNo })}
          hint="18 位，最后一位可能是 X"
          error={errors.guardianIdNo}
          maxLength={18}
        />
        <ChoiceGroup name="nb-relation" label="与宝宝的关系" options={RELATIONS} value={d.relation} onChange={(relation) => set({ relation })} error={errors.relation} inline />
        <Toggle
          label={waiver.label}
          hint={waiver.hint ?? undefined}
          on={Boolean(d.insuredInRegion)}
          onChange={(insuredInRegion) => set({ insuredInRegion })}
        />
      </Card>
      {failure ? (
        <Card tone="warn" title={failure.retryable ? '没有提交成功' : '登记没有通过'}>
          <Text className="nb-block" {...a11y({ role: 'alert' })}>
            {failure.message}
          </Text>
        </Card>
      ) : null}
      {tried && Object.keys(errors).length > 0 ? (
        <Text className="yb-error-text" {...a11y({ role: 'alert' })}>
          请先修改上面标红的内容
        </Text>
      ) : null}
      <Button onTap={() => void submit()} {...(sending ? { disabled: true, loading: true } : {})}>
        {failure?.retryable ? '重试提交' : '提交登记'}
      </Button>
      <Text className="nb-block yb-small yb-muted nb-note">提交后，孕保通会保存这次登记并算出医保生效日期；之后还需要到医保部门办理。</Text>
    </>
  );
}

export default function Newborn() {
  const profile = useRequireProfile();
  const today = useToday();
  const [loginState, retryLogin] = useLogin();
  const [record, setRecord] = useState<Enrollment | null>(null);
  return (
    <PageRoot className="nb" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        新生儿参保登记
      </Text>
      {!profile ? <StateView status="loading" message="正在打开…" /> : null}
      {profile && record ? <EnrollmentResult record={record} today={today} onAnother={() => setRecord(null)} /> : null}
      {profile && !record ? <EnrollForm profile={profile} today={today} loginState={loginState} retryLogin={retryLogin} onDone={setRecord} /> : null}
    </PageRoot>
  );
}
