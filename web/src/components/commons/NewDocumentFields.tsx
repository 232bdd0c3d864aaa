import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentFormat } from "../../api/schema.ts";
import type { FormState } from "../../form.ts";
import { slugify } from "../../format.ts";
import { Field } from "../Field.tsx";
import { DOCUMENT_EXTENSION, DOCUMENT_FORMAT_LABEL, DOCUMENT_FORMATS } from "./labels.ts";
import { ContentField } from "./ProposalFields.tsx";

/** A new document's title, address, format and text; the address follows the title until edited. */
export function NewDocumentFields({ form }: { form: FormState }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [format, setFormat] = useState<DocumentFormat>("markdown");
  const [path, setPath] = useState("");
  const [pathEdited, setPathEdited] = useState(false);
  const suggest = (text: string, f: DocumentFormat) => (text.trim() ? `${slugify(text).slice(0, 76)}${DOCUMENT_EXTENSION[f]}` : "");

  return (
    <>
      <Field
        label={t("commons.newDocument.title")}
        name="documentTitle"
        required
        maxLength={200}
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          if (!pathEdited) setPath(suggest(e.target.value, format));
        }}
        error={form.error("documentTitle")}
      />
      <div className="form-row">
        <Field
          label={t("commons.newDocument.path")}
          name="path"
          required
          maxLength={80}
          autoCapitalize="none"
          spellCheck={false}
          value={path}
          onChange={(e) => {
            setPath(e.target.value);
            setPathEdited(e.target.value !== "");
          }}
          hint={t("commons.newDocument.pathHint")}
          error={form.error("path")}
        />
        <Field
          as="select"
          label={t("commons.newDocument.format")}
          name="format"
          value={format}
          onChange={(e) => {
            const f = e.target.value as DocumentFormat;
            setFormat(f);
            if (!pathEdited) setPath(suggest(title, f));
          }}
          error={form.error("format")}
        >
          {DOCUMENT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {DOCUMENT_FORMAT_LABEL[f]}
            </option>
          ))}
        </Field>
      </div>
      <ContentField
        form={form}
        defaultValue=""
        hint={format === "markdown" ? t("commons.newDocument.markdownHint") : t("commons.newDocument.textHint")}
      />
    </>
  );
}
