/** The customers' repository: look-ups by id, e-mail key and external id, search. */
package com.zangsho.persistence.customer;
