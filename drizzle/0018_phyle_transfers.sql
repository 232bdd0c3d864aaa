-- A transfer is exactly two entries, one in each organization's books (the rule `ledger verify` checks).
-- Periods recorded before this put every beneficiary's payment under the period's one transfer id;
-- each payment (the enterprise's entry, then the steward's, posted one after the other) gets its own,
-- derived from the old id and the payment's place so both entries agree, and its commitment keeps it.
ALTER TABLE "phyle_commitments" ADD COLUMN "transfer_id" uuid;--> statement-breakpoint
CREATE TEMPORARY TABLE phyle_legs AS
  SELECT t.id, p.id AS period_id, t.commons_id,
         md5(t.transfer_id::text || ':' || ((row_number() OVER (PARTITION BY t.transfer_id ORDER BY t.seq) + 1) / 2))::uuid AS transfer_id
    FROM transactions t JOIN phyle_periods p ON p.transfer_id = t.transfer_id;--> statement-breakpoint
ALTER TABLE transactions DISABLE TRIGGER transactions_immutable;--> statement-breakpoint
UPDATE transactions t SET transfer_id = l.transfer_id FROM phyle_legs l WHERE t.id = l.id;--> statement-breakpoint
ALTER TABLE transactions ENABLE TRIGGER transactions_immutable;--> statement-breakpoint
ALTER TABLE phyle_commitments DISABLE TRIGGER phyle_commitments_immutable;--> statement-breakpoint
UPDATE phyle_commitments c SET transfer_id = l.transfer_id
  FROM phyle_legs l
  JOIN postings po ON po.transaction_id = l.id AND po.amount < 0
  JOIN accounts a ON a.id = po.account_id
 WHERE l.period_id = c.period_id AND l.commons_id = c.commons_id
   AND a.code = CASE c.destination WHEN 'steward' THEN 'income:phyle' ELSE 'liabilities:contributor-pool' END;--> statement-breakpoint
ALTER TABLE phyle_commitments ENABLE TRIGGER phyle_commitments_immutable;--> statement-breakpoint
DROP TABLE phyle_legs;--> statement-breakpoint
ALTER TABLE "phyle_periods" DROP COLUMN "transfer_id";
