'use client';
import {
  type Control,
  type FieldPath,
  type FieldValues,
  type PathValue,
  type UseControllerProps,
  useController,
} from 'react-hook-form';

/** The react-hook-form side of a phone field: where its E.164 value lives and how it is checked. */
export interface PhoneControllerProps<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
> {
  /** The form's `control`, from `useForm()`. */
  control: Control<TFieldValues>;
  /** The form field holding the phone: an E.164 string, `''` when empty (never `undefined`). */
  name: TName;
  /** Validation rules, e.g. `phoneRules({ required: true })` (based on `parsePhone`). */
  rules?: UseControllerProps<TFieldValues, TName>['rules'];
  /** Unregister the value when the component unmounts. @default false */
  shouldUnregister?: boolean | undefined;
}

/**
 * @internal `useController` for a phone field: the value is an E.164 string and `''` when empty,
 * never `undefined`, even in a form without `defaultValues`.
 */
export function usePhoneController<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
>(props: PhoneControllerProps<TFieldValues, TName>) {
  const controller = useController({
    ...props,
    // A form without defaultValues would otherwise hold `undefined` until the first keystroke.
    defaultValue: '' as PathValue<TFieldValues, TName>,
  });
  const { value } = controller.field;
  return { ...controller, value: typeof value === 'string' ? value : '' };
}
