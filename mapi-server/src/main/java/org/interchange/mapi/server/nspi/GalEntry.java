package org.interchange.mapi.server.nspi;

import java.util.Optional;

/**
 * One mail user of the Global Address List, [MS-OXOABK] 2.2: its Minimal Entry ID
 * ([MS-OXNSPI] 2.2.9.1), account, display name, legacy DN and SMTP address when known.
 */
record GalEntry(int mid, String account, String displayName, String legacyDn, Optional<String> smtpAddress) {
}
