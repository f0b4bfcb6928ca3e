export const SERVER_BUNDLE: string;
export function serverArgs(root: string): string[];
export function buildServer(root: string): Promise<void>;
