/**
 * HTTP authentication of the MAPI/HTTP and autodiscover endpoints, [MS-OXCMAPIHTTP] 2.1: Basic
 * ([RFC7617]), NTLMv2 ([MS-NLMP]) bound to the connection, and throttling of failed logins.
 */
package org.interchange.mapi.server.http.auth;
