package com.zangsho.application.customer;

import com.zangsho.application.batch.BatchImportService;
import com.zangsho.domain.customer.CustomerInput;

/** The seed's {@code POST /v1/customers/batch}, keyed by e-mail. */
public interface CustomerImportService extends BatchImportService<CustomerInput> {}
