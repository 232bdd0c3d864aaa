import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { RegisterInput } from "../../../../src/modules/budgeting/inputs.ts";
import { client } from "../../api/client.ts";
import { data } from "../../api/query.ts";
import { useForm, validate } from "../../form.ts";
import { Field } from "../Field.tsx";
import { FormAlert } from "../FormAlert.tsx";
import { SubmitButton } from "../SubmitButton.tsx";
import { TableScroll } from "../TableScroll.tsx";
import { fieldProblem } from "../treasury/problems.ts";
import type { Call } from "./labels.ts";
import { codesCsv, isCsvFile, parseIdentifiers } from "./register.ts";

/** Identifiers sent per request: the server takes at most 1 MiB a body, and an identifier may be 100 characters. */
const BATCH = 5000;
/** Codes listed on the page; the CSV holds them all. */
const SHOWN = 500;

interface Upload {
  added: { identifier: string; code: string }[];
  alreadyThere: number;
}

/** The codes the server gave, once: a count, the warning that they are not shown again, the CSV and the first lines. */
function Codes({ call, upload }: { call: Call; upload: Upload }) {
  const { t } = useTranslation();
  const [href, setHref] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The codes come below the form: focus moves to them, so they are seen (and heard) at once.
  useEffect(() => {
    if (upload) heading.current?.focus();
  }, [upload]);
  useEffect(() => {
    if (upload.added.length === 0) return;
    const url = URL.createObjectURL(new Blob([codesCsv(upload.added)], { type: "text/csv;charset=utf-8" }));
    setHref(url);
    return () => {
      URL.revokeObjectURL(url);
      setHref(null);
    };
  }, [upload]);
  const shown = upload.added.slice(0, SHOWN);
  return (
    <section className="card section pb-codes" aria-labelledby="pb-codes-title">
      <h3 id="pb-codes-title" ref={heading} tabIndex={-1}>
        {t("budgets.register.codesTitle")}
      </h3>
      <p role="status">{t("budgets.register.added", { added: upload.added.length, already: upload.alreadyThere })}</p>
      {upload.added.length ? (
        <>
          <div className="alert alert--warning pb-codes-once">
            <strong>{t("budgets.register.onceTitle")}</strong>
            <p>{t("budgets.register.once")}</p>
          </div>
          <p>
            {href ? (
              <a className="button button--primary" href={href} download={`${call.slug}-register-codes.csv`}>
                {t("budgets.register.download", { count: upload.added.length })}
              </a>
            ) : null}
          </p>
          <TableScroll labelledBy="pb-codes-title">
            <table className="data-table pb-codes-table">
              <thead>
                <tr>
                  <th scope="col">{t("budgets.register.identifier")}</th>
                  <th scope="col">{t("budgets.register.code")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.identifier}>
                    <td>{row.identifier}</td>
                    <td>
                      <code>{row.code}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {upload.added.length > shown.length ? (
            <p className="muted small">{t("budgets.register.firstShown", { shown: shown.length, count: upload.added.length })}</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/**
 * The body's stewards put the eligible voters of a register call on its register: identifiers pasted or
 * read from a text or CSV file (in the browser: the file itself is never sent), one per line. The server
 * keeps a keyed hash of each and answers a one-time code per new identifier, shown here once, with a
 * CSV to download; identifiers already on the register keep the code they were given.
 */
export function RegisterForm({ call }: { call: Call }) {
  const { t } = useTranslation();
  const form = useForm(["identifiers"]);
  const fileId = useId();
  const [text, setText] = useState("");
  const [read, setRead] = useState<{ name: string; count: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  // Remounts the file field once its identifiers are on the register, so it no longer names the file.
  const [fileKey, setFileKey] = useState(0);
  const count = parseIdentifiers(text).length;
  /** The first problem about one line ("body.identifiers.3"), said with its line's number. */
  const lineProblem = form.problem?.errors.find((e) => /^body\.identifiers\.\d+/.test(e.path));
  const identifiersError = lineProblem
    ? t("budgets.register.lineError", { line: Number(lineProblem.path.split(".")[2]) + 1, message: lineProblem.message })
    : form.error("identifiers");

  return (
    <div className="pb-register">
      <form
        className="card form"
        noValidate
        aria-labelledby="pb-register-title"
        onSubmit={form.onSubmit(async () => {
          const identifiers = parseIdentifiers(text);
          if (identifiers.length === 0) throw fieldProblem("body.identifiers", t("budgets.register.none"));
          validate(RegisterInput, { identifiers });
          const done: Upload = { added: [], alreadyThere: 0 };
          try {
            for (let i = 0; i < identifiers.length; i += BATCH) {
              if (identifiers.length > BATCH) {
                setProgress(t("budgets.register.progress", { done: i, count: identifiers.length }));
              }
              const res = await data(
                client.POST("/api/calls/{slug}/register", {
                  params: { path: { slug: call.slug } },
                  body: { identifiers: identifiers.slice(i, i + BATCH) },
                }),
              );
              done.added.push(...res.added);
              done.alreadyThere += res.alreadyThere;
            }
            setText("");
            setRead(null);
            setFileKey((k) => k + 1);
          } finally {
            setProgress(null);
            // Codes already given are shown even when a later batch fails: they are not given again.
            if (done.added.length || done.alreadyThere) setUpload({ added: [...done.added], alreadyThere: done.alreadyThere });
          }
        })}
      >
        <h2 id="pb-register-title">{t("budgets.register.title")}</h2>
        <p className="muted">{t("budgets.register.intro")}</p>
        <FormAlert messages={form.summary} />
        <Field
          as="textarea"
          rows={8}
          label={t("budgets.register.identifiers")}
          name="identifiers"
          value={text}
          spellCheck={false}
          autoCapitalize="none"
          onChange={(e) => setText(e.target.value)}
          hint={t("budgets.register.identifiersHint")}
          error={identifiersError}
        />
        <div className="field">
          <div className="field-label">
            <label htmlFor={fileId}>{t("budgets.register.file")}</label>
          </div>
          <input
            key={fileKey}
            id={fileId}
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
            aria-invalid={fileError ? true : undefined}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setFileError(null);
              if (!file) return;
              try {
                const ids = parseIdentifiers(await file.text(), { csv: isCsvFile(file) });
                setText(ids.join("\n"));
                setRead({ name: file.name, count: ids.length });
              } catch {
                setFileError(t("budgets.register.fileUnreadable", { name: file.name }));
              }
            }}
          />
          {fileError ? (
            <p id={`${fileId}-error`} className="field-error">
              {fileError}
            </p>
          ) : null}
          <p id={`${fileId}-hint`} className="field-hint">
            {t("budgets.register.fileHint")}
          </p>
          {read ? (
            <p className="notice" role="status">
              {t("budgets.register.read", { count: read.count, name: read.name })}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <SubmitButton busy={form.busy} busyLabel={progress ?? t("budgets.register.uploading")}>
            {t("budgets.register.submit")}
          </SubmitButton>
          <span className="muted small">{t("budgets.register.count", { count })}</span>
        </div>
      </form>
      {upload ? <Codes call={call} upload={upload} /> : null}
    </div>
  );
}
