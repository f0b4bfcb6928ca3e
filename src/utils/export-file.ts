// Saving her data export as a file. H5: a .json download. WeChat: the file is written to the
// mini-app's user data folder, then (from a tap, as WeChat requires) sent to a chat with
// shareFileMessage, or its text copied to the clipboard where sharing is unavailable.
import Taro from '@tarojs/taro';

export function exportFileName(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  return `yunbao-export-${d}.json`;
}

/** H5: download `text` as a file. Returns false where the browser cannot. */
export function downloadInBrowser(fileName: string, text: string, mimeType = 'application/json;charset=utf-8'): boolean {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** WeChat: write the file under USER_DATA_PATH; returns its path. */
export function writeUserFile(fileName: string, text: string): string {
  const path = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  Taro.getFileSystemManager().writeFileSync(path, text, 'utf8');
  return path;
}

/** WeChat: send a written file to a chat (call it from a tap). */
export async function shareUserFile(path: string, fileName: string): Promise<boolean> {
  if (typeof Taro.shareFileMessage !== 'function') return false;
  try {
    await Taro.shareFileMessage({ filePath: path, fileName });
    return true;
  } catch {
    return false;
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}
