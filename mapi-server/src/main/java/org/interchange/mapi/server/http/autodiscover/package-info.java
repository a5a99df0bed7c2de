/** The autodiscover endpoint (POX), [MS-OXDSCLI]: MAPI/HTTP settings for the server's users. */
package org.interchange.mapi.server.http.autodiscover;
