/** The operator's view: Prometheus metrics and the per-batch log line. */
package com.zangsho.web.operations;
