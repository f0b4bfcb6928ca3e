// globalTeardown of the jest project `postgres`: stops the server and removes its folder.
export default async function stopTestPostgres(): Promise<void> {
  await globalThis.yunbaoTestPostgres?.destroy();
  globalThis.yunbaoTestPostgres = undefined;
}
