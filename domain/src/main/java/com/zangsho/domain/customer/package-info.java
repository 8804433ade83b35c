/** Customers: the merchant's payers, keyed by e-mail (case-insensitive) within a tenant. */
package com.zangsho.domain.customer;
