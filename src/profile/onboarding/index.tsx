// First run: the privacy notice with explicit consent, then region, insurance and stage/dating.
// Beside the consent: 替家人查询 (nothing stored) and the policy documents, neither needing consent.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Card, Checkbox, LinkRow, PageRoot, a11y } from '@/components';
import { ConsentNotice } from '@/components/ConsentNotice';
import { ProfileForm, valuesFromProfile } from '@/components/ProfileForm';
import { useToday } from '@/hooks/useToday';
import { useAppStore, type ProfileInput } from '@/stores';
import { now } from '@/utils/clock';
import { FAMILY_QUERIES } from './_components/familyQueries';
import { openPage, restartAt } from '@/utils/navigation';
import './index.scss';

const DOCUMENTS_URL = '/subpackages/documents/index';

type Step = 'consent' | 'profile';

/** WeChat's privacy authorization before APIs that touch personal data (base library ≥ 2.32.3). */
function wechatPrivacy(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
  });
}

export default function Onboarding() {
  const today = useToday();
  const resetReason = useAppStore((s) => s.resetReason);
  const dismissResetReason = useAppStore((s) => s.dismissResetReason);
  const completeOnboarding = useAppStore((s) => s.completeOnboarding);
  const [step, setStep] = useState<Step>('consent');
  const [agreed, setAgreed] = useState(false);
  const [consentError, setConsentError] = useState<string | null>(null);
  const [consentAt, setConsentAt] = useState<string | null>(null);

  const acceptConsent = async () => {
    if (!agreed) {
      setConsentError('请先勾选同意，才能在本机保存并计算您的孕期信息');
      return;
    }
    if (!(await wechatPrivacy())) {
      setConsentError('需要同意微信的隐私保护指引才能继续');
      return;
    }
    setConsentError(null);
    setConsentAt(now().toISOString());
    setStep('profile');
  };

  const finish = (input: ProfileInput) => {
    completeOnboarding(input, consentAt ?? now().toISOString());
    void restartAt('/pages/index/index');
  };

  return (
    <PageRoot className="onboarding" offlineNote={false}>
      {resetReason ? (
        <View className="onboarding__reset" {...a11y({ role: 'alert' })}>
          <Text className="onboarding__reset-text">{resetReason}</Text>
          <Button kind="ghost" className="onboarding__reset-ok" onTap={dismissResetReason}>
            知道了
          </Button>
        </View>
      ) : null}
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        欢迎使用孕保通
      </Text>
      {step === 'consent' ? (
        <>
          <Card title="隐私说明">
            <ConsentNotice />
            <Checkbox
              label="我同意孕保通在本机保存我的孕期与健康信息"
              checked={agreed}
              onChange={(on) => {
                setAgreed(on);
                setConsentError(null);
              }}
            />
            {consentError ? (
              <Text className="yb-error-text" {...a11y({ role: 'alert' })}>
                {consentError}
              </Text>
            ) : null}
            <Button onTap={() => void acceptConsent()}>同意并继续</Button>
            <Text className="onboarding__note yb-muted">不同意也可以替家人查询，或阅读下面的政策文件，但无法记录和计算。</Text>
          </Card>
          <Card title="替家人查询" subtitle="不用同意，也不会在这台手机上保存任何内容">
            {FAMILY_QUERIES.map((q) => (
              <LinkRow key={q.url} label={q.label} hint={q.hint} onTap={() => void openPage(q.url)} />
            ))}
          </Card>
          <Card>
            <LinkRow label="政策文件" hint="本应用依据的政策原文" onTap={() => void openPage(DOCUMENTS_URL)} />
          </Card>
        </>
      ) : (
        <>
          <Text className="onboarding__lead yb-muted">以下信息只保存在本机，用于按您所在地的政策计算。</Text>
          <ProfileForm initial={valuesFromProfile(null)} today={today} submitLabel="完成" onSubmit={finish} />
        </>
      )}
    </PageRoot>
  );
}
