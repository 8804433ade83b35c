package com.zangsho.domain.validation;

/**
 * What a field broke. Each rule names a message in the web layer's bundles (zh-TW default, en); the
 * domain never holds text, so the same violation reads right in either language.
 */
public enum Rule {
  REQUIRED,
  /** Required when another field is absent. args: that other field. */
  REQUIRED_WITHOUT,
  STRING,
  INTEGER,
  BOOLEAN,
  OBJECT,
  ARRAY,
  EMAIL,
  /** args: the maximum number of characters. */
  MAX_LENGTH,
  /** args: the maximum size in kibibytes. */
  MAX_KILOBYTES,
  /** args: the minimum number of items. */
  MIN_ITEMS,
  /** args: the maximum number of items. */
  MAX_ITEMS,
  /** args: the minimum value. */
  MIN_VALUE,
  /** args: the maximum value. */
  MAX_VALUE,
  /** Not a number (money accepts a decimal string or a JSON number). */
  NUMERIC,
  /** args: the maximum number of decimal places. */
  MAX_DECIMALS,
  /** args: the maximum number of integer digits. */
  MAX_INTEGER_DIGITS,
  /** Not an ISO-8601 date-time. */
  DATE_TIME,
  /** Not a calendar date written {@code YYYY-MM-DD}. */
  DATE,
  /** A date or timestamp outside the days the database holds. args: the first and last day. */
  DATE_BETWEEN,
  /** A date before the one it must not precede. args: that other field. */
  AFTER_OR_EQUAL,
  /** The value is not one of the allowed ones. */
  IN,
  /** Unique per tenant, and already used. */
  TAKEN,
  /** Refers to something that does not exist. */
  EXISTS,
  /** Not a URL a webhook may point at. args: why. */
  WEBHOOK_URL,
  /** An idempotency key already used for a request with another body. */
  IDEMPOTENCY_KEY_REUSED,
  /** One of several fields, and only one, is required. args: the others. */
  EXACTLY_ONE_OF,
  /** An uploaded file with nothing in it. */
  FILE_EMPTY,
  /** An uploaded file that is not CSV text. args: what it looks like instead. */
  FILE_NOT_CSV,
  /** An uploaded CSV file with a header and no data row. */
  FILE_NO_ROWS,
  /** A file's line that is not text in its encoding. args: the line, the encoding. */
  FILE_ENCODING,
  /** A file that cannot be read as CSV. args: where and why. */
  FILE_UNREADABLE,
  /** A file without the columns its import needs. args: the columns. */
  FILE_COLUMNS,
  /** A mapping that cannot be used. args: why. */
  MAPPING
}
