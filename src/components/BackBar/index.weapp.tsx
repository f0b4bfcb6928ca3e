// WeChat draws the way back in its own navigation bar: nothing here (the H5 control: index.tsx).
export const hasBackBar = (_path: string | undefined): boolean => false;

export function BackBar() {
  return null;
}
