/**
 * Application services: stateless EJBs whose container-managed transactions are the only boundary.
 */
package com.zangsho.application;
