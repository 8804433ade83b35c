/** Revenue metrics: keeping each customer's MRR movements current, and reading them back. */
package com.zangsho.application.metrics;
