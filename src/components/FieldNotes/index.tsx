// The hint under a form field and its error, announced (role alert) and linked from the input
// by `${id}-error` (aria-describedby). Shared by the hand-made and the NutUI fields.
import { Text } from '@tarojs/components';
import { a11y } from '../a11y';

interface Props {
  /** The field's id: the error is `${id}-error`. */
  id: string;
  hint?: string;
  error?: string | null;
}

export const errorIdOf = (id: string) => `${id}-error`;

export function FieldNotes({ id, hint, error }: Props) {
  return (
    <>
      {hint ? <Text className="yb-field__hint">{hint}</Text> : null}
      {error ? (
        <Text id={errorIdOf(id)} className="yb-error-text" {...a11y({ role: 'alert' })}>
          {error}
        </Text>
      ) : null}
    </>
  );
}
