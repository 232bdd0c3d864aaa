import nodemailer from "nodemailer";
import type { SmtpConfig } from "../../config.ts";

export type MailTransport = ReturnType<typeof smtpTransport>;

/** A pooled SMTP connection to the configured server; "none" is for a relay on the same host or network only. */
export function smtpTransport(smtp: SmtpConfig) {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === "tls",
    requireTLS: smtp.security === "starttls",
    ignoreTLS: smtp.security === "none",
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

/** The address part of `Name <address>` or of a bare address. */
export const addressOf = (from: string) => (from.match(/<([^>]+)>/)?.[1] ?? from).trim();

/** The domain Message-IDs and reply addresses are made in: the sending address's. */
export const domainOf = (from: string) => addressOf(from).split("@").pop() ?? "localhost";
