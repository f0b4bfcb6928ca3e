// 产后要办的事: the whole dated list of rules.md §10 for her birth (or, gently, her loss): each task
// with when it is due and the days left, where to go, what to bring, its source, for an overdue one
// what to do now, and a tick kept on the phone. Links to the pages that help with a task.
import { View, Text } from '@tarojs/components';
import { afterBirthPlan, type AfterBirthTask, type AfterBirthTaskId } from '@/domain';
import { Checkbox, Citation, LinkRow, PageRoot, StateView, TaskDue, a11y } from '@/components';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { afterBirthRequestOf, useAppStore } from '@/stores';
import { openPage } from '@/utils/navigation';
import './index.scss';

const open = (url: string) => () => void openPage(url);

/** The page that helps with a task, where the app has one. */
const HELP: Partial<Record<AfterBirthTaskId, { label: string; url: string }>> = {
  'newborn-enrollment': { label: '在孕保通登记新生儿参保', url: '/subpackages/newborn/index' },
  'childcare-subsidy': { label: '算一算育儿补贴', url: '/subpackages/subsidy/index' },
  'maternity-allowance': { label: '算一算生育津贴', url: '/subpackages/allowance/index' },
};

function Places({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <View className="ab-task__block">
      <Text className="ab-task__label">{title}</Text>
      <View {...a11y({ role: 'list', label: title })}>
        {items.map((item) => (
          <Text key={item} className="ab-task__item" {...a11y({ role: 'listitem' })}>
            {item}
          </Text>
        ))}
      </View>
    </View>
  );
}

function Task({ task, next }: { task: AfterBirthTask; next: boolean }) {
  const setDone = useAppStore((s) => s.setAfterBirthTaskDone);
  const help = HELP[task.id];
  return (
    <View className={`ab-task ab-task--${task.status}${next ? ' ab-task--next' : ''}`} {...a11y({ role: 'listitem' })}>
      <Text className="ab-task__title" {...a11y({ role: 'heading', level: 2 })}>
        {task.title}
      </Text>
      {next ? <Text className="ab-task__next">下一件</Text> : null}
      <TaskDue task={task} />
      {task.status === 'overdue' && task.whenLate ? (
        <View className="ab-task__late" {...a11y({ role: 'note' })}>
          <Text className="ab-task__label">现在怎么办</Text>
          <Text>{task.whenLate}</Text>
        </View>
      ) : null}
      <Text className="ab-task__what">{task.what}</Text>
      <Places title="去哪里办" items={task.where} />
      <Places title="要带什么" items={task.bring} />
      <Citation citation={task.citation} />
      {help ? <LinkRow label={help.label} onTap={open(help.url)} /> : null}
      <View className="ab-task__done">
        <Checkbox label="已办完" spokenLabel={`已办完：${task.title}`} checked={task.status === 'done'} onChange={(done) => setDone(task.id, done)} />
      </View>
    </View>
  );
}

export default function AfterBirthPage() {
  const profile = useRequireProfile();
  const today = useToday();
  const done = useAppStore((s) => s.afterBirthDone);
  const fullyFunded = useAppStore((s) => s.allowanceDraft?.fullyFunded);
  const req = profile ? afterBirthRequestOf(profile, done, fullyFunded) : null;
  const plan = req ? afterBirthPlan(req, today) : null;
  const loss = plan?.ok && plan.value.kind === 'loss';
  return (
    <PageRoot className="ab">
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        {loss ? '接下来可以做的事' : '产后要办的事'}
      </Text>
      {!profile ? <StateView status="loading" message="正在打开…" /> : null}
      {profile && !req ? <StateView status="empty" message="记录宝宝出生后，这里会按日期列出要办的事：去哪里办、带什么。" /> : null}
      {plan && !plan.ok ? <StateView status="error" message={plan.error.details[0]?.message ?? plan.error.message} /> : null}
      {plan?.ok ? (
        <>
          {plan.value.notices.map((n) => (
            <Text key={n} className="ab-intro">
              {n}
            </Text>
          ))}
          <Text className="ab-intro yb-muted">按截止日期排列。办完一件就勾上「已办完」，记录只保存在本机。</Text>
          <View {...a11y({ role: 'list', label: loss ? '接下来可以做的事' : '产后要办的事' })}>
            {plan.value.tasks.map((t) => (
              <Task key={t.id} task={t} next={t.id === plan.value.nextTaskId} />
            ))}
          </View>
        </>
      ) : null}
    </PageRoot>
  );
}
