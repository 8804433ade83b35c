/** {@code /v1/orders}: single reads and writes, the stats and the orders batch. */
package com.zangsho.web.order;
