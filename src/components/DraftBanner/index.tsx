import { View, Text } from '@tarojs/components';
import { regionDraft, type DraftBanner as Draft } from '@/domain';
import { a11y } from '../a11y';
import './index.scss';

interface Props {
  /** The region whose answers rest on a draft; nothing is shown for one that does not. */
  region: string;
  /** What on this screen rests on the draft, when the region's banner says it. */
  about?: keyof Draft['about'];
}

/** Shown wherever a result rests on a draft policy (the region's own words, from the engine). */
export function DraftBanner({ region, about }: Props) {
  const draft = regionDraft(region);
  if (!draft) return null;
  return (
    <View className="yb-draft" {...a11y({ role: 'note' })}>
      <Text className="yb-draft__title">{draft.title}</Text>
      <Text className="yb-draft__text">
        {draft.text}
        {about ? (draft.about[about] ?? '') : ''}
      </Text>
    </View>
  );
}
