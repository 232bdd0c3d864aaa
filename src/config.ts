import { resolve } from "node:path";
import { z } from "zod";

/** Every setting the server reads, with its environment variable; the README's configuration table mirrors this. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default("./data"),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  FEDERATION_INBOX_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  FEDERATION_RECOVERY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(1800),
  // Only for tests and benchmarks, whose instances live on loopback: otherwise private addresses are refused.
  FEDERATION_ALLOW_PRIVATE_ADDRESSES: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  WEB_DIST: z.string().default("./dist/web"),
  // Email: off unless SMTP_HOST is set.
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** "tls": TLS from the first byte (port 465); "starttls": upgrade, refusing a server that cannot; "none": plain, for a local relay. */
  SMTP_SECURITY: z.enum(["starttls", "tls", "none"]).default("starttls"),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  /** How long a mailer holds a message it is sending before another process may take it over. */
  MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  // Replies by email: off unless INBOUND_SMTP_PORT is set.
  INBOUND_SMTP_PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  INBOUND_SMTP_HOST: z.string().default("127.0.0.1"),
  /** The domain whose MX leads to this listener; reply addresses are made in it. */
  REPLY_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/, "a domain name, such as reply.example.org")
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  publicUrl?: string;
  trustProxy: boolean;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  sessionTtlDays: number;
  dbPoolSize: number;
  authRateLimit: number;
  authRateWindowSeconds: number;
  /** Activities one remote instance may deliver to this one's inboxes per minute. */
  federationInboxRateLimit: number;
  /** How long deliveries to an instance that keeps failing are held before they are tried again. */
  federationRecoverySeconds: number;
  /** Lets federation reach loopback and private addresses: for tests and benchmarks only. */
  federationAllowPrivateAddresses: boolean;
  webDist: string;
  /** The SMTP server email leaves through; none means the instance sends no email. */
  smtp?: SmtpConfig;
  mailLeaseSeconds: number;
  /** The SMTP listener that takes replies to discussion emails (modules/mail/inbound.ts); none means it is off. */
  inbound?: InboundConfig;
};

export interface InboundConfig {
  port: number;
  host: string;
  /** Reply addresses are `reply+…@domain`; the listener takes nothing else. */
  domain: string;
}

export interface SmtpConfig {
  host: string;
  port: number;
  security: "starttls" | "tls" | "none";
  user?: string;
  password?: string;
  /** The From address, as `Name <address>` or a bare address. */
  from: string;
}

/** Email needs an address to send from and the public address its links lead to. */
function smtpOf(e: z.infer<typeof EnvSchema>): SmtpConfig | undefined {
  if (!e.SMTP_HOST) return undefined;
  const missing = [!e.MAIL_FROM && "MAIL_FROM", !e.PUBLIC_URL && "PUBLIC_URL"].filter(Boolean);
  if (missing.length) throw new Error(`Invalid configuration: SMTP_HOST is set, so ${missing.join(" and ")} must be too`);
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    security: e.SMTP_SECURITY,
    user: e.SMTP_USER || undefined,
    password: e.SMTP_PASSWORD || undefined,
    from: e.MAIL_FROM as string,
  };
}

function inboundOf(e: z.infer<typeof EnvSchema>): InboundConfig | undefined {
  if (e.INBOUND_SMTP_PORT === undefined) return undefined;
  if (!e.REPLY_DOMAIN) throw new Error("Invalid configuration: INBOUND_SMTP_PORT is set, so REPLY_DOMAIN must be too");
  return { port: e.INBOUND_SMTP_PORT, host: e.INBOUND_SMTP_HOST, domain: e.REPLY_DOMAIN.toLowerCase() };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    dbPoolSize: e.DB_POOL_SIZE,
    authRateLimit: e.AUTH_RATE_LIMIT,
    authRateWindowSeconds: e.AUTH_RATE_WINDOW_SECONDS,
    federationInboxRateLimit: e.FEDERATION_INBOX_RATE_LIMIT,
    federationAllowPrivateAddresses: e.FEDERATION_ALLOW_PRIVATE_ADDRESSES,
    federationRecoverySeconds: e.FEDERATION_RECOVERY_SECONDS,
    webDist: resolve(e.WEB_DIST),
    smtp: smtpOf(e),
    mailLeaseSeconds: e.MAIL_LEASE_SECONDS,
    inbound: inboundOf(e),
    ...overrides,
  };
}
