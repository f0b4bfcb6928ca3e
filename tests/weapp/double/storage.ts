// WeChat's local storage for one user of one mini-app: values kept as JSON (what WeChat keeps),
// at most 1 MB a key and 10 MB in all; past either limit the write throws and nothing changes.
// It outlives a launch, so a second launch of the double on the same storage is a cold start.
export const STORAGE_KEY_LIMIT_BYTES = 1024 * 1024;
export const STORAGE_TOTAL_LIMIT_BYTES = 10 * 1024 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class WxStorage {
  private readonly items = new Map<string, string>();

  /** Sizes as UTF-8 bytes of key + JSON: stricter than counting UTF-16 units for Chinese text. */
  private sizeOf(key: string, json: string): number {
    return bytes(key) + bytes(json);
  }

  get totalBytes(): number {
    let n = 0;
    for (const [k, v] of this.items) n += this.sizeOf(k, v);
    return n;
  }

  set(key: unknown, data: unknown, api = 'setStorageSync'): void {
    if (typeof key !== 'string' || key === '') throw new Error(`${api}:fail parameter error: parameter.key should be String instead of ${typeof key};`);
    if (data === undefined) throw new Error(`${api}:fail parameter error: parameter.data should not be undefined;`);
    const json = JSON.stringify(data);
    if (json === undefined) throw new Error(`${api}:fail data not serializable`);
    const size = this.sizeOf(key, json);
    if (size > STORAGE_KEY_LIMIT_BYTES) throw new Error(`${api}:fail:entry size limit reached`);
    const previous = this.items.get(key);
    const total = this.totalBytes - (previous === undefined ? 0 : this.sizeOf(key, previous)) + size;
    if (total > STORAGE_TOTAL_LIMIT_BYTES) throw new Error(`${api}:fail:exceed storage max size 10MB`);
    this.items.set(key, json);
  }

  /** The stored JSON, or undefined when the key is absent. */
  getJson(key: unknown): string | undefined {
    return typeof key === 'string' ? this.items.get(key) : undefined;
  }

  remove(key: unknown): void {
    if (typeof key === 'string') this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  /** Tests: read a stored value. */
  peek(key: string): unknown {
    const json = this.items.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  /** Tests: put a value as a previous run of the app would have left it. */
  seed(key: string, data: unknown): void {
    this.set(key, data);
  }
}
