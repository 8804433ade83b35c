/** MRR movements and their day totals (docs/api.md §11). */
package com.zangsho.persistence.metrics;
