/**
 * The operator's view and the server's own protection: Prometheus metrics, the per-batch log line,
 * admission of requests and the callers' rate limits.
 */
package com.zangsho.web.operations;
