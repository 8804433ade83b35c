/** {@code /v1/metrics}: revenue metrics from the subscription events (docs/api.md §11). */
package com.zangsho.web.metrics;
