import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from "react";
import { useTranslation } from "react-i18next";

interface Common {
  label: string;
  name: string;
  /** The server's message for this field, shown under it and tied to it with aria-describedby. */
  error?: string | undefined;
  hint?: ReactNode;
  /** Visually hide the label (it stays the field's accessible name). */
  hideLabel?: boolean;
  /** Mark the field "optional" beside its label (outside the label, so its accessible name stays exact). */
  optional?: boolean;
  className?: string;
}

type InputProps = Common & { as?: "input" } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "className">;
type TextareaProps = Common & { as: "textarea" } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "className">;
type SelectProps = Common & { as: "select"; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "className">;

export type FieldProps = InputProps | TextareaProps | SelectProps;

/** A labelled input, textarea or select with its hint and error: the one field every form uses. */
export function Field(props: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { label, name, error, hint, hideLabel, optional, className } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const a11y = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [errorId, hintId].filter(Boolean).join(" ") || undefined,
  };

  let control: ReactNode;
  if (props.as === "textarea") {
    const { as: _as, label: _l, name: _n, error: _e, hint: _h, hideLabel: _hl, optional: _o, className: _c, ...rest } = props;
    control = <textarea rows={4} {...rest} {...a11y} />;
  } else if (props.as === "select") {
    const { as: _as, label: _l, name: _n, error: _e, hint: _h, hideLabel: _hl, optional: _o, className: _c, children, ...rest } = props;
    control = (
      <select {...rest} {...a11y}>
        {children}
      </select>
    );
  } else {
    const { as: _as, label: _l, name: _n, error: _e, hint: _h, hideLabel: _hl, optional: _o, className: _c, ...rest } = props;
    control = <input type="text" {...rest} {...a11y} />;
  }

  return (
    <div className={["field", error ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <div className={hideLabel ? "visually-hidden" : "field-label"}>
        <label htmlFor={id}>{label}</label>
        {optional && !hideLabel ? (
          <span className="field-optional" aria-hidden="true">
            {t("common.field.optional")}
          </span>
        ) : null}
      </div>
      {control}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
