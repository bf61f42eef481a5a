'use client';
import {
  type FieldPath,
  type FieldValues,
  type PathValue,
  type UseControllerProps,
  useController,
} from 'react-hook-form';

/**
 * @internal `useController` for a phone field: the value is an E.164 string and `''` when empty,
 * never `undefined`, even in a form without `defaultValues`.
 */
export function usePhoneController<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
>(props: UseControllerProps<TFieldValues, TName>) {
  const controller = useController({
    ...props,
    // A form without defaultValues would otherwise hold `undefined` until the first keystroke.
    defaultValue: '' as PathValue<TFieldValues, TName>,
  });
  const { value } = controller.field;
  return { ...controller, value: typeof value === 'string' ? value : '' };
}
