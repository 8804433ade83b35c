/** {@code /v1/customers}: single reads and writes and the seed's batch import. */
package com.zangsho.web.customer;
