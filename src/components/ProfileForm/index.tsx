// The profile form of onboarding and of 我的 → 修改资料: region, insurance, stage, dating, and the
// Jilin employee's 生育保险备案 date. Validation messages come from the engine's Result errors.
import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '../Button';
import {
  addDays,
  CYCLE_DAYS_MESSAGE,
  datePregnancy,
  insuranceChoices,
  isCycleDays,
  isIsoDate,
  MAX_CHILD_AGE_YEARS,
  needsRegistration,
  pregnancyStageName,
  regionChoices,
  STAGE_NAMES,
  yearsBefore,
  type DatingInput,
  type Insurance,
  type IsoDate,
  type RegionCode,
} from '@/domain';
import type { LifeStage, ProfileInput } from '@/stores';
import { ChoiceGroup } from '../ChoiceGroup';
import { DateField } from '../DateField';
import { Field } from '../Field';
import { a11y } from '../a11y';
import { focusField } from '../focusField';
import './index.scss';

type Method = DatingInput['method'];

export interface ProfileFormValues {
  region: RegionCode | null;
  insurance: Insurance | null;
  stage: LifeStage | null;
  method: Method;
  date: string;
  cycleDays: string;
  embryoDay: 3 | 5 | 6 | null;
  birthDate: string;
  endedOn: string;
  registered: 'yes' | 'no' | null;
  registeredOn: string;
}

type ErrorField = 'region' | 'insurance' | 'stage' | 'date' | 'cycleDays' | 'embryoDay' | 'birthDate' | 'endedOn' | 'registered' | 'registeredOn';
type Errors = Partial<Record<ErrorField, string>>;

/** The fields' element ids, in the order the form shows them (the first error is brought into sight). */
const FIELD_IDS: readonly [ErrorField, string][] = [
  ['region', 'region'],
  ['insurance', 'insurance'],
  ['registered', 'registered'],
  ['registeredOn', 'registeredOn'],
  ['stage', 'stage'],
  ['date', 'dating-date'],
  ['cycleDays', 'cycle-days'],
  ['embryoDay', 'embryo'],
  ['birthDate', 'birth-date'],
  ['endedOn', 'ended-on'],
];

export function valuesFromProfile(p: Partial<ProfileInput> | null | undefined): ProfileFormValues {
  const d = p?.dating;
  return {
    region: p?.region ?? null,
    insurance: p?.insurance ?? null,
    stage: p?.stage ?? null,
    method: d?.method ?? 'lmp',
    date: d?.date ?? '',
    cycleDays: d && d.method === 'lmp' && d.cycleDays ? String(d.cycleDays) : '28',
    embryoDay: d && d.method === 'ivf' ? d.embryoDay : null,
    birthDate: p?.birthDate ?? '',
    endedOn: p?.endedOn ?? '',
    registered: p?.registeredOn ? 'yes' : p?.registeredOn === null ? 'no' : null,
    registeredOn: p?.registeredOn ?? '',
  };
}

const STAGES: { value: LifeStage; label: string; hint: string }[] = [
  { value: 'pregnant', label: STAGE_NAMES.pregnant, hint: '按末次月经、预产期或移植日推算孕周' },
  { value: 'planning', label: STAGE_NAMES.planning, hint: '正在准备怀孕' },
  { value: 'postpartum', label: STAGE_NAMES.postpartum, hint: '宝宝已经出生' },
];

const METHODS: { value: Method; label: string }[] = [
  { value: 'lmp', label: '末次月经' },
  { value: 'edd', label: '预产期' },
  { value: 'ivf', label: '试管移植日' },
];

const DATE_LABEL: Record<Method, string> = {
  lmp: '末次月经第一天',
  edd: '预产期（医生告诉您的日期）',
  ivf: '胚胎移植日期',
};

function datingOf(v: ProfileFormValues): DatingInput {
  if (v.method === 'edd') return { method: 'edd', date: v.date };
  if (v.method === 'ivf') return { method: 'ivf', date: v.date, embryoDay: v.embryoDay ?? 5 };
  return { method: 'lmp', date: v.date, cycleDays: Number(v.cycleDays) };
}

const engineMessage = (error: { message: string; details: { message: string }[] }): string =>
  error.details.length > 0 ? [...new Set(error.details.map((d) => d.message))].join('；') : error.message;

