import { type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { type AfterBirthPlan } from '@/domain';
import { Card, DoneTick, TaskDue, a11y } from '@/components';
import { useAppStore } from '@/stores';
import { openPage } from '@/utils/navigation';

const openList = () => void openPage('/subpackages/after-birth/index');

/** The dated list after a birth (or a loss, gently): what is due next, the days left, her ticks. Where to go and what to bring: its own page. */
export function AfterBirthCard({ plan, lead, children }: { plan: AfterBirthPlan; lead?: ReactNode; children?: ReactNode }) {
  const setDone = useAppStore((s) => s.setAfterBirthTaskDone);
  const loss = plan.kind === 'loss';
  const title = loss ? '接下来可以做的事' : '产后要办的事';
  return (
    <Card title={title} tone={loss ? 'default' : 'accent'} action={{ label: loss ? '查看详细说明' : '去哪办、带什么、过期了怎么办', onTap: openList }}>
      {lead}
      {plan.notices.map((n) => (
        <Text key={n} className="home-task__intro">
          {n}
        </Text>
      ))}
      <View {...a11y({ role: 'list', label: title })}>
        {plan.tasks.map((t) => (
          <View key={t.id} className={`home-task home-task--${t.status}`} {...a11y({ role: 'listitem' })}>
            <DoneTick label={t.title} done={t.status === 'done'} onChange={(done) => setDone(t.id, done)} text={null} />
            <View className="home-task__words">
              <Text className="home-task__title">
                {t.title}
                {t.id === plan.nextTaskId ? <Text className="home-task__next">下一件</Text> : null}
              </Text>
              <TaskDue task={t} />
            </View>
          </View>
        ))}
      </View>
      {children}
    </Card>
  );
}
