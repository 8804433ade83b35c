/** Customers: single reads and writes, and the customers batch (docs/api.md §5). */
package com.zangsho.application.customer;
