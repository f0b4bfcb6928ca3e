import { type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { type AfterBirthSchedule } from '@/domain';
import { Card, Checkbox, LinkRow, TaskDue, a11y } from '@/components';
import { useAppStore } from '@/stores';
import { openPage } from '@/utils/navigation';

const openList = () => void openPage('/subpackages/after-birth/index');

/** The enrollment's own step here: record it in the app (still to be filed), or see what was recorded. */
function EnrollmentLink({ birthDate }: { birthDate: string }) {
  const recorded = useAppStore((s) => s.enrollments.some((e) => e.birthDate === birthDate));
  return recorded ? (
    <LinkRow label="查看登记记录" hint="已登记，尚需到医保部门办理" onTap={() => void openPage('/subpackages/newborn/list')} />
  ) : (
    <LinkRow label="登记新生儿参保" onTap={() => void openPage('/subpackages/newborn/index')} />
  );
}

/** The dated list after a birth (or a loss, gently): what is due next, the days left, her ticks. Where to go and what to bring: its own page. */
interface Props {
  plan: AfterBirthSchedule;
  /** The baby's birth date (a birth), for the enrollment's link. */
  birthDate?: string;
  lead?: ReactNode;
  children?: ReactNode;
}

export function AfterBirthCard({ plan, birthDate, lead, children }: Props) {
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
            <Checkbox label="已办完" spokenLabel={`已办完：${t.title}`} boxOnly checked={t.status === 'done'} onChange={(done) => setDone(t.id, done)} />
            <View className="home-task__words">
              <Text className="home-task__title">
                {t.title}
                {t.id === plan.nextTaskId ? <Text className="home-task__next">下一件</Text> : null}
              </Text>
              <TaskDue task={t} />
              {t.id === 'newborn-enrollment' && birthDate && t.status !== 'done' ? <EnrollmentLink birthDate={birthDate} /> : null}
            </View>
          </View>
        ))}
      </View>
      {children}
    </Card>
  );
}
