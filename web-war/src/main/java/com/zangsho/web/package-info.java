/** The REST interface: JAX-RS resources, JSON shapes, filters and the mapping of errors to HTTP. */
package com.zangsho.web;
