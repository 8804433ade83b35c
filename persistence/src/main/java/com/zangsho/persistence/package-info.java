/** JPA implementations of the domain's repositories. Every query names its tenant. */
package com.zangsho.persistence;
