// 隐私与数据: the consent she gave, an export of all her data as a file, and deletion of all her
// data on this device and on the server.
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Card, PageRoot, a11y, showToast } from '@/components';
import { ConsentNotice } from '@/components/ConsentNotice';
import { ConfirmDialog } from '@/components/nut';
import { goToOnboarding } from '@/hooks/useRequireProfile';
import { useAppStore } from '@/stores';
import { deleteMyData, exportMyData } from '@/stores/services';
import { now } from '@/utils/clock';
import { copyText, downloadInBrowser, exportFileName, shareUserFile, writeUserFile } from '@/utils/export-file';
import { formatShanghaiDay } from '@/utils/format';
import './index.scss';

interface Prepared {
  fileName: string;
  text: string;
  /** WeChat: where the file was written. */
  path: string | null;
}

export default function Privacy() {
  const profile = useAppStore((s) => s.profile);
  const hasServerAccount = useAppStore((s) => s.hasServerAccount);
  const [busy, setBusy] = useState<'export' | 'delete' | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const runExport = async () => {
    setBusy('export');
    setExportNote(null);
    try {
      const data = await exportMyData();
      const text = JSON.stringify(data, null, 2);
      const fileName = exportFileName(now());
      const serverPart = data.serverError ?? (data.server ? '已包含服务器上的新生儿参保登记。' : '您没有在服务器上登记过信息。');
      if (process.env.TARO_ENV === 'h5') {
        const ok = downloadInBrowser(fileName, text);
        setExportNote(ok ? `已下载 ${fileName}。${serverPart}` : '此浏览器不支持下载文件。');
      } else {
        const path = writeUserFile(fileName, text);
        setPrepared({ fileName, text, path });
        setExportNote(`已生成 ${fileName}。${serverPart}请选择发送到聊天或复制内容。`);
      }
    } catch (e) {
      setExportNote(`导出失败：${e instanceof Error ? e.message : '请稍后重试'}`);
    } finally {
      setBusy(null);
    }
  };

  const share = async () => {
    if (!prepared?.path) return;
    const ok = await shareUserFile(prepared.path, prepared.fileName);
    if (!ok) setExportNote('当前微信版本无法发送文件，请使用「复制内容」。');
  };

  const copy = async () => {
    if (!prepared) return;
    const ok = await copyText(prepared.text);
    setExportNote(ok ? '已复制到剪贴板。' : '复制失败，请重试。');
  };

  const runDelete = async () => {
    setConfirming(false);
    setBusy('delete');
    setDeleteError(null);
    const outcome = await deleteMyData();
    setBusy(null);
    if (!outcome.ok) {
      setDeleteError(outcome.error.message);
      return;
    }
    showToast('已删除全部数据');
    goToOnboarding();
  };

  return (
    <PageRoot className="privacy">
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        隐私与数据
      </Text>
      <Card title="您的同意">
        {profile ? (
          <Text className="privacy__consent">您于 {formatShanghaiDay(profile.consent.at)} 同意孕保通在本机保存您的孕期与健康信息。</Text>
        ) : (
          <Text className="privacy__consent">您还没有填写资料，本机没有保存您的健康信息。</Text>
        )}
        <ConsentNotice />
      </Card>
      <Card title="导出数据">
        <Text className="yb-small" style={{ display: 'block' }}>
          把您的全部数据保存成一个文件：本机保存的全部资料和记录{hasServerAccount ? '，以及服务器上您的新生儿参保登记（含完整身份证号，请妥善保管）' : ''}。文件可以用记事本或浏览器打开，产检费用另按元列出。
        </Text>
        <Button onTap={() => void runExport()} disabled={busy !== null} loading={busy === 'export'}>
          导出我的全部数据
        </Button>
        {prepared && process.env.TARO_ENV !== 'h5' ? (
          <View className="privacy__share">
            <Button kind="ghost" onTap={() => void share()}>
              发送到聊天
            </Button>
            <Button kind="ghost" onTap={() => void copy()}>
              复制内容
            </Button>
          </View>
        ) : null}
        {exportNote ? (
          <Text className="privacy__note" {...a11y({ role: 'status' })}>
            {exportNote}
          </Text>
        ) : null}
      </Card>
      <Card title="删除数据" tone="warn">
        <Text className="yb-small" style={{ display: 'block' }}>
          删除本机上的全部资料和记录{hasServerAccount ? '，并删除服务器上您的新生儿参保登记' : ''}。删除后无法恢复，孕保通会回到首次使用的状态。
        </Text>
        <Button kind="danger" onTap={() => setConfirming(true)} disabled={busy !== null} loading={busy === 'delete'}>
          删除全部数据
        </Button>
        {deleteError ? (
          <Text className="yb-error-text" {...a11y({ role: 'alert' })}>
            {deleteError}
          </Text>
        ) : null}
      </Card>
      <ConfirmDialog
        visible={confirming}
        title="确定删除全部数据？"
        content={`将删除本机上的全部资料、产检记录和草稿${hasServerAccount ? '，以及服务器上的新生儿参保登记' : ''}。删除后无法恢复。`}
        confirmText="确定删除"
        cancelText="取消"
        onConfirm={() => void runDelete()}
        onCancel={() => setConfirming(false)}
      />
    </PageRoot>
  );
}
