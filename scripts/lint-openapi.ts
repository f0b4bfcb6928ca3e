// `npm run lint:openapi` (part of `npm test`): writes the /api/v1/openapi.json the app serves (built
// from the contract's schemas) to a file and lints it with Redocly CLI's recommended rules
// (redocly.yaml); any error or warning fails. `-- --out openapi.json` keeps the document.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app';

interface Problem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { pointer?: string }[];
}

const root = path.resolve(__dirname, '..');

async function writeDocument(file: string): Promise<number> {
  const app = await buildApp({ tokenSecret: 'openapi-lint-secret-0123456789', logger: false, databasePath: ':memory:' });
  try {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}`);
    fs.writeFileSync(file, `${JSON.stringify(JSON.parse(res.body), null, 2)}\n`);
    return Object.keys((JSON.parse(res.body) as { paths: object }).paths).length;
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const outArg = process.argv.indexOf('--out');
  const keep = outArg > 0 ? process.argv[outArg + 1] : undefined;
  const dir = keep ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-openapi-'));
  const file = keep ? path.resolve(keep) : path.join(dir ?? '', 'openapi.json');
  try {
    const paths = await writeDocument(file);
    const cli = path.join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      // No telemetry and no update check: CI has no internet, and the lint must not wait for it.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    const start = run.stdout.indexOf('{');
    if (start < 0) {
      console.error(`redocly lint gave no report (exit ${run.status}):\n${run.stderr}`);
      return 1;
    }
    const report = JSON.parse(run.stdout.slice(start)) as { totals: { errors: number; warnings: number }; version: string; problems: Problem[] };
    for (const p of report.problems) console.log(`${p.severity.padEnd(5)} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? '#'}`);
    const { errors, warnings } = report.totals;
    const ok = errors === 0 && warnings === 0 && run.status === 0;
    console.log(`${ok ? 'ok  ' : 'FAIL'} OpenAPI ${paths} paths, redocly ${report.version} recommended: ${errors} errors, ${warnings} warnings${keep ? ` (${file})` : ''}`);
    return ok ? 0 : 1;
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
