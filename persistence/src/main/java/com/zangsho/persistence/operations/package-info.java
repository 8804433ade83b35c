/** The operator's counts over every tenant. */
package com.zangsho.persistence.operations;
