/** Results shared by the format converters: what was read, and which items failed and why. */
package org.interchange.mapi.objects.convert;