/** Checks the form; returns the profile input or the errors to show. */
export function checkProfileForm(v: ProfileFormValues, today: IsoDate): { ok: true; input: ProfileInput } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  if (!v.region) errors.region = '请选择您参保的地区';
  if (!v.insurance) errors.insurance = '请选择参保类型';
  if (!v.stage) errors.stage = '请选择您现在的阶段';
  let dating: DatingInput | undefined;
  if (v.stage === 'pregnant' || v.stage === 'ended') {
    if (v.stage === 'pregnant' || v.date !== '') {
      if (v.date === '') errors.date = `请选择${DATE_LABEL[v.method]}`;
      else if (!isIsoDate(v.date)) errors.date = '日期无效，请重新选择';
      else if (v.method === 'lmp' && !isCycleDays(/^\d{2}$/.test(v.cycleDays) ? Number(v.cycleDays) : Number.NaN)) errors.cycleDays = CYCLE_DAYS_MESSAGE;
      else if (v.method === 'ivf' && v.embryoDay === null) errors.embryoDay = '请选择移植的是第几天的胚胎';
      else {
        dating = datingOf(v);
        if (v.stage === 'pregnant') {
          const r = datePregnancy(dating, today);
          if (!r.ok) {
            const message = engineMessage(r.error);
            if (r.error.details.some((d) => d.path.includes('cycleDays'))) errors.cycleDays = message;
            else errors.date = message;
          }
        }
      }
    }
  }
  if (v.stage === 'postpartum') {
    if (v.birthDate === '') errors.birthDate = '请选择宝宝的出生日期';
    else if (!isIsoDate(v.birthDate)) errors.birthDate = '日期无效，请重新选择';
    else if (v.birthDate > today) errors.birthDate = '出生日期不能晚于今天';
    else if (v.birthDate < yearsBefore(today, MAX_CHILD_AGE_YEARS)) errors.birthDate = '出生日期不能早于 18 年前';
  }
  if (v.stage === 'ended') {
    if (v.endedOn === '' || !isIsoDate(v.endedOn)) errors.endedOn = '请选择日期';
    else if (v.endedOn > today) errors.endedOn = '日期不能晚于今天';
  }
  const registers = v.region !== null && v.insurance !== null && needsRegistration(v.region, v.insurance);
  if (registers) {
    if (v.registered === null) errors.registered = '请选择是否已办理生育保险备案';
    else if (v.registered === 'yes') {
      if (v.registeredOn === '' || !isIsoDate(v.registeredOn)) errors.registeredOn = '请选择备案日期';
      else if (v.registeredOn > today) errors.registeredOn = '备案日期不能晚于今天';
    }
  }
  if (Object.keys(errors).length > 0 || !v.region || !v.insurance || !v.stage) return { ok: false, errors };
  const input: ProfileInput = { region: v.region, insurance: v.insurance, stage: v.stage };
  if (dating) input.dating = dating;
  if (v.stage === 'postpartum') input.birthDate = v.birthDate;
  if (v.stage === 'ended') input.endedOn = v.endedOn;
  if (registers) input.registeredOn = v.registered === 'yes' ? v.registeredOn : null;
  return { ok: true, input };
}

interface Props {
  initial: ProfileFormValues;
  today: IsoDate;
  submitLabel: string;
  onSubmit: (input: ProfileInput) => void;
  /** Offer 妊娠已结束 (editing a profile already in that stage). */
  allowEnded?: boolean;
}

