import { useTranslation } from "react-i18next";
import type { ValueEquationInput } from "../../api/schema.ts";
import { CONTRIBUTION_KIND_LABEL } from "../../format.ts";
import { TableScroll } from "../TableScroll.tsx";
import { equationInWords, percent, recipientText } from "./labels.ts";

/** A value equation for everyone: in words, then its fixed shares and weights as tables. */
export function EquationSummary({ equation }: { equation: ValueEquationInput & { poolBp: number } }) {
  const { t } = useTranslation();
  return (
    <div className="value-equation">
      <p className="prose">{equationInWords(equation)}</p>
      <TableScroll label={t("value.summary.shares")}>
        <table className="data-table">
          <caption className="visually-hidden">{t("value.summary.shares")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("value.summary.share")}</th>
              <th scope="col">{t("value.summary.goesTo")}</th>
              <th scope="col" className="num">
                {t("value.summary.ofAmount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {equation.buckets.map((b) => (
              <tr key={`${b.label}-${recipientText(b)}`}>
                <th scope="row">{b.label}</th>
                <td>{recipientText(b)}</td>
                <td className="num">{percent(b.shareBp)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("value.summary.pool")}</th>
              <td>{t("value.summary.byPoints")}</td>
              <td className="num">{percent(equation.poolBp)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={t("value.summary.weights")}>
        <table className="data-table">
          <caption className="visually-hidden">{t("value.summary.weights")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("value.summary.kind")}</th>
              <th scope="col" className="num">
                {t("value.summary.perContribution")}
              </th>
              <th scope="col" className="num">
                {t("value.summary.perHour")}
              </th>
              <th scope="col" className="num">
                {t("value.summary.perHundredLines")}
              </th>
            </tr>
          </thead>
          <tbody>
            {equation.weights.map((w) => (
              <tr key={w.kind}>
                <th scope="row">{CONTRIBUTION_KIND_LABEL[w.kind]}</th>
                <td className="num">{w.perContribution}</td>
                <td className="num">{w.perHour}</td>
                <td className="num">{w.perHundredLines}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
