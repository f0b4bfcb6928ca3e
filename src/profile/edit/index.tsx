// 修改资料: region, insurance, stage and dating, with the same form and checks as onboarding.
import { Text } from '@tarojs/components';
import { PageRoot, StateView, a11y, showToast } from '@/components';
import { ProfileForm, valuesFromProfile } from '@/components/ProfileForm';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { useAppStore, type ProfileInput } from '@/stores';
import { goBack } from '@/utils/navigation';

export default function EditProfile() {
  const profile = useRequireProfile();
  const today = useToday();
  const updateProfile = useAppStore((s) => s.updateProfile);
  if (!profile) {
    return (
      <PageRoot>
        <StateView status="loading" message="正在打开…" />
      </PageRoot>
    );
  }
  const save = (input: ProfileInput) => {
    updateProfile(input);
    showToast('已保存');
    void goBack();
  };
  return (
    <PageRoot>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        修改资料
      </Text>
      <ProfileForm initial={valuesFromProfile(profile)} today={today} submitLabel="保存" onSubmit={save} allowEnded={profile.stage === 'ended'} />
    </PageRoot>
  );
}
