// WeChat reads NutUI's own aria-role/aria-label and has no keyboard: the H5 fixes of nutA11y.ts
// do nothing here, and this file keeps their code out of the main package.
import { type RefObject } from 'react';
import { type NutAriaOptions } from './nutA11y';

export type { NutAriaOptions };

export function fixNutAria(_root: Element | null | undefined, _options: NutAriaOptions = {}): void {}

export function useNutAria(_ref: RefObject<unknown>, _options: NutAriaOptions = {}): void {}

export function useRovingTabStop(_ref: RefObject<unknown>, _selector: string, _index: number): void {}

export function useNutDialogA11y(_ref: RefObject<unknown>, _visible: boolean, _onCancel: () => void): void {}
