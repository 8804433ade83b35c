/** Orders: single reads and writes, the stats, and the orders batch (docs/api.md §6). */
package com.zangsho.application.order;