export function ProfileForm({ initial, today, submitLabel, onSubmit, allowEnded }: Props) {
  const [v, setV] = useState<ProfileFormValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [tried, setTried] = useState(false);
  const [focusOn, setFocusOn] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusOn) focusField(focusOn.id);
  }, [focusOn]);

  const update = (patch: Partial<ProfileFormValues>) => {
    const next = { ...v, ...patch };
    setV(next);
    if (tried) {
      const r = checkProfileForm(next, today);
      setErrors(r.ok ? {} : r.errors);
    }
  };

  const submit = () => {
    setTried(true);
    const r = checkProfileForm(v, today);
    if (!r.ok) {
      setErrors(r.errors);
      const first = FIELD_IDS.find(([field]) => r.errors[field]);
      if (first) setFocusOn({ id: first[1] });
      return;
    }
    setErrors({});
    onSubmit(r.input);
  };

  const stages = allowEnded ? [...STAGES, { value: 'ended' as const, label: STAGE_NAMES.ended, hint: '本次妊娠未分娩即结束' }] : STAGES;
  const registers = v.region !== null && v.insurance !== null && needsRegistration(v.region, v.insurance);
  const preview = v.stage === 'pregnant' && v.date !== '' && isIsoDate(v.date) && !errors.date ? datePregnancy(datingOf(v), today) : null;

  return (
    <View className="yb-profile-form">
      <ChoiceGroup name="region" label="您在哪里参保？" options={regionChoices()} value={v.region} onChange={(region) => update({ region })} error={errors.region} />
      <ChoiceGroup
        name="insurance"
        label="参保类型"
        options={insuranceChoices()}
        value={v.insurance}
        onChange={(insurance) => update({ insurance })}
        error={errors.insurance}
      />
      {registers ? (
        <View className="yb-profile-form__group">
          <ChoiceGroup
            name="registered"
            label="是否已办理生育保险备案？"
            options={[
              { value: 'yes', label: '已备案', hint: '填写备案日期，产前检查费用从备案之日起计入定额' },
              { value: 'no', label: '还没有', hint: '先到单位或医保经办机构办理备案' },
            ]}
            value={v.registered}
            onChange={(registered) => update({ registered })}
            error={errors.registered}
          />
          {v.registered === 'yes' ? (
            <DateField id="registeredOn" label="生育保险备案日期" value={v.registeredOn} end={today} onChange={(registeredOn) => update({ registeredOn })} error={errors.registeredOn} />
          ) : null}
        </View>
      ) : null}
      <ChoiceGroup name="stage" label="您现在是" options={stages} value={v.stage} onChange={(stage) => update({ stage })} error={errors.stage} />
      {v.stage === 'pregnant' ? (
        <View className="yb-profile-form__group">
          <ChoiceGroup name="method" label="怎样推算孕周" options={METHODS} value={v.method} onChange={(method) => update({ method })} inline />
          <DateField
            id="dating-date"
            label={DATE_LABEL[v.method]}
            value={v.date}
            onChange={(date) => update({ date })}
            start={addDays(today, -320)}
            end={v.method === 'edd' ? addDays(today, 300) : today}
            error={errors.date}
          />
          {v.method === 'lmp' ? (
            <Field
              id="cycle-days"
              label="月经周期（天）"
              kind="number"
              value={v.cycleDays}
              maxLength={2}
              hint="21 到 45 天，不确定就保留 28"
              onChange={(cycleDays) => update({ cycleDays })}
              error={errors.cycleDays}
            />
          ) : null}
          {v.method === 'ivf' ? (
            <ChoiceGroup
              name="embryo"
              label="移植的胚胎"
              options={[
                { value: 3, label: '第3天胚胎' },
                { value: 5, label: '第5天囊胚' },
                { value: 6, label: '第6天囊胚' },
              ]}
              value={v.embryoDay}
              onChange={(embryoDay) => update({ embryoDay })}
              error={errors.embryoDay}
              inline
            />
          ) : null}
          {preview && preview.ok ? (
            <Text className="yb-profile-form__preview" {...a11y({ role: 'status' })}>
              按此推算：{preview.value.gestation.label}，{pregnancyStageName(preview.value.trimester, preview.value.gestation.days)}
            </Text>
          ) : null}
        </View>
      ) : null}
      {v.stage === 'postpartum' ? (
        <DateField id="birth-date" label="宝宝的出生日期" value={v.birthDate} end={today} onChange={(birthDate) => update({ birthDate })} error={errors.birthDate} />
      ) : null}
      {v.stage === 'ended' ? (
        <DateField id="ended-on" label="妊娠结束的日期" value={v.endedOn} end={today} onChange={(endedOn) => update({ endedOn })} error={errors.endedOn} />
      ) : null}
      {tried && Object.keys(errors).length > 0 ? (
        <Text className="yb-error-text" {...a11y({ role: 'alert' })}>
          请先修改上面标红的内容
        </Text>
      ) : null}
      <Button onTap={submit}>
        {submitLabel}
      </Button>
    </View>
  );
}
